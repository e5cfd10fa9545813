import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CandorConfig, ClothingChart, Review, ShoeChart } from '@candor/core';
import '../size-guide.js';
import { CandorSizeGuide, SYSTEM_KEY, SizeSelectedEvent, UNITS_KEY } from './size-guide.js';
import { axeViolations, cleanup, fixture, settle } from '../test-support/fixture.js';

const tops: ClothingChart = {
  id: 'tops',
  name: 'Women’s tops',
  kind: 'clothing',
  audience: 'women',
  systems: ['INT', 'EU', 'UK'],
  products: ['tee-1'],
  notes: ['Slim cut: if you are between sizes, take the larger one.'],
  howToMeasure: ['bust', 'waist'],
  sizes: [
    { labels: { INT: 'S', EU: '36', UK: '8' }, measurements: { bust: [82, 86], waist: [66, 70] } },
    { labels: { INT: 'M', EU: '38', UK: '10' }, measurements: { bust: [87, 91], waist: [71, 75] } },
    { labels: { INT: 'L', EU: '40', UK: '12' }, measurements: { bust: [92, 96], waist: [76, 80] } },
  ],
};

const shoes: ShoeChart = {
  id: 'shoes',
  name: 'Men’s shoes',
  kind: 'shoes',
  audience: 'men',
  systems: ['EU', 'UK'],
  products: ['derby'],
  betweenSizes: 'larger',
  sizes: [
    { labels: { EU: '41', UK: '7.5' }, footLength: [258, 263] },
    { labels: { EU: '42', UK: '8' }, footLength: [264, 269] },
    { labels: { EU: '43', UK: '9' }, footLength: [270, 275] },
  ],
};

const kids: ClothingChart = {
  id: 'kids',
  name: 'Kids’ jackets',
  kind: 'clothing',
  audience: 'kids',
  systems: ['EU'],
  sizes: [
    { labels: { EU: '116' }, measurements: { height: [111, 116] } },
    { labels: { EU: '128' }, measurements: { height: [117, 128] } },
  ],
};

const fitReview = (fit: Review['fit'], index: number, product = 'tee-1'): Review => ({ id: `r${index}`, rating: 4, author: 'Ann', date: '2026-01-01', product, ...(fit && { fit }) });

const config = (extra: Partial<CandorConfig> = {}): CandorConfig => ({
  shop: { name: 'Shop', country: 'PL' },
  sizeGuide: { charts: [tops, shoes, kids] },
  ...extra,
});

const root = (element: CandorSizeGuide) => element.shadowRoot!;
const part = (element: CandorSizeGuide, name: string) => root(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (element: CandorSizeGuide, name: string) => [...root(element).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const dialog = (element: CandorSizeGuide) => part(element, 'dialog') as HTMLDialogElement;
const input = (element: CandorSizeGuide, id: string) => root(element).querySelector<HTMLInputElement>(`#${id}`)!;

async function mount(attributes = 'product="tee-1"', configValue: CandorConfig = config(), lang = 'en'): Promise<CandorSizeGuide> {
  const element = await fixture<CandorSizeGuide>(`<candor-size-guide ${attributes}></candor-size-guide>`, { lang });
  element.config = configValue;
  await settle(element);
  return element;
}

async function openGuide(element: CandorSizeGuide): Promise<HTMLDialogElement> {
  part(element, 'trigger')!.click();
  await settle(element);
  await vi.waitFor(() => expect(dialog(element).open).toBe(true));
  return dialog(element);
}

/** Types into the fields by id (as a buyer would) and sends the form. */
async function find(element: CandorSizeGuide, values: Record<string, string>): Promise<void> {
  for (const [id, value] of Object.entries(values)) {
    const field = input(element, id);
    field.focus();
    field.value = '';
    await userEvent.type(field, value);
  }
  await settle(element);
  (part(element, 'submit') as HTMLButtonElement).click();
  await settle(element);
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('<candor-size-guide>', () => {
  it('has no axe violations: the trigger, the open dialog, and inline with a result', async () => {
    const element = await mount();
    expect(await axeViolations(element.parentElement!)).toEqual([]);
    await openGuide(element);
    expect(await axeViolations(element.parentElement!)).toEqual([]);
    const inline = await mount('product="tee-1" inline');
    await find(inline, { bust: '80', waist: 'x' });
    await find(inline, { bust: '88', waist: '73' });
    expect(await axeViolations(inline.parentElement!)).toEqual([]);
  });

  describe('the dialog', () => {
    it('opens as a modal labelled by the chart’s name; Escape closes it and focus returns to the trigger', async () => {
      const element = await mount();
      const trigger = part(element, 'trigger') as HTMLButtonElement;
      expect(trigger.getAttribute('type')).toBe('button');
      expect(text(trigger)).toBe('Size guide');
      expect(trigger.getAttribute('aria-haspopup')).toBe('dialog');
      expect(dialog(element).open).toBe(false);
      // Nothing heavy before it is asked for: the closed dialog holds only its title.
      expect(part(element, 'table')).toBeNull();

      trigger.focus();
      await userEvent.keyboard('{Enter}');
      await settle(element);
      const opened = dialog(element);
      await vi.waitFor(() => expect(opened.matches(':modal')).toBe(true));
      const title = root(element).getElementById(opened.getAttribute('aria-labelledby')!);
      expect(text(title)).toBe('Women’s tops');
      expect(part(element, 'table')).not.toBeNull();
      expect(opened.contains(root(element).activeElement)).toBe(true);

      await userEvent.keyboard('{Escape}');
      await settle(element);
      expect(opened.open).toBe(false);
      expect(root(element).activeElement).toBe(trigger);
    });

    it('locks the page’s scrolling while open and gives it back when closed, by button or backdrop', async () => {
      document.documentElement.style.overflow = 'clip';
      const element = await mount();
      await openGuide(element);
      expect(document.documentElement.style.overflow).toBe('hidden');
      (part(element, 'close') as HTMLButtonElement).click();
      await settle(element);
      expect(dialog(element).open).toBe(false);
      expect(document.documentElement.style.overflow).toBe('clip');

      await openGuide(element);
      // A click on the dialog box itself, outside its content, is a click on the backdrop.
      dialog(element).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await settle(element);
      expect(dialog(element).open).toBe(false);
      expect(document.documentElement.style.overflow).toBe('clip');
      // Escape too, through the dialog's own close event.
      await openGuide(element);
      await userEvent.keyboard('{Escape}');
      await vi.waitFor(() => expect(document.documentElement.style.overflow).toBe('clip'));

      await openGuide(element);
      element.remove();
      expect(document.documentElement.style.overflow).toBe('clip');
      document.documentElement.style.overflow = '';
    });

    it('shows the guide in the page with `inline`, without a trigger', async () => {
      const element = await mount('product="tee-1" inline');
      expect(part(element, 'trigger')).toBeNull();
      expect(part(element, 'dialog')).toBeNull();
      expect(part(element, 'close')).toBeNull();
      expect(part(element, 'guide')!.getAttribute('aria-labelledby')).toBe('title');
      expect(element.getBoundingClientRect().height).toBeGreaterThan(100);
    });
  });

  describe('which chart', () => {
    it('takes the chart that lists the product, or the one named by `chart`, or the first', async () => {
      const byProduct = await mount('product="derby" inline');
      expect(text(part(byProduct, 'title'))).toBe('Men’s shoes');
      const byId = await mount('chart="kids" inline');
      expect(text(part(byId, 'title'))).toBe('Kids’ jackets');
      const first = await mount('inline');
      expect(text(part(first, 'title'))).toBe('Women’s tops');
    });

    it('shows nothing, quietly, for a product no chart lists; warns once for an unknown chart id', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const sofa = await mount('product="sofa"');
      expect(root(sofa).children.length === 0 || root(sofa).textContent!.trim() === '').toBe(true);
      expect(sofa.getBoundingClientRect().height).toBe(0);
      expect(warn).not.toHaveBeenCalled();
      await mount('chart="hats"');
      await mount('chart="hats"');
      expect(warn.mock.calls.filter(([message]) => String(message).includes('"hats"'))).toHaveLength(1);
    });

    it('shows nothing and names the JSON pointer when the section is missing or invalid', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const missing = await mount('', { shop: { name: 'Shop' } });
      expect(part(missing, 'trigger')).toBeNull();
      expect(warn.mock.calls.some(([message]) => String(message).includes('(/sizeGuide)'))).toBe(true);
      const broken = await mount('', { sizeGuide: { charts: [{ ...tops, sizes: [] }] } } as unknown as CandorConfig);
      expect(part(broken, 'trigger')).toBeNull();
      await vi.waitFor(() => expect(warn.mock.calls.some(([message]) => String(message).includes('/sizeGuide/charts/0/sizes'))).toBe(true));
    });
  });

  describe('the chart', () => {
    it('is a real table: a caption, column headers, a header cell per size, ranges with their unit', async () => {
      const element = await mount('product="tee-1" inline');
      const table = part(element, 'table') as HTMLTableElement;
      expect(text(table.caption)).toBe('Women’s tops: Body measurements in cm');
      expect([...table.tHead!.rows[0]!.cells].map((cell) => [cell.localName, cell.getAttribute('scope'), text(cell)])).toEqual([
        ['th', 'col', 'Size (INT)'],
        ['th', 'col', 'Bust'],
        ['th', 'col', 'Waist'],
        ['th', 'col', 'Size (EU)'],
        ['th', 'col', 'Size (UK)'],
      ]);
      const rows = [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => `${cell.localName}${cell.getAttribute('scope') ? `[${cell.getAttribute('scope')}]` : ''} ${text(cell)}`));
      expect(rows[1]).toEqual(['th[row] M', 'td 87–91 cm', 'td 71–75 cm', 'td 38', 'td 10']);
      const scroller = part(element, 'table-scroll')!;
      expect(scroller.getAttribute('role')).toBe('region');
      expect(scroller.getAttribute('tabindex')).toBe('0');
      expect(root(element).getElementById(scroller.getAttribute('aria-labelledby')!)).toBe(table.caption);
    });

    it('keeps the size column in view while a narrow screen scrolls the table sideways', async () => {
      const element = await mount('product="tee-1" inline');
      element.style.inlineSize = '220px';
      await settle(element);
      const scroller = part(element, 'table-scroll')!;
      expect(scroller.scrollWidth).toBeGreaterThan(scroller.clientWidth);
      const header = root(element).querySelector('tbody th')!;
      const before = header.getBoundingClientRect().left;
      scroller.scrollLeft = 100;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(getComputedStyle(header).position).toBe('sticky');
      expect(header.getBoundingClientRect().left).toBeCloseTo(before, 0);
      expect(root(element).querySelector('tbody td')!.getBoundingClientRect().left).toBeLessThan(before + 50);
    });

    it('shows the shop’s fit notes and what buyers said about the fit', async () => {
      const reviews = { items: ['runs-small', 'runs-small', 'runs-small', 'true-to-size', 'runs-large'].map((fit, index) => fitReview(fit as Review['fit'], index)) };
      const element = await mount('product="tee-1" inline', config({ reviews }));
      expect(parts(element, 'notes').map(text)).toEqual(['Slim cut: if you are between sizes, take the larger one.']);
      expect(text(part(element, 'fit'))).toBe('60% of 5 buyers say it runs small');
      // Other products' reviews do not count.
      const other = await mount('product="tee-1" inline', config({ reviews: { items: [0, 1, 2].map((index) => fitReview('runs-large', index, 'tee-2')) } }));
      expect(part(other, 'fit')).toBeNull();
      // A summary from elsewhere (a reviews server) is taken as given.
      other.fit = { runsSmall: 1, trueToSize: 9, runsLarge: 2, count: 12, verdict: 'true-to-size' };
      await settle(other);
      expect(text(part(other, 'fit'))).toBe('75% of 12 buyers say it is true to size');
    });

    it('draws how to measure each topic, in currentColor, beside the words', async () => {
      const element = await mount('product="tee-1" inline');
      const topics = parts(element, 'topic');
      expect(topics.map((topic) => text(topic.querySelector('strong')))).toEqual(['Bust', 'Waist']);
      const drawing = topics[0]!.querySelector('svg')!;
      expect(drawing.getAttribute('aria-hidden')).toBe('true');
      expect(getComputedStyle(drawing.querySelector('.tape')!).stroke).toBe(getComputedStyle(element).color);
      expect(text(topics[0])).toContain('fullest part of your bust');
    });
  });

  describe('units and size systems', () => {
    it('opens in centimetres, or in inches for a shop in the US', async () => {
      const metric = await mount('product="tee-1" inline');
      expect((root(metric).querySelector('input[value="metric"]') as HTMLInputElement).checked).toBe(true);
      const us = await mount('product="tee-1" inline', config({ shop: { name: 'Shop', country: 'US' } }));
      expect((root(us).querySelector('input[value="imperial"]') as HTMLInputElement).checked).toBe(true);
      expect(text(root(us).querySelector('tbody td'))).toBe('32.5–34 in');
      expect(text(part(us, 'caption'))).toContain('Body measurements in in');
    });

    it('remembers the buyer’s unit and system for the next guide', async () => {
      const element = await mount('product="tee-1" inline');
      (root(element).querySelector('input[value="imperial"]') as HTMLInputElement).click();
      (root(element).querySelector('input[value="EU"]') as HTMLInputElement).click();
      await settle(element);
      expect(element.units).toBe('imperial');
      expect([localStorage.getItem(UNITS_KEY), localStorage.getItem(SYSTEM_KEY)]).toEqual(['imperial', 'EU']);
      expect(text(root(element).querySelector('tbody th'))).toBe('36');
      expect([...root(element).querySelectorAll('thead th')].map(text)).toEqual(['Size (EU)', 'Bust', 'Waist', 'Size (INT)', 'Size (UK)']);

      const next = await mount('product="tee-1" inline');
      expect((root(next).querySelector('input[value="imperial"]') as HTMLInputElement).checked).toBe(true);
      expect(text(root(next).querySelector('tbody th'))).toBe('36');
      // A chart without that system reads in its own first system.
      const shoesGuide = await mount('product="derby" inline');
      expect(text(root(shoesGuide).querySelector('tbody th'))).toBe('41');
    });

    it('works on when storage throws, only without remembering', async () => {
      vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
        throw new DOMException('denied', 'SecurityError');
      });
      vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
        throw new DOMException('full', 'QuotaExceededError');
      });
      const element = await mount('product="tee-1" inline');
      (root(element).querySelector('input[value="imperial"]') as HTMLInputElement).click();
      await settle(element);
      expect(text(root(element).querySelector('tbody td'))).toBe('32.5–34 in');
    });

    it('rewrites what was typed when the unit changes, so a measurement keeps its meaning', async () => {
      const element = await mount('product="tee-1" inline');
      await userEvent.type(input(element, 'bust'), '88,9');
      (root(element).querySelector('input[value="imperial"]') as HTMLInputElement).click();
      await settle(element);
      expect(input(element, 'bust').value).toBe('35');
      expect(text(root(element).querySelector('label[class="entry"] span'))).toBe('Bust (in)');
    });
  });

  describe('find my size', () => {
    it('gives the size that fits with a reason per measurement, and marks its row', async () => {
      const element = await mount('product="tee-1" inline');
      await find(element, { bust: '88', waist: '73' });
      expect(text(part(element, 'headline'))).toBe('Your size: M');
      expect(parts(element, 'reasons')[0]!.querySelectorAll('li').length).toBe(2);
      expect([...part(element, 'reasons')!.querySelectorAll('li')].map(text)).toEqual(['Bust 88 cm: within M (87–91 cm)', 'Waist 73 cm: within M (71–75 cm)']);
      expect(part(element, 'result')!.getAttribute('aria-live')).toBe('polite');
      expect(text(part(element, 'recommended')?.querySelector('th'))).toBe('M');
    });

    it('between sizes: says so, and applies the chart’s rule or the reviews', async () => {
      const element = await mount('product="tee-1" inline');
      await find(element, { bust: '86.5' });
      expect(text(part(element, 'headline'))).toBe('You are between S and M.');
      expect(text(part(element, 'advice'))).toBe('Nothing in the chart decides between them: compare both rows, or ask us.');
      expect(part(element, 'choose')).toBeNull();
      expect(part(element, 'recommended')).toBeNull();

      const reviews = { items: ['runs-small', 'runs-small', 'true-to-size'].map((fit, index) => fitReview(fit as Review['fit'], index)) };
      const withReviews = await mount('product="tee-1" inline', config({ reviews }));
      await find(withReviews, { bust: '86.5' });
      expect(text(part(withReviews, 'advice'))).toBe('Buyers say it runs small, so M is the safer choice.');
      expect(text(part(withReviews, 'choose'))).toBe('Choose M');
    });

    it('outside the chart: says there is no size here, and offers none', async () => {
      const element = await mount('product="tee-1" inline');
      await find(element, { bust: '120' });
      expect(text(part(element, 'headline'))).toBe('This chart has no size for you: your measurements are above its largest size, L.');
      expect(text(part(element, 'reasons'))).toBe('Bust 120 cm: above the largest size, L (92–96 cm)');
      expect(part(element, 'choose')).toBeNull();
    });

    it('says what is wrong with each field, next to it, and moves focus there', async () => {
      const element = await mount('product="tee-1" inline');
      (part(element, 'submit') as HTMLButtonElement).click();
      await settle(element);
      expect(text(root(element).querySelector('.form-error'))).toBe('Enter at least one measurement.');
      expect(root(element).querySelector('.form-error')!.getAttribute('role')).toBe('alert');
      expect(root(element).activeElement).toBe(input(element, 'bust'));

      await find(element, { bust: 'ninety', waist: '730' });
      const bust = input(element, 'bust');
      expect(bust.getAttribute('aria-invalid')).toBe('true');
      expect(text(root(element).getElementById(bust.getAttribute('aria-describedby')!))).toBe('Enter a number, such as 98 or 98.5.');
      const waist = input(element, 'waist');
      expect(text(root(element).getElementById(waist.getAttribute('aria-describedby')!))).toBe('Enter a value from 30 cm to 200 cm.');
      expect(root(element).activeElement).toBe(bust);
      expect(part(element, 'headline')).toBeNull();

      // Typing clears the field's message.
      await userEvent.type(bust, '0');
      await settle(element);
      expect(bust.getAttribute('aria-invalid')).toBe('false');
      expect(bust.hasAttribute('aria-describedby')).toBe(false);
    });

    it('takes height in feet and inches when the buyer reads inches', async () => {
      const element = await mount('chart="kids" inline units="imperial"');
      const fieldset = root(element).querySelector('fieldset.feet-inches')!;
      expect(text(fieldset.querySelector('legend'))).toBe('Height');
      await find(element, { heightFeet: '4', height: '0' }); // 48 in = 121.9 cm
      expect(text(part(element, 'headline'))).toBe('Your size: 128');
      expect(text(part(element, 'reasons'))).toBe('Height 4 ft: within 128 (3 ft 10 in – 4 ft 2 in)');
      await find(element, { heightFeet: '4', height: '13' });
      expect(text(root(element).querySelector('#height-error'))).toBe('Enter a number, such as 98 or 98.5.');
    });

    it('for shoes: the shop’s size, then the standard sizes of the foot with the toe allowance they assume', async () => {
      const element = await mount('product="derby" inline');
      expect(text(root(element).querySelector('label[class="entry"] span'))).toBe('Foot length (cm)');
      await find(element, { footLength: '26,35' });
      expect(text(part(element, 'headline'))).toBe('You are between 41 and 42.');
      expect(text(part(element, 'advice'))).toBe('For this cut the shop advises the larger size: 42.');
      const standard = part(element, 'standard')!;
      expect(text(standard.querySelector('p'))).toBe('Standard sizes for a 26.4 cm foot, assuming shoes 15 mm longer than the foot:');
      // The shop labels EU and UK: only the systems it does not label are estimated.
      expect([...standard.querySelectorAll('li')].map(text)).toEqual(['US men’s 9', 'Mondopoint 265']);
      await find(element, { footLength: '26.8' });
      expect(text(part(element, 'headline'))).toBe('Your size: 42');
      expect([...part(element, 'standard')!.querySelectorAll('li')].map(text)).toEqual(['US men’s 9.5', 'Mondopoint 270']);
      const euOnly = await mount('product="derby" inline', config({ sizeGuide: { charts: [{ ...shoes, systems: ['EU'], sizes: shoes.sizes.map((size) => ({ ...size, labels: { EU: size.labels.EU! } })) }] } }));
      await find(euOnly, { footLength: '26.8' });
      expect([...part(euOnly, 'standard')!.querySelectorAll('li')].map(text)).toEqual(['UK 8.5', 'US men’s 9.5', 'Mondopoint 270']);
    });

    it('speaks the page’s language', async () => {
      const element = await mount('product="tee-1" inline', config(), 'pl');
      await vi.waitFor(() => expect(text(part(element, 'caption'))).toBe('Women’s tops: Wymiary ciała (cm)'));
      await find(element, { bust: '88,5' });
      expect(text(part(element, 'headline'))).toBe('Twój rozmiar: M');
      expect(text(part(element, 'reasons'))).toBe('Obwód biustu 88,5 cm: w zakresie rozmiaru M (87–91 cm)');
    });
  });

  describe('candor-size-selected', () => {
    it('fires when the buyer picks the recommended size, with its labels; the dialog closes first', async () => {
      const element = await mount();
      const events: SizeSelectedEvent[] = [];
      document.addEventListener(SizeSelectedEvent.type, (event) => events.push(event), { once: true });
      await openGuide(element);
      await find(element, { bust: '93', waist: '77' });
      expect(events).toEqual([]);
      const choose = part(element, 'choose') as HTMLButtonElement;
      expect(text(choose)).toBe('Choose L');
      choose.click();
      await settle(element);
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event).toBeInstanceOf(SizeSelectedEvent);
      expect([event!.bubbles, event!.composed]).toEqual([true, true]);
      expect({ chart: event!.chart, index: event!.index, label: event!.label, system: event!.system, labels: event!.labels }).toEqual({
        chart: 'tops',
        index: 2,
        label: 'L',
        system: 'INT',
        labels: { INT: 'L', EU: '40', UK: '12' },
      });
      expect(dialog(element).open).toBe(false);
      expect(root(element).activeElement).toBe(part(element, 'trigger'));
    });

    it('leaves focus where the page’s handler puts it (the size it selected)', async () => {
      const element = await mount();
      const variant = document.createElement('button');
      variant.textContent = 'M';
      element.parentElement!.append(variant);
      element.addEventListener(SizeSelectedEvent.type, () => variant.focus());
      await openGuide(element);
      await find(element, { bust: '88' });
      (part(element, 'choose') as HTMLButtonElement).click();
      // The dialog's close event comes a task later, and must not pull focus back.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await settle(element);
      expect(document.activeElement).toBe(variant);
    });

    it('never fires on its own: not on render, not on a unit or system change', async () => {
      const listener = vi.fn();
      document.addEventListener(SizeSelectedEvent.type, listener);
      const element = await mount('product="tee-1" inline');
      await find(element, { bust: '88' });
      (root(element).querySelector('input[value="imperial"]') as HTMLInputElement).click();
      (root(element).querySelector('input[value="UK"]') as HTMLInputElement).click();
      element.product = 'derby';
      await settle(element);
      document.removeEventListener(SizeSelectedEvent.type, listener);
      expect(listener).not.toHaveBeenCalled();
    });
  });
});

import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SUPPORTED_LOCALES, UNIT_SYSTEMS, type CandorConfig, type ClothingChart, type Review, type ShoeChart } from '@candor/core';
import '@candor/elements/size-guide.js';
import type { CandorSizeGuide } from '@candor/elements/size-guide.js';
import { languageName } from '../../.storybook/page.js';

type SizeGuideArgs = Partial<Pick<CandorSizeGuide, 'product' | 'chart' | 'inline' | 'units' | 'system' | 'config'>>;

const shop = { name: 'Wisła Moda', country: 'PL', locale: 'pl-PL', currency: 'PLN', timeZone: 'Europe/Warsaw' } as const;

const dresses: ClothingChart = {
  id: 'dresses',
  name: 'Women’s dresses',
  kind: 'clothing',
  audience: 'women',
  systems: ['INT', 'EU', 'IT', 'UK'],
  products: ['linen-dress'],
  sizes: [
    { labels: { INT: 'XS', EU: '34', IT: '38', UK: '6' }, measurements: { bust: [80, 84], waist: [62, 66], hips: [88, 92] } },
    { labels: { INT: 'S', EU: '36', IT: '40', UK: '8' }, measurements: { bust: [84, 88], waist: [66, 70], hips: [92, 96] } },
    { labels: { INT: 'M', EU: '38', IT: '42', UK: '10' }, measurements: { bust: [88, 92], waist: [70, 74], hips: [96, 100] } },
    { labels: { INT: 'L', EU: '40', IT: '44', UK: '12' }, measurements: { bust: [92, 96], waist: [74, 78], hips: [100, 104] } },
    { labels: { INT: 'XL', EU: '42', IT: '46', UK: '14' }, measurements: { bust: [96, 102], waist: [78, 84], hips: [104, 110] } },
  ],
  notes: ['Relaxed linen cut: if you are between two sizes, take the smaller one.'],
  betweenSizes: 'smaller',
  howToMeasure: ['bust', 'waist', 'hips'],
};

const shoes: ShoeChart = {
  id: 'mens-shoes',
  name: 'Men’s shoes',
  kind: 'shoes',
  audience: 'men',
  systems: ['EU', 'UK', 'US'],
  products: ['derby-kazimierz'],
  sizes: [
    { labels: { EU: '40', UK: '6.5', US: '7.5' }, footLength: [249, 255] },
    { labels: { EU: '41', UK: '7.5', US: '8' }, footLength: [256, 261] },
    { labels: { EU: '42', UK: '8', US: '9' }, footLength: [262, 268] },
    { labels: { EU: '43', UK: '9', US: '10' }, footLength: [269, 275] },
    { labels: { EU: '44', UK: '9.5', US: '10.5' }, footLength: [276, 281] },
    { labels: { EU: '45', UK: '10.5', US: '11.5' }, footLength: [282, 288] },
    { labels: { EU: '46', UK: '11', US: '12' }, footLength: [289, 295] },
  ],
  notes: ['Measure your feet in the evening, when they are longest, and go by the longer one.'],
  betweenSizes: 'larger',
  toeAllowance: 15,
};

const kidsJackets: ClothingChart = {
  id: 'kids-jackets',
  name: 'Kids’ jackets',
  kind: 'clothing',
  audience: 'kids',
  systems: ['EU'],
  products: ['kids-jacket'],
  sizes: [
    { labels: { EU: '104' }, measurements: { height: [99, 104], chest: [54, 56] } },
    { labels: { EU: '116' }, measurements: { height: [105, 116], chest: [56, 60] } },
    { labels: { EU: '128' }, measurements: { height: [117, 128], chest: [60, 64] } },
    { labels: { EU: '140' }, measurements: { height: [129, 140], chest: [64, 69] } },
    { labels: { EU: '152' }, measurements: { height: [141, 152], chest: [69, 75] } },
  ],
  notes: ['The size is the child’s height in centimetres (EN 13402). Sleeves can be turned up: the jacket lasts two seasons.'],
  betweenSizes: 'larger',
};

const kidsShoes: ShoeChart = {
  id: 'kids-shoes',
  name: 'Kids’ shoes',
  kind: 'shoes',
  audience: 'kids',
  systems: ['EU', 'UK'],
  products: ['kids-sneaker'],
  sizes: [
    { labels: { EU: '28', UK: '10' }, footLength: [166, 172] },
    { labels: { EU: '29', UK: '11' }, footLength: [173, 179] },
    { labels: { EU: '30', UK: '11.5' }, footLength: [180, 185] },
    { labels: { EU: '31', UK: '12.5' }, footLength: [186, 192] },
    { labels: { EU: '32', UK: '13' }, footLength: [193, 199] },
  ],
  betweenSizes: 'larger',
};

const longLabels: ClothingChart = {
  id: 'long',
  name: 'Tailored wool-and-cashmere overcoats, regular and long lengths, made to our own block',
  kind: 'clothing',
  audience: 'men',
  systems: ['INT', 'EU', 'UK'],
  products: ['overcoat'],
  sizes: [
    { labels: { INT: 'S / Regular (up to 176 cm)', EU: '46 Regular', UK: '36R' }, measurements: { chest: [88, 94], height: [168, 176], armLength: [60, 62] } },
    { labels: { INT: 'M / Regular (up to 176 cm)', EU: '48 Regular', UK: '38R' }, measurements: { chest: [94, 100], height: [170, 176], armLength: [61, 63] } },
    { labels: { INT: 'M / Long (from 177 cm)', EU: '98 Long (Langgröße)', UK: '38L' }, measurements: { chest: [94, 100], height: [177, 188], armLength: [64, 66] } },
    { labels: { INT: 'L / Long (from 177 cm)', EU: '102 Long (Langgröße)', UK: '40L' }, measurements: { chest: [100, 106], height: [177, 190], armLength: [65, 67] } },
  ],
  notes: [
    'Cut to wear over a suit jacket: the chest measurements above are your body’s, taken over a shirt, not the coat’s.',
    'Between a regular and a long length? Choose by your arm length; sleeves can be shortened free of charge in our workshop within 30 days of delivery.',
  ],
};

/** Reviews of the dress with fit answers: 5 of 8 say it runs small. */
const reviews: Review[] = ['runs-small', 'runs-small', 'true-to-size', 'runs-small', 'runs-large', 'runs-small', 'true-to-size', 'runs-small'].map(
  (fit, index) => ({ id: `r-${index}`, rating: 4, author: 'Anna K.', date: '2026-10-01', product: 'linen-dress', fit: fit as Review['fit'] }),
);

const config: CandorConfig = {
  shop,
  sizeGuide: { charts: [dresses, shoes, kidsJackets, kidsShoes, longLabels] },
  reviews: { items: reviews },
};

/** Attributes rather than properties where they exist, so "Show code" gives markup a developer can paste. */
const guide = ({ product, chart, inline, units, system, config: value = config }: SizeGuideArgs) =>
  html`<candor-size-guide
    product=${ifDefined(product)}
    chart=${ifDefined(chart)}
    ?inline=${inline}
    units=${ifDefined(units)}
    system=${ifDefined(system)}
    .config=${value}
  ></candor-size-guide>`;

/** Opens a guide once it has rendered, as a buyer's click would. */
const openOnce = (node?: Element) => {
  const element = node as CandorSizeGuide | undefined;
  void element?.updateComplete.then(() => element.show());
};

const meta = {
  title: 'Elements/Size guide',
  component: 'candor-size-guide',
  tags: ['autodocs'],
  render: guide,
  args: { product: 'linen-dress', inline: true },
  argTypes: {
    units: { control: 'inline-radio', options: [undefined, ...UNIT_SYSTEMS] },
    system: { control: 'text' },
  },
} satisfies Meta<SizeGuideArgs>;

export default meta;
type Story = StoryObj<SizeGuideArgs>;

const describe = (story: string) => ({ docs: { description: { story } } });

export const Clothing: Story = {
  parameters: describe(
    'A clothing chart in body measurements, with the shop’s labels in four systems. The unit and the system a buyer picks are remembered for the next visit. Below the notes and the drawings, "Find my size": try a bust of 90 and hips of 98, or hips of 96 (between S and M: the shop’s rule for this relaxed cut picks the smaller). 5 of 8 buyers said the dress runs small.',
  ),
};

export const Dialog: Story = {
  args: { inline: false },
  parameters: describe('The default: a "Size guide" button beside the size picker opens the guide in a modal dialog. Escape, the close button or a click on the backdrop closes it, and focus returns to the button.'),
};

export const DialogOpen: Story = {
  name: 'Dialog, open',
  args: { inline: false },
  render: ({ product }) => html`<candor-size-guide product=${ifDefined(product)} .config=${config} ${ref(openOnce)}></candor-size-guide>`,
  parameters: describe('The dialog as a buyer sees it, opened with the element’s `show()` method. The page behind does not scroll.'),
};

export const Shoes: Story = {
  args: { product: 'derby-kazimierz' },
  parameters: describe(
    'A shoe chart by foot length (ISO 9407 measures). After "Find my size" (try 26.4 cm, between 41 and 42) the guide also gives the standard EU, UK and US sizes for the foot, with the toe allowance they assume, marked approximate where rounding moves them: the shop’s own labels always come first.',
  ),
};

export const Kids: Story = {
  name: 'Kids',
  render: (args) => html`${guide({ ...args, product: 'kids-jacket' })}
    <hr style="margin-block: 2rem" />
    ${guide({ ...args, product: 'kids-sneaker' })}`,
  parameters: describe('Children’s clothes sized by height (EN 13402), and children’s shoes, whose standard sizes use the UK and US children’s scales.'),
};

export const Imperial: Story = {
  args: { units: 'imperial', system: 'UK' },
  parameters: describe('In inches (the default for a shop in the US) and UK labels: body measurements to half an inch; height, where a chart has it, in feet and inches.'),
};

export const NoChart: Story = {
  name: 'No chart',
  args: { product: 'wool-scarf', inline: false },
  render: (args) => html`<p style="margin: 0 0 0.5rem">A scarf has no size chart: the element below shows nothing, and says nothing in the console either.</p>
    ${guide(args)}`,
  parameters: describe('A product that no chart lists gets no guide rather than someone else’s chart. (An unknown `chart` id is a mistake in the markup, and is reported once in the console.)'),
};

export const LongLabels: Story = {
  name: 'Long labels',
  args: { product: 'overcoat' },
  parameters: describe('Long chart names, size labels and notes wrap; a table wider than the screen scrolls sideways with its size column held in view.'),
};

export const EachLocale: Story = {
  name: 'Each locale',
  render: (args) =>
    html`${SUPPORTED_LOCALES.map(
      (code) => html`<section lang=${code} style="margin-block-end: 2rem">
        <h2 style="margin: 0 0 0.5rem; font-size: 1rem">${languageName(code)}</h2>
        ${guide({ ...args, product: 'derby-kazimierz' })}
      </section>`,
    )}`,
  parameters: {
    controls: { disable: true },
    ...describe('Every language Candor speaks, each under its own `lang`: headers, instructions, units and decimal separators. The chart’s own words (its name and notes) stay the shop’s, marked with the shop’s language.'),
  },
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) => html`<div dir="rtl">${guide(args)}</div>`,
  parameters: describe('Inside `dir="rtl"` the table starts from the right, its size column sticks to the right edge, and the recommended row’s mark moves with it: logical properties only.'),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  parameters: describe('The guide inherits the page’s colours; lines and drawings are currentColor, so a dark page needs nothing of its own.'),
};

export const ForcedColors: Story = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  parameters: describe('In Windows contrast themes the table, the switches and the drawings take the system colours.'),
};

export const Themed: Story = {
  name: 'Themed with custom properties',
  render: (args) => html`<style>
      .candor-story-themed candor-size-guide {
        --candor-size-guide-accent: light-dark(#1d4ed8, #93c5fd);
        --candor-size-guide-border-color: light-dark(#cbd5e1, #475569);
      }
      .candor-story-themed candor-size-guide::part(title) {
        font-family: Georgia, serif;
      }
    </style>
    <div class="candor-story-themed">${guide(args)}</div>`,
  parameters: describe('A theme sets `--candor-size-guide-*` properties on any ancestor and styles the parts with `::part()`.'),
};

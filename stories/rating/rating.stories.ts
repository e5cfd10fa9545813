import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SUPPORTED_LOCALES, type CandorConfig } from '@candor/core';
import '@candor/elements/rating.js';
import type { CandorRating } from '@candor/elements/rating.js';
import { languageName } from '../../.storybook/page.js';

/** The story args are the element's own properties. */
type RatingArgs = Partial<Pick<CandorRating, 'value' | 'max' | 'count' | 'noCount' | 'config' | 'configSrc'>>;

/** Attributes rather than properties, so "Show code" gives markup a developer can paste. */
const rating = ({ value, max, count, noCount, config }: RatingArgs) =>
  html`<candor-rating
    value=${ifDefined(value)}
    max=${ifDefined(max === 5 ? undefined : max)}
    count=${ifDefined(count)}
    ?no-count=${noCount}
    .config=${config}
  ></candor-rating>`;

const row = (content: unknown) =>
  html`<div style="display: flex; flex-wrap: wrap; align-items: center; gap: 1rem 2rem">${content}</div>`;

const meta = {
  title: 'Elements/Rating',
  component: 'candor-rating',
  tags: ['autodocs'],
  render: rating,
  args: { value: 4.6, max: 5, count: 128, noCount: false },
  argTypes: {
    // Needs a server to fetch from; the "From config" story shows the config path instead.
    configSrc: { control: false },
  },
} satisfies Meta<RatingArgs>;

export default meta;
type Story = StoryObj<RatingArgs>;

/** Several ratings side by side: the controls do not apply to these. */
const gallery = { controls: { disable: true } };

export const Default: Story = {};

export const Whole: Story = {
  args: { value: 4, count: 37 },
  parameters: { docs: { description: { story: 'A whole number still shows one decimal ("4.0"), so ratings in a list line up.' } } },
};

export const Zero: Story = {
  args: { value: 0, count: 0 },
  parameters: {
    docs: {
      description: { story: 'A product nobody has reviewed yet says so, in words: it is never shown as zero stars.' },
    },
  },
};

const sweep = [0.3, 0.8, 1.2, 1.5, 2.1, 2.5, 2.9, 3.3, 3.5, 3.8, 4.2, 4.5, 4.7, 4.9];

export const FractionalSweep: Story = {
  name: 'Fractional sweep',
  render: () => row(sweep.map((value) => rating({ value }))),
  parameters: {
    ...gallery,
    docs: {
      description: {
        story: 'Whole stars fill completely and the next star fills by the fraction, measured on the star alone: the gaps between stars never count.',
      },
    },
  },
};

export const NoCount: Story = {
  name: 'No count',
  args: { value: 4.2, count: undefined },
  parameters: { docs: { description: { story: 'Without `count` the rating reads "Rated 4.2 out of 5" and shows no number of reviews.' } } },
};

export const HiddenCount: Story = {
  name: 'Count hidden',
  args: { noCount: true },
  parameters: {
    docs: {
      description: { story: '`no-count` hides the visible count where space is short; assistive technology still hears "128 reviews".' },
    },
  },
};

export const LargeCount: Story = {
  name: 'Large count',
  args: { value: 4.7, count: 12345 },
  parameters: {
    docs: {
      description: { story: 'Numbers are grouped the way the page language writes them: 12,345 in English, 12 345 in Polish, 12.345 in German. Switch the locale in the toolbar.' },
    },
  },
};

/** A valid config with a few reviews written inline, low ratings included. */
const shopWithReviews = {
  shop: { name: 'Wisła Obuwie', url: 'https://wisla-obuwie.example', country: 'PL', locale: 'pl-PL', currency: 'PLN', timeZone: 'Europe/Warsaw' },
  reviews: {
    items: [
      { id: 'r-1', rating: 5, author: 'Anna K.', date: '2026-10-12', body: 'Wygodne od pierwszego dnia.' },
      { id: 'r-2', rating: 4, author: 'Tomasz W.', date: '2026-10-20', body: 'Dobre, ale rozmiar nieco mały.' },
      { id: 'r-3', rating: 5, author: 'Ewa M.', date: '2026-11-02', body: 'Świetna jakość skóry.' },
      { id: 'r-4', rating: 2, author: 'Piotr L.', date: '2026-11-09', body: 'Podeszwa odkleiła się po miesiącu.' },
    ],
  },
} satisfies CandorConfig;

export const FromConfig: Story = {
  name: 'From config',
  args: { value: undefined, count: undefined, config: shopWithReviews },
  parameters: {
    docs: {
      description: {
        story:
          'With no `value`, the element shows the average of every review in the config\'s `reviews` section: here 5, 4, 5 and 2 stars make 4.0 from 4 reviews. The 2-star review counts like any other. Edit the reviews in the `config` control.',
      },
    },
  },
};

/** Ratings whose counts walk through each language's plural forms (Polish few/many, Slovenian dual). */
const pluralSamples = [
  { value: 5, count: 1 },
  { value: 4.5, count: 2 },
  { value: 4.7, count: 3 },
  { value: 4.6, count: 5 },
  { value: 4.4, count: 22 },
  { value: 4.6, count: 12345 },
];

export const EachLocale: Story = {
  name: 'Each locale',
  render: () =>
    html`${SUPPORTED_LOCALES.map(
      (code) => html`<div lang=${code} style="margin-block-end: 1rem">
        <p style="margin: 0 0 0.25rem; font-weight: 600">${languageName(code)}</p>
        ${row(pluralSamples.map((sample) => rating(sample)))}
      </div>`,
    )}`,
  parameters: {
    ...gallery,
    docs: {
      description: {
        story: 'Every language Candor speaks, each under its own `lang`: decimal separators, digit grouping and plural forms (1, 2, 3, 5, 22 and 12,345 reviews) follow the language.',
      },
    },
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  parameters: {
    docs: {
      description: {
        story: 'The page sets `color-scheme: dark` and its own colours; the rating inherits the text colour and switches its stars to a lighter amber that keeps 3:1 contrast.',
      },
    },
  },
};

export const ForcedColors: Story = {
  name: 'Forced colours',
  // The end-to-end check (tests/e2e/stories.spec.ts) runs stories with this tag under forced colours.
  tags: ['forced-colors'],
  render: () => row([rating({ value: 4.6, count: 128 }), rating({ value: 2.5, count: 4 }), rating({ value: 0, count: 0 })]),
  parameters: {
    ...gallery,
    docs: {
      description: {
        story: [
          'In Windows contrast themes (`forced-colors: active`) the stars are drawn in the system text colour, outlined when empty and solid when filled, so a rating stays readable in any palette.',
          'Storybook cannot switch forced colours on: to see it, open the story in its own tab and in Chrome DevTools choose Rendering → "Emulate CSS media feature forced-colors" → active, or turn on a contrast theme in Windows. The end-to-end tests emulate it for this story and run axe.',
        ].join('\n\n'),
      },
    },
  },
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) => html`<div dir="rtl">${rating(args)}</div>`,
  args: { value: 3.5, count: 12 },
  parameters: {
    docs: {
      description: {
        story: 'Inside `dir="rtl"` the stars fill from the right and the count follows the value on its left: the layout uses logical properties only.',
      },
    },
  },
};

export const Themed: Story = {
  name: 'Themed with custom properties',
  render: (args) => html`<style>
      .candor-story-themed {
        --candor-rating-size: 1.75em;
        --candor-rating-gap: 0.25em;
        --candor-rating-color: light-dark(#6d28d9, #c4b5fd);
        font-size: 1.125rem;
      }
      .candor-story-themed candor-rating::part(count) {
        font-style: italic;
      }
    </style>
    <div class="candor-story-themed">${rating(args)}</div>`,
  parameters: {
    docs: {
      description: {
        story:
          'A theme sets `--candor-rating-*` custom properties on any ancestor and styles the parts with `::part()`. Use `light-dark()` (or a dark-scheme rule) so a custom colour keeps its contrast in both schemes.',
      },
    },
  },
};

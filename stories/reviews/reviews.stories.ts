import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SUPPORTED_LOCALES, answerReviewsRequest, type CandorConfig, type Review, type ReviewsConfig } from '@candor/core';
import '@candor/elements/reviews.js';
import type { CandorReviews } from '@candor/elements/reviews.js';
import { languageName } from '../../.storybook/page.js';

type ReviewsArgs = Partial<Pick<CandorReviews, 'product' | 'now' | 'config'>>;

/** "Today" in every story, so relative dates ("yesterday", "2 weeks ago") do not drift. */
const NOW = '2026-11-24T10:00:00Z';

// Small SVG files next to the stories: Vite serves them, so the photos work offline.
const photoUrl = (name: string) => new URL(`./photos/${name}?no-inline`, import.meta.url).href;
const PHOTOS = {
  side: { src: photoUrl('boot-side.svg'), alt: 'A brown leather ankle boot seen from the side', width: 400, height: 300 },
  sole: { src: photoUrl('boot-sole.svg'), alt: 'The boot’s rubber sole, worn after a month', width: 300, height: 400 },
  pair: { src: photoUrl('boot-pair.svg'), alt: 'A pair of the boots on a wooden floor', width: 400, height: 400 },
} as const;

const shop = { name: 'Wisła Obuwie', url: 'https://wisla-obuwie.example', country: 'PL', locale: 'pl-PL', currency: 'PLN', timeZone: 'Europe/Warsaw' } as const;

const disclosure: NonNullable<ReviewsConfig['disclosure']> = {
  verification: 'some-verified',
  text: 'We invite every buyer by e-mail a week after delivery. Reviews marked "Verified purchase" are matched to an order.',
  allPublished: true,
  moderation: 'We remove only insults and personal data; we never remove a review for its rating.',
  url: 'https://wisla-obuwie.example/review-policy',
};

const withReviews = (items: Review[], extra: Partial<ReviewsConfig> = {}): CandorConfig => ({
  shop,
  reviews: { items, disclosure, ...extra },
});

/** A handful of real-looking reviews: languages, a translation, photos, fit notes, a reply, a low rating. */
const mixed: Review[] = [
  {
    id: 'r-1042', rating: 5, title: 'Wygodne od pierwszego dnia', body: 'Noszę je codziennie od miesiąca, żadnych otarć.',
    author: 'Anna Kowalska', date: '2026-11-23', locale: 'pl', verified: true, source: 'invitation', fit: 'true-to-size', helpful: 12,
    translations: [
      { locale: 'en', title: 'Comfortable from day one', body: 'I have worn them every day for a month, no blisters.', by: 'machine' },
      { locale: 'de', title: 'Bequem vom ersten Tag an', body: 'Ich trage sie seit einem Monat täglich, keine Blasen.', by: 'machine' },
    ],
    photos: [PHOTOS.side, PHOTOS.pair],
  },
  {
    id: 'r-1043', rating: 2, title: 'Sole came off', body: 'The sole came loose after a month of normal wear.',
    author: 'Piotr Lewandowski', date: '2026-11-10', locale: 'en', verified: true, source: 'on-site', fit: 'runs-small', helpful: 7,
    photos: [PHOTOS.sole],
    reply: { body: 'We are sorry. A replacement pair left today, and we have asked the factory about this batch.', author: 'Marta', role: 'Customer care', date: '2026-11-11' },
  },
  {
    id: 'r-1044', rating: 4, title: 'Schön, aber klein', body: 'Gute Verarbeitung, ich würde eine Nummer größer nehmen.',
    author: 'Jonas Weber', date: '2026-10-30', locale: 'de', source: 'imported', fit: 'runs-small', helpful: 3,
  },
  {
    id: 'r-1045', rating: 5, body: 'Zelo udobni čevlji, priporočam.', author: 'Maja', date: '2026-09-14', locale: 'sl', verified: true,
    source: 'invitation', incentivised: true, incentive: 'a 10% discount code', fit: 'true-to-size',
  },
  {
    id: 'r-1046', rating: 3, title: 'Μέτρια', body: 'Ωραία εμφάνιση, αλλά σκληρά στην αρχή.', author: 'Μαρία Παπαδοπούλου', date: '2026-08-02',
    locale: 'el', source: 'syndicated', fit: 'runs-small',
  },
];

/** A deterministic generator (a linear congruential one): the same 10,000 reviews on every load. */
function generated(count: number, ratings: readonly number[] = [5, 5, 5, 5, 4, 4, 4, 3, 2, 1]): Review[] {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const names = ['Anna Kowalska', 'Jan Nowak', 'Eva Novak', 'Νίκος Γεωργίου', 'Lena Schmidt', 'Tomasz Wiśniewski'];
  const bodies = ['Good value.', 'Comfortable after a few days.', 'The colour is darker than in the photos.', 'Arrived quickly, well packed.', 'Not for wide feet.'];
  const locales = ['pl', 'en', 'sl', 'el', 'de'];
  const start = Date.parse('2026-11-24T00:00:00Z');
  return Array.from({ length: count }, (_, index) => ({
    id: `g-${index}`,
    rating: ratings[Math.floor(next() * ratings.length)]!,
    body: bodies[Math.floor(next() * bodies.length)]!,
    author: names[Math.floor(next() * names.length)]!,
    date: new Date(start - Math.floor(next() * 900) * 86_400_000).toISOString().slice(0, 10),
    locale: locales[Math.floor(next() * locales.length)]!,
    verified: next() < 0.7,
    helpful: Math.floor(next() * 20),
    ...(next() < 0.2 && { fit: (['runs-small', 'true-to-size', 'runs-large'] as const)[Math.floor(next() * 3)]! }),
  }));
}

const reviews = ({ product, now, config }: ReviewsArgs) =>
  html`<candor-reviews product=${ifDefined(product)} now=${ifDefined(now)} .config=${config}></candor-reviews>`;

const meta = {
  title: 'Elements/Reviews',
  component: 'candor-reviews',
  tags: ['autodocs'],
  render: reviews,
  args: { now: NOW, config: withReviews(mixed) },
} satisfies Meta<ReviewsArgs>;

export default meta;
type Story = StoryObj<ReviewsArgs>;

const describe = (story: string) => ({ docs: { description: { story } } });
const gallery = { controls: { disable: true } };

export const Default: Story = {
  parameters: describe(
    'Five reviews in four languages: the summary with the average (`<candor-rating>`) and a histogram whose rows are buttons that filter, the shop’s disclosure, then the list with badges, a translation, photos, fit notes and the shop’s reply under the 2-star review. Switch the locale in the toolbar.',
  ),
};

export const NoReviews: Story = {
  name: 'No reviews',
  args: { config: withReviews([]) },
  parameters: describe('"No reviews yet", in words — never zero stars. The disclosure still shows.'),
};

export const OneReview: Story = {
  name: 'One review',
  args: { config: withReviews([mixed[0]!]) },
  parameters: describe('A single review: "1 review", and the one row at 100%.'),
};

export const TenThousand: Story = {
  name: '10,000 reviews',
  args: { config: withReviews(generated(10_000)) },
  parameters: describe(
    '10,000 reviews generated deterministically in the story. Sorting, filtering and search run in @candor/core over all of them; the list shows 10 at a time.',
  ),
};

export const AllNegative: Story = {
  name: 'All negative',
  args: {
    config: withReviews(
      generated(14, [1, 2]).map((review, index) =>
        index % 3 === 0 ? { ...review, reply: { body: 'Thank you for telling us. We have changed supplier for the soles.', author: 'Marta', role: 'Customer care', date: '2026-11-20' } } : review,
      ),
    ),
  },
  parameters: describe('Only 1- and 2-star reviews: all shown and counted, as they must be. The shop answers some of them in public.'),
};

export const WithPhotos: Story = {
  name: 'With photos',
  args: { config: withReviews(mixed.filter((review) => review.photos)) },
  parameters: describe(
    'Thumbnails load lazily with their width and height reserved. Each is a button: Enter or a click opens it in a native `<dialog>`, Esc closes it and focus returns to the thumbnail.',
  ),
};

const long = 'These boots have been with me through a whole wet autumn in Kraków. '.repeat(12);

export const LongTexts: Story = {
  name: 'Long texts',
  args: {
    config: withReviews([
      { id: 'l-1', rating: 4, title: 'A very long headline that keeps going to show how titles wrap on narrow screens without clipping', body: long, author: 'Aleksandra Wiśniewska-Zakrzewska', date: '2026-11-01', verified: true, source: 'invitation' },
      { id: 'l-2', rating: 3, body: 'Unbroken: Donaudampfschifffahrtsgesellschaftskapitänsmütze-Größentabellenverwirrung', author: 'Friedrich', date: '2026-10-01', reply: { body: long, author: 'Marta', role: 'Customer care and returns coordinator', date: '2026-10-02' } },
    ]),
  },
  parameters: describe('Long titles, bodies, names and replies wrap; an unbroken word breaks rather than overflowing.'),
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) => html`<div dir="rtl">${reviews(args)}</div>`,
  parameters: describe('Inside `dir="rtl"` everything starts from the right and the histogram bars grow from the right: logical properties only.'),
};

export const EachLocale: Story = {
  name: 'Each locale',
  render: (args) =>
    html`${SUPPORTED_LOCALES.map(
      (code) => html`<section lang=${code} style="margin-block-end: 2rem">
        <h2 style="margin: 0 0 0.5rem; font-size: 1rem">${languageName(code)}</h2>
        ${reviews(args)}
      </section>`,
    )}`,
  parameters: {
    ...gallery,
    ...describe('Every language Candor speaks: plurals in the histogram (Polish 2 gwiazdki / 5 gwiazdek, Slovenian 2 zvezdici), dates, and reviews translated into the page language where a translation exists.'),
  },
};

export const MerchantReply: Story = {
  name: 'Reply from the merchant',
  args: { config: withReviews([mixed[1]!]) },
  parameters: describe('The reply stands under its review, labelled "Response from Wisła Obuwie", signed by a person with their role, and dated.'),
};

export const Translations: Story = {
  args: { config: withReviews([mixed[0]!]) },
  render: (args) => html`<div lang="en">${reviews(args)}</div>`,
  parameters: describe('A Polish review on an English page shows its English translation, says so ("Machine-translated from Polish"), and shows the original on request.'),
};

// ── From a URL: the stories answer `fetch` themselves, so they run offline. ──

const ENDPOINT = 'https://reviews.example/api/boots';
const fromUrl: CandorConfig = { shop, reviews: { source: { url: ENDPOINT }, disclosure, display: { pageSize: 5 } } };
const catalogue = [...mixed, ...generated(40)];

/** Replaces `fetch` for the endpoint only, for as long as the story is shown. */
function answerEndpoint(answer: (url: URL, call: number) => Promise<Response>) {
  return () => {
    const original = window.fetch;
    let calls = 0;
    window.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input), location.href);
      return url.href.startsWith(ENDPOINT) ? answer(url, calls++) : original(input, init);
    };
    return () => {
      window.fetch = original;
    };
  };
}

/**
 * On the docs page these stories share one window, and each would replace `fetch` for all of
 * them: each runs in its own frame there instead.
 */
const ownFrame = (parameters: ReturnType<typeof describe>) => ({
  docs: { ...parameters.docs, story: { inline: false, iframeHeight: 640 } },
});

const served = (url: URL) => Promise.resolve(Response.json(answerReviewsRequest(catalogue, url.searchParams)));

export const FromUrl: Story = {
  name: 'From a URL',
  args: { config: fromUrl },
  beforeEach: answerEndpoint(served),
  parameters: ownFrame(describe('Pages of 5 from an endpoint that follows the reviews paging protocol (here answered in the browser by `answerReviewsRequest`). "Show more" fetches the next page and moves focus to its first review.')),
};

export const Loading: Story = {
  name: 'Loading skeleton',
  args: { config: fromUrl },
  beforeEach: answerEndpoint(() => new Promise<Response>(() => {})),
  parameters: ownFrame(describe('While the first page is on its way, a skeleton holds the space of the summary and the first reviews, so nothing jumps when they arrive.')),
};

export const LoadError: Story = {
  name: 'Load error with retry',
  args: { config: fromUrl },
  beforeEach: answerEndpoint((url, call) =>
    call === 1 ? Promise.resolve(new Response('Service unavailable', { status: 503 })) : served(url),
  ),
  parameters: ownFrame(describe('The first page loads; the second ("Show more") fails with HTTP 503. The reviews already shown stay, a short message offers a retry, and retrying succeeds.')),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  parameters: describe('The element inherits the page’s colours; lines are a faint currentColor and the bars take the rating’s lighter amber.'),
};

export const ForcedColors: Story = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  parameters: describe('In Windows contrast themes the bars, lines and controls take the system colours.'),
};

export const Themed: Story = {
  name: 'Themed with custom properties',
  render: (args) => html`<style>
      .candor-story-themed {
        --candor-reviews-gap: 1.75em;
        --candor-reviews-bar-color: light-dark(#1d4ed8, #93c5fd);
      }
      .candor-story-themed candor-reviews::part(reply) {
        border-inline-start-color: light-dark(#1d4ed8, #93c5fd);
      }
    </style>
    <div class="candor-story-themed">${reviews(args)}</div>`,
  parameters: describe('A theme sets `--candor-reviews-*` properties on any ancestor and styles the parts with `::part()`.'),
};

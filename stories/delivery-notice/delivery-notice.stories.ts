import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SUPPORTED_LOCALES, type CandorConfig, type DeliveryConfig } from '@candor/core';
import '@candor/elements/delivery-notice.js';
import type { CandorDeliveryNotice } from '@candor/elements/delivery-notice.js';
import plShoesJson from '../../examples/configs/pl-shoes.candor.json';
import siOutdoorJson from '../../examples/configs/si-outdoor.candor.json';
import grFashionJson from '../../examples/configs/gr-fashion.candor.json';
import { languageName } from '../../.storybook/page.js';

// The sample configs are valid (the CLI tests check them); JSON imports only widen their literal types.
const plShoes = plShoesJson as unknown as CandorConfig;
const siOutdoor = siOutdoorJson as unknown as CandorConfig;
const grFashion = grFashionJson as unknown as CandorConfig;

/** The same shop with other delivery settings. */
const withDelivery = (config: CandorConfig, changes: Partial<DeliveryConfig>): CandorConfig => ({
  ...config,
  delivery: { ...config.delivery!, ...changes },
});
const inpostOnly = withDelivery(plShoes, { carriers: plShoes.delivery!.carriers.slice(0, 1), onTime: undefined });

type NoticeArgs = Partial<
  Pick<CandorDeliveryNotice, 'destination' | 'carrier' | 'stock' | 'restockDate' | 'leadDays' | 'now' | 'config'>
>;

/** Tuesday 24 November 2026, 11:46 in Warsaw: 2 h 14 min before the 14:00 cut-off. */
const TUESDAY_MORNING = '2026-11-24T10:46:00Z';

/** Attributes rather than properties where they exist, so "Show code" gives markup a developer can paste. */
const notice = ({ destination, carrier, stock, restockDate, leadDays, now, config }: NoticeArgs) =>
  html`<candor-delivery-notice
    destination=${ifDefined(destination)}
    carrier=${ifDefined(carrier)}
    stock=${ifDefined(stock)}
    restock-date=${ifDefined(restockDate)}
    lead-days=${ifDefined(leadDays)}
    now=${ifDefined(now)}
    .config=${config}
  ></candor-delivery-notice>`;

/** A story in one language, whatever the toolbar says. */
const inLanguage = (lang: string, args: NoticeArgs) => html`<div lang=${lang}>${notice(args)}</div>`;

const meta = {
  title: 'Elements/Delivery notice',
  component: 'candor-delivery-notice',
  tags: ['autodocs'],
  render: notice,
  args: { destination: 'PL', now: TUESDAY_MORNING, config: plShoes },
  argTypes: {
    stock: { control: 'select', options: [undefined, 'in-stock', 'backorder', 'made-to-order'] },
  },
} satisfies Meta<NoticeArgs>;

export default meta;
type Story = StoryObj<NoticeArgs>;

const describe = (story: string) => ({ docs: { description: { story } } });
const gallery = { controls: { disable: true } };

export const Countdown: Story = {
  parameters: describe(
    'Before the cut-off the notice counts down to it — only because ordering later really ships later. The countdown changes once a minute; every story freezes the clock with `now`. The Polish sample shop has two carriers (so the chooser shows) and a measured on-time rate.',
  ),
};

export const PastCutoff: Story = {
  name: 'Past the cut-off',
  args: { now: '2026-11-24T13:30:00Z', config: inpostOnly },
  parameters: describe('At 14:30 the day’s dispatch has closed: the notice says when the parcel really leaves, with no countdown.'),
};

export const Weekend: Story = {
  args: { now: '2026-11-28T09:00:00Z', config: inpostOnly },
  parameters: describe('On a Saturday the next dispatch day is Monday; InPost delivers on Saturdays, so the range can include one.'),
};

export const BeforeChristmas: Story = {
  name: 'Before a holiday (PL, Christmas 2026)',
  args: { now: '2026-12-23T13:30:00Z', config: inpostOnly },
  parameters: describe(
    'After the cut-off on 23 December: 24–26 December are public holidays in Poland and the shop closes on 28 December (`closures`), so it ships on the 29th.',
  ),
};

export const OrthodoxEaster: Story = {
  name: 'Before a holiday (GR, Orthodox Easter 2027)',
  render: (args) => inLanguage('el', args),
  args: { destination: 'GR', now: '2027-04-28T09:00:00Z', config: grFashion },
  parameters: describe(
    'Greek shop, made to order (3 days) with 1 handling day; Orthodox Good Friday (30 April), 1 May and Easter Monday (3 May 2027) are no dispatch or delivery days.',
  ),
};

export const Backorder: Story = {
  name: 'Back-ordered',
  args: { stock: 'backorder', restockDate: '2026-12-03', config: inpostOnly },
  parameters: describe('A product’s own `stock="backorder"` and `restock-date` override the config: no countdown, since the restock date is no deadline.'),
};

export const MadeToOrder: Story = {
  name: 'Made to order',
  args: { stock: 'made-to-order', leadDays: 5, now: '2026-11-24T13:30:00Z', config: inpostOnly },
  parameters: describe('`stock="made-to-order"` with `lead-days="5"`: dispatch after five dispatch days of making.'),
};

export const SeveralCarriers: Story = {
  name: 'Several carriers',
  render: (args) => inLanguage('sl', args),
  args: { destination: 'SI', now: '2026-11-24T09:00:00Z', config: siOutdoor },
  parameters: describe(
    'Two carriers serve Slovenia, so a compact chooser appears. Choosing fires `candor-carrier-change` (with `event.carrier`) and the dates follow.',
  ),
};

export const OneCarrier: Story = {
  name: 'One carrier',
  args: { destination: 'DE' },
  parameters: describe('Only DPD serves Germany: no chooser.'),
};

export const NoCarrier: Story = {
  name: 'No carrier for the destination',
  args: { destination: 'NO', config: inpostOnly },
  parameters: describe('No carrier serves Norway: one short, honest line, with the country named in the page language.'),
};

export const OnTime: Story = {
  name: 'On-time rate',
  args: { config: withDelivery(inpostOnly, { onTime: plShoes.delivery!.onTime }) },
  parameters: describe(
    'With `delivery.onTime` in the config, the measured share of orders that arrived within the dates shown, with its sample and period. Publish only what you measured.',
  ),
};

export const EachLocale: Story = {
  name: 'Each locale',
  render: (args) =>
    html`${SUPPORTED_LOCALES.map(
      (code) => html`<section lang=${code} style="margin-block-end: 1.25rem">
        <h2 style="margin: 0 0 0.25rem; font-size: 1rem">${languageName(code)}</h2>
        ${notice(args)}
      </section>`,
    )}`,
  parameters: {
    ...gallery,
    ...describe('Every language Candor speaks, each under its own `lang`: sentences, plurals and dates follow the language.'),
  },
};

/** Minutes before the cut-off that walk through the plural forms (Polish few/many, Slovenian dual). */
const pluralMinutes = [1, 2, 3, 5, 22];
const minutesBefore = (minutes: number) => new Date(Date.parse('2026-11-24T13:00:00Z') - minutes * 60_000).toISOString();

export const CountdownPlurals: Story = {
  name: 'Countdown plurals',
  render: () =>
    html`${(['pl', 'sl'] as const).map(
      (code) => html`<section lang=${code} style="margin-block-end: 1.25rem">
        <h2 style="margin: 0 0 0.25rem; font-size: 1rem">${languageName(code)}</h2>
        ${pluralMinutes.map((minutes) => notice({ destination: 'PL', config: inpostOnly, now: minutesBefore(minutes) }))}
      </section>`,
    )}`,
  parameters: {
    ...gallery,
    ...describe('1, 2, 3, 5 and 22 minutes left: Polish "została 1 minuta / zostały 2 minuty / zostało 5 minut", Slovenian "1 minuta / 2 minuti / 3 minute / 5 minut".'),
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  parameters: describe('The notice inherits the page’s colours and `color-scheme`; the chooser uses the system field colours of the scheme.'),
};

export const ForcedColors: Story = {
  name: 'Forced colours',
  // The end-to-end check (tests/e2e/stories.spec.ts) runs stories with this tag under forced colours.
  tags: ['forced-colors'],
  parameters: describe('In Windows contrast themes the text and the chooser take the system colours.'),
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) => html`<div dir="rtl">${notice(args)}</div>`,
  parameters: describe('Inside `dir="rtl"` the lines and the chooser start from the right: the layout uses logical properties only.'),
};

export const Themed: Story = {
  name: 'Themed with custom properties',
  render: (args) => html`<style>
      .candor-story-themed {
        --candor-delivery-gap: 0.25rem;
        --candor-delivery-headline-weight: 700;
      }
      .candor-story-themed candor-delivery-notice::part(headline) {
        color: light-dark(#166534, #86efac);
      }
      .candor-story-themed candor-delivery-notice::part(on-time) {
        font-size: 0.875em;
      }
    </style>
    <div class="candor-story-themed">${notice(args)}</div>`,
  parameters: describe('A theme sets `--candor-delivery-*` properties on any ancestor and styles the lines with `::part()`.'),
};

import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { SUPPORTED_LOCALES, type CandorConfig, type ContactChannel, type ContactConfig } from '@candor/core';
import '@candor/elements/contact-hub.js';
import type { CandorContactHub } from '@candor/elements/contact-hub.js';
import plShoesJson from '../../examples/configs/pl-shoes.candor.json';
import siOutdoorJson from '../../examples/configs/si-outdoor.candor.json';
import grFashionJson from '../../examples/configs/gr-fashion.candor.json';
import { languageName } from '../../.storybook/page.js';

// The sample configs are valid (the CLI tests check them); JSON imports only widen their literal types.
const plShoes = plShoesJson as unknown as CandorConfig;
const siOutdoor = siOutdoorJson as unknown as CandorConfig;
const grFashion = grFashionJson as unknown as CandorConfig;

type HubArgs = Partial<Pick<CandorContactHub, 'mode' | 'now' | 'subject' | 'open' | 'config'>>;

/** Tuesday 24 November 2026, 11:00 in Warsaw: everything open. */
const TUESDAY = '2026-11-24T10:00:00Z';
/** Saturday 28 November 2026, 15:00 in Warsaw: closed since 14:00, the shop open until 15:00. */
const SATURDAY = '2026-11-28T14:00:00Z';
/** Wednesday 11 November 2026: Independence Day, a public holiday in Poland. */
const HOLIDAY = '2026-11-11T10:00:00Z';

const withContact = (config: CandorConfig, changes: Partial<ContactConfig>): CandorConfig => ({
  ...config,
  contact: { ...config.contact!, ...changes },
});

/** A shop whose WhatsApp line runs into the night: 20:00–02:00, Thursday to Saturday. */
const night: [string, string][] = [['20:00', '02:00']];
const pastMidnight = withContact(plShoes, {
  channels: [
    { type: 'whatsapp', value: '+48 600 123 456', label: 'Nocny WhatsApp', replyMinutes: 10, hours: { thu: night, fri: night, sat: night }, person: { name: 'Kuba', role: 'Obsługa nocna' }, languages: ['pl', 'en'] },
    ...plShoes.contact!.channels.slice(1, 3),
  ],
});

const tenChannels: ContactChannel[] = [
  { type: 'chat', provider: 'tidio', script: 'https://code.tidio.co/kroki-example.js', label: 'Czat z doradcą', replyMinutes: 5, person: { name: 'Magda', role: 'Doradczyni ds. rozmiarów' } },
  { type: 'phone', value: '+48 12 345 67 89', replyMinutes: 0, languages: ['pl', 'en'] },
  { type: 'sms', value: '+48 600 123 456', replyMinutes: 60 },
  { type: 'email', value: 'sklep@kroki.example', replyMinutes: 240, languages: ['pl', 'en', 'uk'] },
  { type: 'whatsapp', value: '+48 600 123 456', replyMinutes: 30 },
  { type: 'messenger', value: 'kroki.obuwie', replyMinutes: 60 },
  { type: 'viber', value: '+48 600 123 456', replyMinutes: 60 },
  { type: 'telegram', value: 'kroki_obuwie', replyMinutes: 120 },
  { type: 'instagram', value: 'kroki.obuwie', replyMinutes: 180 },
  { type: 'form', value: 'https://kroki.example/kontakt', label: 'Reklamacje', replyMinutes: 1440 },
];

/** Attributes rather than properties where they exist, so "Show code" gives markup a developer can paste. */
const hub = ({ mode, now, subject, open, config }: HubArgs) =>
  html`<candor-contact-hub mode=${ifDefined(mode)} now=${ifDefined(now)} subject=${ifDefined(subject)} ?open=${open ?? false} .config=${config}></candor-contact-hub>`;

/** A story in one language, whatever the toolbar says. */
const inLanguage = (lang: string, args: HubArgs) => html`<div lang=${lang}>${hub(args)}</div>`;

/**
 * The floating launcher inside a box of its own: the box contains the launcher's fixed
 * position (a transform makes it the containing block), so each story keeps its launcher in
 * its own corner, also on the docs page where stories stand one under another.
 */
const inFrame = (args: HubArgs) =>
  html`<div style="position: relative; transform: translateZ(0); block-size: 46rem; border: 1px dashed currentColor; border-radius: 0.5rem">
    <p style="margin: 1rem">Page content. The launcher sits in the corner.</p>
    ${hub(args)}
  </div>`;

const meta = {
  title: 'Elements/Contact hub',
  component: 'candor-contact-hub',
  tags: ['autodocs'],
  render: hub,
  args: { now: TUESDAY, config: plShoes },
  argTypes: {
    mode: { control: 'inline-radio', options: ['inline', 'floating'] },
  },
} satisfies Meta<HubArgs>;

export default meta;
type Story = StoryObj<HubArgs>;

const describe = (story: string) => ({ docs: { description: { story } } });
const gallery = { controls: { disable: true } };

export const Open: Story = {
  name: 'Open',
  parameters: describe(
    'Tuesday 11:00 in Kraków: every channel says it is open and until when, how fast replies come, who answers and in which languages. The chat button loads the provider’s script only when pressed. Every story freezes the clock with `now`.',
  ),
};

export const Closed: Story = {
  args: { now: SATURDAY },
  parameters: describe(
    'Saturday 15:00: the helpline and the e-mail closed at 14:00 and say when they open, and when a reply can really be expected (Monday, counted in opening hours). The shop itself is open until 15:00.',
  ),
};

export const Holiday: Story = {
  name: 'Public holiday',
  args: { now: HOLIDAY },
  parameters: describe(
    '11 November, Independence Day: the config closes on Polish public holidays (`closedOnPublicHolidays` with `shop.country`), and the cards say why.',
  ),
};

export const PastMidnight: Story = {
  name: 'Hours past midnight',
  args: { now: '2026-11-27T23:30:00Z', config: pastMidnight },
  parameters: describe(
    'Saturday 00:30: the night WhatsApp line (Friday 20:00–02:00, a close before the open ends on the next day) is still open; the day channels are closed.',
  ),
};

export const OneChannel: Story = {
  name: 'One channel',
  args: { config: withContact(plShoes, { channels: plShoes.contact!.channels.slice(1, 2) }) },
  parameters: describe('A shop with only a phone line.'),
};

export const TenChannels: Story = {
  name: 'Ten channels',
  args: { config: withContact(plShoes, { channels: tenChannels }), subject: 'Pytanie o półbuty Kazimierz' },
  parameters: describe(
    'Every kind of link: chat, phone (`tel:`), SMS (`sms:`), e-mail (`mailto:` with the encoded `subject`), WhatsApp (`wa.me`), Messenger (`m.me`), Viber (its app link and a number to copy), Telegram (`t.me`), Instagram (`ig.me`) and a contact form.',
  ),
};

export const Floating: Story = {
  name: 'Floating launcher',
  render: inFrame,
  args: { mode: 'floating' },
  parameters: describe(
    'A disclosure button in the corner (safe-area insets added to the configured offsets). Press it for the panel; Escape closes it and returns focus. It never opens on its own, steps aside when it would cover the focused element, and hides on the paths the config lists (`/koszyk`, `/zamowienie*`).',
  ),
};

export const FloatingOpen: Story = {
  name: 'Floating launcher, open',
  render: inFrame,
  args: { mode: 'floating', open: true },
  parameters: describe('The panel as the buyer sees it after pressing the launcher: the channels meant for the launcher (`show`: `floating` or `both`).'),
};

export const Slovenian: Story = {
  name: 'Slovenian shop',
  render: (args) => inLanguage('sl', args),
  args: { config: siOutdoor, now: '2026-11-24T15:30:00Z' },
  parameters: describe('The Slovenian sample at 16:30: the phone and e-mail closed at 16:00, Viber is open until 20:00.'),
};

export const Greek: Story = {
  name: 'Greek shop',
  render: (args) => inLanguage('el', args),
  args: { config: grFashion, now: '2027-04-30T09:00:00Z' },
  parameters: describe('The Greek sample on Orthodox Good Friday 2027, a public holiday: closed, open again on Saturday.'),
};

export const EachLocale: Story = {
  name: 'Each locale',
  render: (args) =>
    html`${SUPPORTED_LOCALES.map(
      (code) => html`<section lang=${code} style="margin-block-end: 1.5rem">
        <h2 style="margin: 0 0 0.5rem; font-size: 1rem">${languageName(code)}</h2>
        ${hub(args)}
      </section>`,
    )}`,
  args: { now: SATURDAY, config: withContact(plShoes, { channels: plShoes.contact!.channels.slice(1, 3) }) },
  parameters: {
    ...gallery,
    ...describe('Every language Candor speaks, each under its own `lang`: days in the right case ("w poniedziałek", "v ponedeljek", "τη Δευτέρα"), reply times with their plurals.'),
  },
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) => html`<div dir="rtl">${hub(args)}</div>`,
  parameters: describe('Inside `dir="rtl"` the cards mirror: the layout uses logical properties only, and the floating launcher’s sides follow the text direction.'),
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  parameters: describe('The cards inherit the page’s colours; the status dots and the launcher pick the dark side of their `light-dark()` defaults.'),
};

export const ForcedColors: Story = {
  name: 'Forced colours',
  // The end-to-end check (tests/e2e/stories.spec.ts) runs stories with this tag under forced colours.
  tags: ['forced-colors'],
  args: { now: SATURDAY },
  parameters: describe('In Windows contrast themes the text, borders, dots and buttons take the system colours.'),
};

export const Themed: Story = {
  name: 'Themed with custom properties',
  render: (args) => html`<style>
      .candor-story-themed {
        --candor-contact-gap: 1.25rem;
        --candor-contact-card-border: 2px solid light-dark(#1f5c4a, #8fd3b6);
        --candor-contact-open-color: light-dark(#1f5c4a, #8fd3b6);
      }
      .candor-story-themed candor-contact-hub::part(label) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
    </style>
    <div class="candor-story-themed">${hub(args)}</div>`,
  parameters: describe('A theme sets `--candor-contact-*` properties on any ancestor and styles the cards with `::part()`.'),
};

import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  COURIER_PARTNER_IDS, PARTNER_BADGE_KINDS, PARTNER_BADGE_LAYOUTS, PAYMENT_PARTNER_IDS, SUPPORTED_LOCALES, type CandorConfig,
  type PartnersConfig,
} from '@candor/core';
import '@candor/elements/partner-badges.js';
import type { CandorPartnerBadges } from '@candor/elements/partner-badges.js';
import plShoesJson from '../../examples/configs/pl-shoes.candor.json';
import siOutdoorJson from '../../examples/configs/si-outdoor.candor.json';
import grFashionJson from '../../examples/configs/gr-fashion.candor.json';
import { languageName } from '../../.storybook/page.js';

// The sample configs are valid (the CLI tests check them); JSON imports only widen their literal types.
const plShoes = plShoesJson as unknown as CandorConfig;
const siOutdoor = siOutdoorJson as unknown as CandorConfig;
const grFashion = grFashionJson as unknown as CandorConfig;

// Small files next to the stories, served by Vite: a merchant's own artwork (a drawing, no
// brand's mark), and a file that is no image at all, as a broken artwork URL would be.
const artworkUrl = (name: string) => new URL(`./artwork/${name}?no-inline`, import.meta.url).href;

const shop = (partners: PartnersConfig, base: CandorConfig = plShoes): CandorConfig => ({ shop: base.shop, partners });

type BadgesArgs = Partial<Pick<CandorPartnerBadges, 'kind' | 'layout' | 'destination' | 'product' | 'noLabel' | 'config'>>;

/** Attributes rather than properties where they exist, so "Show code" gives markup a developer can paste. */
const badges = ({ kind, layout, destination, product, noLabel, config }: BadgesArgs) =>
  html`<candor-partner-badges
    kind=${ifDefined(kind)}
    layout=${ifDefined(layout)}
    destination=${ifDefined(destination)}
    product=${ifDefined(product)}
    ?no-label=${noLabel}
    .config=${config}
  ></candor-partner-badges>`;

/** A story in one language, whatever the toolbar says. */
const inLanguage = (lang: string, args: BadgesArgs) => html`<div lang=${lang}>${badges(args)}</div>`;

const meta = {
  title: 'Elements/Partner badges',
  component: 'candor-partner-badges',
  tags: ['autodocs'],
  render: badges,
  args: { kind: 'all', layout: 'row', config: plShoes },
  argTypes: {
    kind: { control: 'inline-radio', options: PARTNER_BADGE_KINDS },
    layout: { control: 'inline-radio', options: PARTNER_BADGE_LAYOUTS },
  },
} satisfies Meta<BadgesArgs>;

export default meta;
type Story = StoryObj<BadgesArgs>;

const describe = (story: string) => ({ docs: { description: { story } } });
const gallery = { controls: { disable: true } };

export const PolishShop: Story = {
  name: 'Polish shop',
  render: (args) => inLanguage('pl', args),
  args: { destination: 'PL' },
  parameters: describe(
    'The Polish sample shop: BLIK, Przelewy24, cards, PayPo (with a link to its terms) and cash on delivery with its fee; InPost and DPD with their prices. What each means is under the disclosure — open it with a click, a tap or the keyboard.',
  ),
};

export const SlovenianShop: Story = {
  name: 'Slovenian shop',
  render: (args) => inLanguage('sl', args),
  args: { config: siOutdoor, destination: 'SI', layout: 'list' },
  parameters: describe('The Slovenian sample shop as a list: Flik, cards, PayPal, payment in advance and cash on delivery; Pošta Slovenije and GLS.'),
};

export const GreekShop: Story = {
  name: 'Greek shop',
  render: (args) => inLanguage('el', args),
  args: { config: grFashion, destination: 'GR', product: 'forema-linos-thalassa', layout: 'grid' },
  parameters: describe(
    'The Greek sample shop in a grid: IRIS, Viva Wallet, cards, wallets and Αντικαταβολή; ACS, BOX NOW and ΕΛΤΑ Courier — free for this product (`products`), so it says so.',
  ),
};

export const OnePartner: Story = {
  name: 'One partner',
  args: { config: shop({ payment: [{ id: 'blik' }] }), kind: 'payment' },
  parameters: describe('A single known id: a text badge with its name, and what it means under the disclosure.'),
};

const everyPartner: PartnersConfig = {
  payment: PAYMENT_PARTNER_IDS.map((id) => ({ id })),
  couriers: COURIER_PARTNER_IDS.slice(0, 10).map((id) => ({ id })),
};

export const ThirtyPartners: Story = {
  name: '30 partners',
  args: { config: shop(everyPartner) },
  parameters: describe('Every known payment method and ten couriers: the row wraps onto as many lines as it needs, each badge as high as the others.'),
};

export const ThirtyPartnersGrid: Story = {
  name: '30 partners, grid',
  args: { config: shop(everyPartner), layout: 'grid' },
  parameters: describe('The same thirty partners in even columns (at least `--candor-partner-badge-min-width` wide).'),
};

export const List: Story = {
  args: { layout: 'list', destination: 'PL' },
  parameters: describe('`layout="list"`: each partner with what it means, its fee and its terms — for a checkout or a "delivery and payment" page.'),
};

export const MerchantArtwork: Story = {
  name: "The merchant's artwork",
  args: {
    kind: 'payment',
    config: shop({
      payment: [
        { name: 'Karta podarunkowa Kroki', kind: 'card', artwork: { src: artworkUrl('shop-gift-card.svg'), width: 96, height: 40 }, description: 'Bon na zakupy w naszym sklepie' },
        { id: 'blik' },
        { id: 'przelewy24' },
      ],
    }),
  },
  parameters: describe(
    'A partner with `artwork`: the merchant’s own image at the badge height, never stretched, its box reserved from `width` and `height` before it loads. Candor ships no brand artwork; for card schemes use the official artwork from your acquirer.',
  ),
};

export const BrokenArtwork: Story = {
  name: 'Broken artwork',
  args: {
    kind: 'payment',
    config: shop({
      payment: [
        { id: 'mastercard', artwork: { src: artworkUrl('broken.svg'), width: 120, height: 40 } },
        { id: 'visa', artwork: { src: artworkUrl('shop-gift-card.svg'), width: 96, height: 40 } },
        { id: 'blik' },
      ],
    }),
  },
  parameters: describe(
    'The Mastercard artwork URL answers with something that is no image: the text badge takes the box the artwork reserved — no broken-image icon, nothing moves. (The second image is a stand-in drawing, not Visa’s mark.)',
  ),
};

export const Couriers: Story = {
  name: 'Couriers only, for one country',
  args: { kind: 'courier', destination: 'DE', noLabel: true },
  parameters: describe('`kind="courier"` and `destination="DE"`: InPost serves Poland only, so only DPD shows. `no-label` leaves the heading to the page.'),
};

export const EachLocale: Story = {
  name: 'Each locale',
  render: (args) =>
    html`${SUPPORTED_LOCALES.map(
      (code) => html`<section lang=${code} style="margin-block-end: 1.25rem">
        <h2 style="margin: 0 0 0.25rem; font-size: 1rem">${languageName(code)}</h2>
        ${badges(args)}
      </section>`,
    )}`,
  args: {
    layout: 'list',
    config: shop({
      payment: [{ id: 'visa' }, { id: 'paypal' }, { id: 'bank-transfer' }, { id: 'cash-on-delivery', fee: { amount: 5 } }],
      couriers: [{ id: 'dhl', fee: { amount: 0 } }, { id: 'elta' }, { id: 'geniki', fee: { percent: 1.5 } }],
    }),
  },
  parameters: {
    ...gallery,
    ...describe('Every language Candor speaks: labels, the names that change (cash on delivery, ΕΛΤΑ, Γενική Ταχυδρομική), descriptions and fees.'),
  },
};

export const DarkTheme: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  args: { layout: 'grid' },
  parameters: describe('Badges inherit the page’s colours and `color-scheme`.'),
};

export const ForcedColors: Story = {
  name: 'Forced colours',
  // The end-to-end check (tests/e2e/stories.spec.ts) runs stories with this tag under forced colours.
  tags: ['forced-colors'],
  parameters: describe('In Windows contrast themes the outlines and text take the system colours.'),
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) => html`<div dir="rtl">${badges(args)}</div>`,
  args: { layout: 'list' },
  parameters: describe('Inside `dir="rtl"` rows and lists start from the right: the layout uses logical properties only.'),
};

export const Themed: Story = {
  name: 'Themed with custom properties',
  render: (args) => html`<style>
      .candor-story-themed {
        --candor-partner-badge-height: 3rem;
        --candor-partner-badge-border-color: light-dark(#9a3412, #fdba74);
        --candor-partner-badges-gap: 0.75rem;
      }
      .candor-story-themed candor-partner-badges::part(label) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
    </style>
    <div class="candor-story-themed">${badges(args)}</div>`,
  parameters: describe('`--candor-partner-badge-height`, `--candor-partner-badge-border-color`, `--candor-partner-badges-gap` and `::part(label)`.'),
};

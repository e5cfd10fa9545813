import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { CandorConfig } from '@candor/core';
import '@candor/elements';
import plShoesJson from '../../examples/configs/pl-shoes.candor.json';
import { BRAND_THEME } from './theme.js';

// The sample config is valid (the CLI tests check it); the JSON import only widens its literal types.
const sample = plShoesJson as unknown as CandorConfig;

// The sample's review photos live on its made-up domain: a drawing served with the stories stands in.
const photo = new URL('../reviews/photos/boot-pair.svg?no-inline', import.meta.url).href;
const plShoes: CandorConfig = {
  ...sample,
  reviews: {
    ...sample.reviews,
    items: sample.reviews?.items?.map((review) => (review.photos ? { ...review, photos: review.photos.map((each) => ({ ...each, src: photo })) } : review)),
  },
};

/** A Tuesday morning in Warsaw, so the delivery dates in the example do not move. */
const NOW = '2026-11-24T09:30:00Z';
const PRODUCT = 'polbuty-kazimierz';

function styleSheet(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}

const meta = {
  title: 'Guides/Theming',
  parameters: { controls: { disable: true } },
} satisfies Meta;

export default meta;

export const BrandTheme: StoryObj = {
  name: 'Brand theme',
  render: () => html`${styleSheet(BRAND_THEME)}
    <div class="brand-theme">
      <candor-rating product=${PRODUCT} .config=${plShoes}></candor-rating>
      <candor-delivery-notice destination="PL" now=${NOW} .config=${plShoes}></candor-delivery-notice>
      <candor-reviews product=${PRODUCT} now=${NOW} .config=${plShoes}></candor-reviews>
    </div>`,
};

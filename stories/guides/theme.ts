/**
 * The brand theme of the Theming guide's live example, and a starter stylesheet with every
 * custom property of every element (read from the custom-elements manifest).
 */
import { elementDocs, type ElementDoc } from './blocks/elements.js';

/** A green brand with text contrast above 7:1 on its own card, in light and in dark. */
export const BRAND_THEME = `.brand-theme {
  color: light-dark(#12261c, #e3f4ea);
  background: light-dark(#f3faf6, #10231a);
  font-family: Georgia, 'Times New Roman', serif;
  padding: 1.5rem;
  border-radius: 0.75rem;
  display: grid;
  gap: 1.5rem;
  --brand-accent: light-dark(#0b5d3b, #7ad3a6);

  /* Custom properties: on any ancestor, here the whole card. */
  --candor-rating-color: var(--brand-accent);
  --candor-rating-size: 1.5em;
  --candor-reviews-bar-color: var(--brand-accent);
  --candor-reviews-border-color: light-dark(#9cc9b1, #2f5c45);
  --candor-reviews-gap: 1.5em;
  --candor-delivery-headline-weight: 700;
}

/* Parts: any visible block, from outside the shadow DOM. */
.brand-theme candor-reviews::part(reply) {
  border-inline-start: 3px solid var(--brand-accent);
}
.brand-theme candor-delivery-notice::part(headline) {
  font-size: 1.125em;
}`;

/**
 * A stylesheet to start a theme from: every custom property of every element, commented out,
 * with what it sets.
 */
export function starterTheme(elements: ElementDoc[] = elementDocs()): string {
  const blocks = elements
    .filter((element) => element.cssProperties.length > 0)
    .map((element) => {
      const lines = element.cssProperties.map((property) => {
        const value = property.default ?? '…';
        return `  /* ${property.description.replace(/\*\//g, '* /')} */\n  /* ${property.name}: ${value}; */`;
      });
      return `  /* <${element.tag}> */\n${lines.join('\n')}`;
    });
  return `:root {\n${blocks.join('\n\n')}\n}`;
}

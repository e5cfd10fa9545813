import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ContactChannel } from '../schema/types.js';
import { validateContactSection } from '../validate/validate.js';
import { channelLink, channelValueText, e164, isSafeHref } from './links.js';

const link = (channel: ContactChannel, subject?: string) => channelLink(channel, { subject });

describe('channelLink', () => {
  it('dials and texts an E.164 number', () => {
    expect(link({ type: 'phone', value: '+48 12 345 67 89' })).toEqual({ href: 'tel:+48123456789' });
    expect(link({ type: 'phone', value: '+1-212-555-0100' })).toEqual({ href: 'tel:+12125550100' });
    expect(link({ type: 'sms', value: '+386 41 234 567' })).toEqual({ href: 'sms:+38641234567' });
  });

  it('opens WhatsApp with the digits only, and Viber with an encoded "+" and a number to copy', () => {
    expect(link({ type: 'whatsapp', value: '+48 600 123 456' })).toEqual({ href: 'https://wa.me/48600123456' });
    expect(link({ type: 'viber', value: '+30 691 234 5678' })).toEqual({ href: 'viber://chat?number=%2B306912345678', copy: '+306912345678' });
  });

  it('writes an e-mail with an encoded subject', () => {
    expect(link({ type: 'email', value: 'sklep@kroki.example' })).toEqual({ href: 'mailto:sklep@kroki.example' });
    expect(link({ type: 'email', value: 'sklep@kroki.example' }, 'Pytanie o półbuty & rozmiar 42?')).toEqual({
      href: 'mailto:sklep@kroki.example?subject=Pytanie%20o%20p%C3%B3%C5%82buty%20%26%20rozmiar%2042%3F',
    });
    // A blank subject adds nothing.
    expect(link({ type: 'email', value: 'sklep@kroki.example' }, '  ')).toEqual({ href: 'mailto:sklep@kroki.example' });
  });

  it('never lets an address add headers, and writes an international domain in ASCII', () => {
    // "?", "&" and "=" are valid in a local part: encoded, they stay part of the address.
    expect(link({ type: 'email', value: 'a?cc=x&bcc=y@shop.example' })).toEqual({ href: 'mailto:a%3Fcc%3Dx%26bcc%3Dy@shop.example' });
    expect(link({ type: 'email', value: 'biuro@żółw.example' })).toEqual({ href: 'mailto:biuro@xn--w-uga1v8h.example' });
  });

  it('opens Messenger, Telegram and Instagram by user name, with or without "@"', () => {
    expect(link({ type: 'messenger', value: 'kroki.obuwie' })).toEqual({ href: 'https://m.me/kroki.obuwie' });
    expect(link({ type: 'telegram', value: '@kroki_shop' })).toEqual({ href: 'https://t.me/kroki_shop' });
    expect(link({ type: 'instagram', value: 'elia.atelier' })).toEqual({ href: 'https://ig.me/m/elia.atelier' });
  });

  it('links a form and a shop’s map only over http(s)', () => {
    expect(link({ type: 'form', value: 'https://kroki.example/kontakt' })).toEqual({ href: 'https://kroki.example/kontakt' });
    expect(link({ type: 'store', value: 'ul. Szewska 12, Kraków', mapUrl: 'https://www.openstreetmap.org/?mlat=50.06' })).toEqual({
      href: 'https://www.openstreetmap.org/?mlat=50.06',
    });
    expect(link({ type: 'store', value: 'ul. Szewska 12, Kraków' })).toBeNull();
    expect(link({ type: 'chat', provider: 'tidio', script: 'https://code.tidio.co/x.js' })).toBeNull();
  });

  it('refuses values that are not what the channel expects, whatever the types say', () => {
    const hostile = [
      { type: 'phone', value: 'javascript:alert(1)' },
      { type: 'phone', value: '+48 12 345 67 89\nX' },
      { type: 'whatsapp', value: '600 123 456' },
      { type: 'email', value: 'javascript:alert(1)//@x.example' },
      { type: 'email', value: 'a@b' },
      { type: 'telegram', value: '../../evil' },
      { type: 'instagram', value: 'name?x=1' },
      { type: 'form', value: 'javascript:alert(1)' },
      { type: 'form', value: 'https://user:pw@evil.example/' },
      { type: 'form', value: '//evil.example/' },
      { type: 'store', value: 'x', mapUrl: 'data:text/html,<script>alert(1)</script>' },
    ] as unknown as ContactChannel[];
    for (const channel of hostile) expect(link(channel), JSON.stringify(channel)).toBeNull();
  });

  it('gives only safe links for any schema-valid channel', { timeout: 60_000 }, () => {
    const channel = fc.oneof(
      fc.record({ type: fc.constantFrom('phone', 'sms', 'whatsapp', 'viber'), value: fc.string() }),
      fc.record({ type: fc.constant('email'), value: fc.oneof(fc.emailAddress(), fc.string()) }),
      fc.record({ type: fc.constantFrom('messenger', 'telegram', 'instagram'), value: fc.string() }),
      fc.record({ type: fc.constant('form'), value: fc.oneof(fc.webUrl(), fc.string()) }),
      fc.record({ type: fc.constant('store'), value: fc.string({ minLength: 1 }), mapUrl: fc.oneof(fc.webUrl(), fc.string()) }),
    );
    fc.assert(
      fc.property(channel, fc.option(fc.string()), (each, subject) => {
        const valid = validateContactSection({ channels: [each] }).ok;
        const result = channelLink(each as ContactChannel, { subject: subject ?? undefined });
        if (result) expect(isSafeHref(result.href)).toBe(true);
        // A valid channel with a link to give always gets it.
        if (valid && each.type !== 'store') expect(result, JSON.stringify(each)).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isSafeHref', () => {
  it('allows the contact schemes and refuses the rest', () => {
    for (const href of ['https://wa.me/48600123456', 'tel:+48123', 'sms:+48123', 'mailto:a@b.example', 'viber://chat?number=%2B1', 'http://shop.example/']) {
      expect(isSafeHref(href), href).toBe(true);
    }
    for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', 'https://', 'tel:+48 123', 'file:///etc/passwd', '']) {
      expect(isSafeHref(href), href).toBe(false);
    }
  });
});

describe('e164 and the shown value', () => {
  it('normalizes international numbers and refuses national ones', () => {
    expect(e164('+48 12-345 67 89')).toBe('+48123456789');
    expect(e164('012 345 67 89')).toBeUndefined();
  });

  it('shows handles with "@" and hides what is not worth showing', () => {
    expect(channelValueText({ type: 'telegram', value: '@kroki' })).toBe('@kroki');
    expect(channelValueText({ type: 'instagram', value: 'kroki' })).toBe('@kroki');
    expect(channelValueText({ type: 'phone', value: '+48 12 345 67 89' })).toBe('+48 12 345 67 89');
    expect(channelValueText({ type: 'form', value: 'https://kroki.example/kontakt' })).toBeUndefined();
  });
});

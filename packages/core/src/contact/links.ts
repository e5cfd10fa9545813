/**
 * Links for each kind of contact channel, built from the config's value and checked twice:
 * the value must be what its channel expects (a phone number, an e-mail address, a user name,
 * an http(s) address), and the finished link must start with a scheme on the safe list. Nothing
 * else ever reaches an `href`.
 *
 * Formats (each the provider's documented public link):
 * - phone `tel:+48123456789` — the number in E.164 form, digits only after "+" (RFC 3966 global number)
 * - sms `sms:+48123456789` — without a body (RFC 5724; a prefilled body differs across platforms)
 * - email `mailto:name@shop.example?subject=…` — address and subject percent-encoded (RFC 6068)
 * - whatsapp `https://wa.me/48123456789` — the number without "+" (WhatsApp "click to chat")
 * - messenger `https://m.me/<page>`, telegram `https://t.me/<user>`, instagram `https://ig.me/m/<user>`
 * - viber `viber://chat?number=%2B48123456789` — does nothing without the app, so the element
 *   also offers to copy the number
 * - form: the config's http(s) address; store: its map link, when it has one
 */
import type { ContactChannel, ContactChannelType } from '../schema/index.js';
import { isEmail, isHandle, isHttpUrl, isPhone } from '../validate/formats.js';

/** Schemes a contact link may use: the web, mail, phone, text messages, and Viber's app link. */
export const SAFE_LINK_SCHEMES = ['https:', 'http:', 'mailto:', 'tel:', 'sms:', 'viber:'] as const;

/** What a channel's link does when followed. */
export interface ChannelLink {
  href: string;
  /** A number the buyer can copy instead (Viber, whose link needs the app). */
  copy?: string;
}

/** Whether `href` is an absolute link with a scheme on `SAFE_LINK_SCHEMES` (and, for http(s), a real host). */
export function isSafeHref(href: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(href)?.[1]?.toLowerCase();
  if (!scheme || !(SAFE_LINK_SCHEMES as readonly string[]).includes(scheme)) return false;
  // Control characters and spaces never belong in a link this module builds.
  if (/[\u0000-\u0020\u007f]/.test(href)) return false;
  return scheme === 'http:' || scheme === 'https:' ? isHttpUrl(href) : true;
}

/** A phone number as E.164: `+` and digits only. Undefined unless `value` is an international number. */
export function e164(value: string): string | undefined {
  return isPhone(value) ? `+${value.replace(/\D/g, '')}` : undefined;
}

/** A messenger user name without the "@" some people write before it. */
function handle(value: string): string | undefined {
  return isHandle(value) ? encodeURIComponent(value.replace(/^@/, '')) : undefined;
}

/**
 * `mailto:` for `address`, its local part and domain each percent-encoded so that nothing in
 * the address can add headers (`?`, `&`, `%` and `#` are valid in a local part), the domain in
 * its ASCII (punycode) form; with a subject when given.
 */
function mailto(address: string, subject: string | undefined): string | undefined {
  if (!isEmail(address)) return undefined;
  const at = address.lastIndexOf('@');
  let domain: string;
  try {
    domain = new URL(`http://${address.slice(at + 1)}`).hostname;
  } catch {
    return undefined;
  }
  const query = subject?.trim() ? `?subject=${encodeURIComponent(subject.trim())}` : '';
  return `mailto:${encodeURIComponent(address.slice(0, at))}@${domain}${query}`;
}

export interface LinkOptions {
  /** The subject of an e-mail, e.g. the product the buyer asks about; encoded into the link. */
  subject?: string | undefined;
}

/**
 * The link that opens `channel`, or null when it has none (live chat, a shop without a map
 * link) or its value is not what the channel type expects.
 */
export function channelLink(channel: ContactChannel, options: LinkOptions = {}): ChannelLink | null {
  const link = build(channel, options);
  return link && isSafeHref(link.href) ? link : null;
}

function build(channel: ContactChannel, { subject }: LinkOptions): ChannelLink | null {
  switch (channel.type) {
    case 'phone':
    case 'sms':
    case 'whatsapp':
    case 'viber': {
      const number = e164(channel.value);
      if (!number) return null;
      if (channel.type === 'phone') return { href: `tel:${number}` };
      if (channel.type === 'sms') return { href: `sms:${number}` };
      if (channel.type === 'whatsapp') return { href: `https://wa.me/${number.slice(1)}` };
      return { href: `viber://chat?number=${encodeURIComponent(number)}`, copy: number };
    }
    case 'email': {
      const href = mailto(channel.value, subject);
      return href ? { href } : null;
    }
    case 'messenger':
    case 'telegram':
    case 'instagram': {
      const name = handle(channel.value);
      if (!name) return null;
      const base = { messenger: 'https://m.me/', telegram: 'https://t.me/', instagram: 'https://ig.me/m/' }[channel.type];
      return { href: `${base}${name}` };
    }
    case 'form':
      return isHttpUrl(channel.value) ? { href: channel.value } : null;
    case 'store':
      return channel.mapUrl && isHttpUrl(channel.mapUrl) ? { href: channel.mapUrl } : null;
    default:
      return null; // chat: a button, not a link
  }
}

/** The value a card shows for a channel: the number, address or `@name`; none for chat and forms. */
export function channelValueText(channel: ContactChannel): string | undefined {
  switch (channel.type) {
    case 'messenger':
    case 'telegram':
    case 'instagram':
      return `@${channel.value.replace(/^@/, '')}`;
    case 'chat':
    case 'form':
      return undefined;
    default:
      return channel.value;
  }
}

/** Channel types whose card shows its value inside the link text ("Call +48 …"). */
export const VALUE_IN_ACTION: ReadonlySet<ContactChannelType> = new Set(['phone', 'sms', 'email']);

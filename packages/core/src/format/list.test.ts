import { describe, expect, it } from 'vitest';
import { formatList } from './list.js';

const CHANNELS = ['e-mail', 'WhatsApp', 'Viber'];

describe('formatList', () => {
  it.each([
    ['en', 'e-mail, WhatsApp, and Viber', 'e-mail, WhatsApp, or Viber'],
    ['pl', 'e-mail, WhatsApp i Viber', 'e-mail, WhatsApp lub Viber'],
    ['sl', 'e-mail, WhatsApp in Viber', 'e-mail, WhatsApp ali Viber'],
    ['el', 'e-mail, WhatsApp και Viber', 'e-mail, WhatsApp ή Viber'],
    ['de', 'e-mail, WhatsApp und Viber', 'e-mail, WhatsApp oder Viber'],
  ])('joins items as %s does', (locale, and, or) => {
    expect(formatList(locale, CHANNELS)).toBe(and);
    expect(formatList(locale, CHANNELS, 'disjunction')).toBe(or);
  });

  it('handles one and no items', () => {
    expect(formatList('pl', ['polski'])).toBe('polski');
    expect(formatList('pl', [])).toBe('');
  });

  it('takes any iterable', () => {
    expect(formatList('en', new Set(['Polish', 'English']))).toBe('Polish and English');
  });
});

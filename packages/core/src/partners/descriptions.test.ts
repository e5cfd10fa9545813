import { describe, expect, it } from 'vitest';
import { SUPPORTED_LOCALES } from '../i18n/locales.js';
import { loadMessages } from '../i18n/catalogs.js';
import { loadPartnerDescriptions, partnerDescriptionsFor } from './descriptions.js';
import { PARTNER_IDS } from './registry.js';

describe('partner descriptions', () => {
  it('are not loaded before someone asks', () => {
    expect(partnerDescriptionsFor('sl')).toBeUndefined();
  });

  it.each(SUPPORTED_LOCALES)('%s describes every known partner in clean, short text', async (locale) => {
    const descriptions = await loadPartnerDescriptions(locale);
    expect(partnerDescriptionsFor(locale)).toBe(descriptions);
    expect(Object.keys(descriptions).sort()).toEqual([...PARTNER_IDS].sort());
    for (const [id, text] of Object.entries(descriptions)) {
      expect(text, id).toBe(text.trim());
      expect(text, id).not.toMatch(/^$|undefined|[{}<>]|\.$/);
      // A badge's description is a line, not a paragraph.
      expect(text.length, id).toBeLessThanOrEqual(110);
    }
  });

  it.each(SUPPORTED_LOCALES.filter((locale) => locale !== 'en'))('%s is translated, not a copy of English', async (locale) => {
    const [english, translated] = await Promise.all([loadPartnerDescriptions('en'), loadPartnerDescriptions(locale)]);
    for (const id of PARTNER_IDS) expect(translated[id], id).not.toBe(english[id]);
  });

  it('name the partner they describe, in the name buyers of that language know', async () => {
    for (const locale of SUPPORTED_LOCALES) {
      const [descriptions, messages] = await Promise.all([loadPartnerDescriptions(locale), loadMessages(locale)]);
      expect(descriptions.inpost).toContain('InPost');
      expect(descriptions.boxnow).toContain('BOX');
      expect(descriptions.geniki).toContain(messages.partners.name('geniki') ?? 'Geniki Taxydromiki');
    }
  });

  it('promise nothing a shop cannot keep: lockers are "near you", not "open 24/7"', async () => {
    for (const locale of SUPPORTED_LOCALES) {
      const descriptions = await loadPartnerDescriptions(locale);
      for (const id of PARTNER_IDS) expect(descriptions[id], `${locale} ${id}`).not.toMatch(/24\s*\/\s*7|guarante|garant|εγγυ/i);
    }
  });
});

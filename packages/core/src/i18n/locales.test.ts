import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SUPPORTED_LOCALES, isLocale, resolveLocale } from './locales.js';

describe('resolveLocale', () => {
  it.each([
    [['pl-PL'], 'pl', 'pl-PL'],
    [['sl'], 'sl', 'sl'],
    [['el-CY'], 'el', 'el-CY'],
    [['de-AT'], 'de', 'de-AT'],
    [['en-GB'], 'en', 'en-GB'],
    [['EN-gb'], 'en', 'en-GB'], // canonical casing
    [['  de-CH '], 'de', 'de-CH'],
    [['sr-Latn-RS', 'pl'], 'pl', 'pl'], // the first one Candor speaks wins
    [['fr', 'el-GR'], 'el', 'el-GR'],
    [['pl_PL', 'de'], 'de', 'de'], // not BCP 47: skipped
    [[undefined, null, '', 'sl-SI'], 'sl', 'sl-SI'],
    [['sk'], 'en', 'en'], // Slovak is not Slovenian
    [['gsw'], 'en', 'en'], // nor Swiss German German
    [[], 'en', 'en'],
    [['%%%', 'xx-invalid-tag-that-is-far-too-long'], 'en', 'en'],
  ] as const)('%j → %s (Intl %s)', (candidates, locale, intlLocale) => {
    expect(resolveLocale(candidates)).toEqual({ locale, intlLocale });
  });

  it('keeps a supported language with any region, script or extension for Intl', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPORTED_LOCALES),
        fc.constantFrom('', '-PL', '-CY', '-AT', '-US', '-419', '-Latn', '-u-nu-latn', '-u-hc-h12'),
        (language, rest) => {
          const resolved = resolveLocale([`${language}${rest}`]);
          expect(resolved.locale).toBe(language);
          expect(resolved.intlLocale).toBe(Intl.getCanonicalLocales(`${language}${rest}`)[0]);
        },
      ),
    );
  });

  const tags = fc.constantFrom('pl', 'de-AT', 'el', 'fr-CA', 'x-private', 'i-klingon', 'und');

  it('never throws, and always gives a catalog and a tag that Intl accepts', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.oneof(fc.string(), tags))), (candidates) => {
        const { locale, intlLocale } = resolveLocale(candidates);
        expect(isLocale(locale)).toBe(true);
        expect(new Intl.Locale(intlLocale).language).toBe(locale);
      }),
    );
  });
});

describe('isLocale', () => {
  it('accepts exactly the supported languages', () => {
    for (const locale of SUPPORTED_LOCALES) expect(isLocale(locale)).toBe(true);
    for (const other of ['PL', 'pl-PL', 'fr', '', undefined, 5]) expect(isLocale(other)).toBe(false);
  });
});

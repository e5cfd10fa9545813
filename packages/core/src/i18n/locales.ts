/** The languages Candor speaks; every one has a complete message catalog. */
export const SUPPORTED_LOCALES = ['en', 'pl', 'sl', 'el', 'de'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return (SUPPORTED_LOCALES as readonly unknown[]).includes(value);
}

/** The catalog to speak and the full tag for `Intl` (which keeps the region: `de-AT`, `el-CY`). */
export interface ResolvedLocale {
  locale: Locale;
  intlLocale: string;
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined; // not a BCP 47 tag: ignore it, like a browser ignores a bad `lang`
  }
}

/**
 * The first candidate Candor can speak, by the whole tag or its language: `pl-PL` gives the
 * `pl` messages and `pl-PL` for `Intl`. Empty and malformed candidates are skipped; with none
 * left, English. Elements pass `[nearest lang, shop.locale]`.
 */
export function resolveLocale(candidates: ReadonlyArray<string | null | undefined>): ResolvedLocale {
  for (const candidate of candidates) {
    const tag = candidate ? canonical(candidate) : undefined;
    if (!tag) continue;
    const language = new Intl.Locale(tag).language;
    if (isLocale(language)) return { locale: language, intlLocale: tag };
  }
  return { locale: 'en', intlLocale: 'en' };
}

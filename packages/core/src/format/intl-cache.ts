/**
 * Intl objects are costly to build (each loads locale data) and cheap to reuse, so every
 * formatter is kept per locale and options. The cache is bounded: a page that formats with
 * many option sets evicts the least recently used instead of growing for ever.
 */
export function intlCache<Options, Formatter>(
  create: (locale: string, options: Options) => Formatter,
  limit = 32,
): (locale: string, options: Options) => Formatter {
  const entries = new Map<string, Formatter>();
  return (locale, options) => {
    const key = `${locale}\u0000${JSON.stringify(options) ?? ''}`;
    const hit = entries.get(key);
    if (hit !== undefined) {
      // Re-insert so that Map order is least recently used first.
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const formatter = create(locale, options);
    if (entries.size >= limit) entries.delete(entries.keys().next().value as string);
    entries.set(key, formatter);
    return formatter;
  };
}

export const numberFormat = intlCache(
  (locale, options: Intl.NumberFormatOptions | undefined) => new Intl.NumberFormat(locale, options),
);
export const dateTimeFormat = intlCache(
  (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);
export const listFormat = intlCache((locale, options: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options));
export const relativeTimeFormat = intlCache(
  (locale, options: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(locale, options),
);
export const pluralRules = intlCache(
  (locale, options: Intl.PluralRulesOptions | undefined) => new Intl.PluralRules(locale, options),
);

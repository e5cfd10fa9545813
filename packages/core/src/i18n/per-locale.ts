import type { Locale } from './locales.js';

/**
 * A value per locale that loads on demand (a catalog, the partner descriptions): `get` gives it
 * when it is already here, so a render needs no wait; `load` fetches it once, shared by every
 * caller, and a failed fetch rejects and is forgotten, so the next call tries again.
 */
export function perLocale<T>(
  loaders: Record<Locale, () => Promise<{ default: T }>>,
  preloaded: Partial<Record<Locale, T>> = {},
): { get: (locale: Locale) => T | undefined; load: (locale: Locale) => Promise<T> } {
  const loaded = new Map(Object.entries(preloaded) as [Locale, T][]);
  const pending = new Map<Locale, Promise<T>>();
  return {
    get: (locale) => loaded.get(locale),
    load(locale) {
      const ready = loaded.get(locale);
      if (ready !== undefined) return Promise.resolve(ready);
      let loading = pending.get(locale);
      if (!loading) {
        loading = loaders[locale]()
          .then((module) => {
            loaded.set(locale, module.default);
            return module.default;
          })
          .finally(() => pending.delete(locale));
        pending.set(locale, loading);
      }
      return loading;
    },
  };
}

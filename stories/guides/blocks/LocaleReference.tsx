import { useEffect, useState } from 'react';
import { SUPPORTED_LOCALES, loadMessages, messagesFor, pluralCategory, type Locale, type Messages } from '@candor/core';
import { REFERENCE_STYLES } from './styles.js';

/** Counts that land in different plural categories across Candor's languages (Polish 22 is "few", Slovenian 2 is "two"…). */
const SAMPLE_COUNTS = [1, 2, 3, 5, 22, 101, 1.5] as const;

const ownName = (code: string) => new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
const englishName = (code: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
const categories = (code: string) => new Intl.PluralRules(code).resolvedOptions().pluralCategories;

/** Every catalog, loaded the way elements load them (lazily, one module per language). */
function useCatalogs(): Partial<Record<Locale, Messages>> {
  const [catalogs, setCatalogs] = useState<Partial<Record<Locale, Messages>>>(() =>
    Object.fromEntries(SUPPORTED_LOCALES.flatMap((locale) => (messagesFor(locale) ? [[locale, messagesFor(locale)]] : []))),
  );
  useEffect(() => {
    let live = true;
    void Promise.all(SUPPORTED_LOCALES.map(async (locale) => [locale, await loadMessages(locale)] as const)).then((loaded) => {
      if (live) setCatalogs(Object.fromEntries(loaded));
    });
    return () => {
      live = false;
    };
  }, []);
  return catalogs;
}

/** The languages Candor speaks, with their plural categories and a plural-sensitive message in each. */
export function LocaleTable() {
  const catalogs = useCatalogs();
  return (
    <div className="candor-ref">
      <style>{REFERENCE_STYLES}</style>
      <table>
        <caption>Languages with a complete catalog</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Language</th>
            <th scope="col">Plural categories (CLDR)</th>
            <th scope="col">
              <code>rating.count</code> for {SAMPLE_COUNTS.join(', ')}
            </th>
          </tr>
        </thead>
        <tbody>
          {SUPPORTED_LOCALES.map((locale) => (
            <tr key={locale} data-locale={locale}>
              <th scope="row">
                <code>{locale}</code>
              </th>
              <td>
                <span lang={locale}>{ownName(locale)}</span>
                {ownName(locale) !== englishName(locale) && ` (${englishName(locale)})`}
              </td>
              <td>{categories(locale).join(', ')}</td>
              <td>
                {catalogs[locale] ? (
                  <ul className="candor-ref-lines">
                    {SAMPLE_COUNTS.map((count) => (
                      <li key={count}>
                        <span lang={locale}>{catalogs[locale]!.rating.count(count, locale)}</span> ({pluralCategory(locale, count)})
                      </li>
                    ))}
                  </ul>
                ) : (
                  'loading…'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The groups of the `Messages` type, read from the English catalog: one per element, plus what they share. */
export function CatalogGroups() {
  const english = messagesFor('en')!;
  return (
    <div className="candor-ref">
      <style>{REFERENCE_STYLES}</style>
      <table>
        <caption>Message groups in every catalog</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Messages</th>
            <th scope="col">Of which take a number (functions)</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(english).map(([group, members]) => {
            const values = Object.values(members as Record<string, unknown>);
            return (
              <tr key={group} data-group={group}>
                <th scope="row">
                  <code>{group}</code>
                </th>
                <td>{values.length}</td>
                <td>{values.filter((value) => typeof value === 'function').length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

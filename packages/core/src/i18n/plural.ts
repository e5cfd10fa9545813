import { pluralRules } from '../format/intl-cache.js';

/**
 * The words for each CLDR plural category of a language; `other` is required, the rest only
 * where the language has them (Polish `few`/`many`, Slovenian `two`/`few`). `zero` is the CLDR
 * category (Latvian, Welsh…), not "exactly 0": English never selects it.
 */
export type PluralForms = { readonly other: string } & {
  readonly [category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

/** The CLDR plural category of `count` in `locale`, e.g. `few` for 22 in pl. */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  return pluralRules(locale, undefined).select(count);
}

/**
 * The form that agrees with `count`: `plural('pl', 5, { one: 'opinia', few: 'opinie', many: 'opinii', other: 'opinii' })`
 * gives `opinii`. Pass the language the forms are written in, not the page's region.
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  return forms[pluralCategory(locale, count)] ?? forms.other;
}

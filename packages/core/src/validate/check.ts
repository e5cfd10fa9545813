/**
 * Section checks for browsers. The same checks as `validate<Section>Section`, but the
 * merchant-facing wording — the larger part of validation — loads only when something is
 * wrong, so a valid config costs an element only its section's checks.
 */
import type { CandorConfig } from '../schema/types.js';
import type { SectionName } from '../schema/options.js';
import type { Check, Issue } from './checks.js';
import {
  validateContact, validateDelivery, validatePartners, validateReviews, validateShop, validateSizeGuide,
} from './generated/validators.js';
import {
  contactRules, deliveryRules, noRules, partnersRules, reviewsRules, sizeGuideRules, type ConfigError, type Rule,
} from './rules.js';

export type SectionCheck<S extends SectionName> =
  | { ok: true; value: NonNullable<CandorConfig[S]> }
  /** The problems, worded for the merchant, with paths from the config's root. */
  | { ok: false; describe: () => Promise<ConfigError[]> };

function lazilyWorded<S extends SectionName>(name: S, schema: Check, rules: Rule) {
  return (value: unknown): SectionCheck<S> => {
    const issues: Issue[] = [];
    schema(value, '', issues);
    const ruleErrors = rules(value);
    if (issues.length === 0 && ruleErrors.length === 0) return { ok: true, value: value as NonNullable<CandorConfig[S]> };
    return {
      ok: false,
      describe: async () => (await import('./messages.js')).describeProblems(issues, ruleErrors, `/${name}`),
    };
  };
}

export const checkShopSection = /*#__PURE__*/ lazilyWorded('shop', validateShop, noRules);
export const checkSizeGuideSection = /*#__PURE__*/ lazilyWorded('sizeGuide', validateSizeGuide, sizeGuideRules);
export const checkPartnersSection = /*#__PURE__*/ lazilyWorded('partners', validatePartners, partnersRules);
export const checkDeliverySection = /*#__PURE__*/ lazilyWorded('delivery', validateDelivery, deliveryRules);
export const checkReviewsSection = /*#__PURE__*/ lazilyWorded('reviews', validateReviews, reviewsRules);
export const checkContactSection = /*#__PURE__*/ lazilyWorded('contact', validateContact, contactRules);

import type { CandorConfig } from '../schema/types.js';
import { SECTION_NAMES, type SectionName } from '../schema/options.js';
import type { Check, Issue } from './checks.js';
import {
  validateContact, validateDelivery, validatePartners, validateReviews, validateRoot, validateShop, validateSizeGuide,
} from './generated/validators.js';
import { describeProblems } from './messages.js';
import {
  contactRules, deliveryRules, noRules, partnersRules, reviewsRules, sizeGuideRules, type ConfigError, type Rule,
} from './rules.js';

export type { ConfigError } from './rules.js';

export type ConfigResult = { ok: true; config: CandorConfig } | { ok: false; errors: ConfigError[] };

export type SectionResult<S extends SectionName> =
  | { ok: true; value: NonNullable<CandorConfig[S]> }
  | { ok: false; errors: ConfigError[] };

/** Runs the compiled schema checks, then the rules, and words what they found. */
function check(schema: Check, rules: Rule, value: unknown, prefix: string): ConfigError[] {
  const issues: Issue[] = [];
  schema(value, '', issues);
  return describeProblems(issues, rules(value), prefix);
}

function section<S extends SectionName>(name: S, schema: Check, rules: Rule) {
  return (value: unknown): SectionResult<S> => {
    const errors = check(schema, rules, value, `/${name}`);
    return errors.length === 0 ? { ok: true, value: value as NonNullable<CandorConfig[S]> } : { ok: false, errors };
  };
}

// One function per section, so an element that reads only `delivery` bundles only its checks.
export const validateShopSection = /*#__PURE__*/ section('shop', validateShop, noRules);
export const validateSizeGuideSection = /*#__PURE__*/ section('sizeGuide', validateSizeGuide, sizeGuideRules);
export const validatePartnersSection = /*#__PURE__*/ section('partners', validatePartners, partnersRules);
export const validateDeliverySection = /*#__PURE__*/ section('delivery', validateDelivery, deliveryRules);
export const validateReviewsSection = /*#__PURE__*/ section('reviews', validateReviews, reviewsRules);
export const validateContactSection = /*#__PURE__*/ section('contact', validateContact, contactRules);

const SECTION_VALIDATORS: { [S in SectionName]: (value: unknown) => SectionResult<S> } = {
  shop: validateShopSection,
  sizeGuide: validateSizeGuideSection,
  partners: validatePartnersSection,
  delivery: validateDeliverySection,
  reviews: validateReviewsSection,
  contact: validateContactSection,
};

/**
 * Validates one section of a config, e.g. `validateSection('delivery', config.delivery)`.
 * Error paths start with `/${section}`. Bundles every section's checks: an element that
 * knows its section at build time can import `validate<Section>Section` instead.
 */
export function validateSection<S extends SectionName>(name: S, value: unknown): SectionResult<S> {
  const validate = SECTION_VALIDATORS[name] as ((value: unknown) => SectionResult<S>) | undefined;
  if (!validate) return { ok: false, errors: [{ path: '', message: `unknown section ${JSON.stringify(String(name))}` }] };
  return validate(value);
}

/**
 * Validates a whole `candor.json` (already parsed). Every problem is reported, each once,
 * with the JSON pointer of the offending value and a message for the merchant.
 */
export function validateConfig(input: unknown): ConfigResult {
  const errors = check(validateRoot, noRules, input, '');
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const config = input as Record<string, unknown>;
    for (const name of SECTION_NAMES) {
      if (!Object.prototype.hasOwnProperty.call(config, name) || config[name] === undefined) continue;
      const result = SECTION_VALIDATORS[name](config[name]);
      if (!result.ok) errors.push(...result.errors);
    }
  }
  return errors.length === 0 ? { ok: true, config: input as CandorConfig } : { ok: false, errors };
}

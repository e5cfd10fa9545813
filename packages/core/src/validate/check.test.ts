import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SECTION_NAMES } from '../schema/options.js';
import * as lazy from './check.js';
import * as eager from './validate.js';
import { mutatedSample, sampleConfig, sampleNames } from './test-fixtures.js';

const checkers = {
  shop: [lazy.checkShopSection, eager.validateShopSection],
  sizeGuide: [lazy.checkSizeGuideSection, eager.validateSizeGuideSection],
  partners: [lazy.checkPartnersSection, eager.validatePartnersSection],
  delivery: [lazy.checkDeliverySection, eager.validateDeliverySection],
  reviews: [lazy.checkReviewsSection, eager.validateReviewsSection],
  contact: [lazy.checkContactSection, eager.validateContactSection],
} as const;

describe('the lazily worded section checks', () => {
  it('exist for every section', () => {
    expect(Object.keys(checkers).sort()).toEqual([...SECTION_NAMES].sort());
  });

  it('accept every section of every sample', () => {
    for (const name of sampleNames) {
      const config = sampleConfig(name) as Record<string, unknown>;
      for (const [section, [check]] of Object.entries(checkers)) {
        if (config[section] !== undefined) expect(check(config[section]).ok, `${name} ${section}`).toBe(true);
      }
    }
  });

  it('agree with the eager validators, error for error, on broken samples', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedSample(), async (config) => {
        for (const [section, [check, validate]] of Object.entries(checkers)) {
          if (config[section] === undefined) continue;
          const lazyResult = check(config[section]);
          const eagerResult = validate(config[section]);
          expect(lazyResult.ok).toBe(eagerResult.ok);
          if (!lazyResult.ok && !eagerResult.ok) expect(await lazyResult.describe()).toEqual(eagerResult.errors);
        }
      }),
      { numRuns: 300 },
    );
  });
});

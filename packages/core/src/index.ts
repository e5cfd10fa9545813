/**
 * @candor/core — everything Candor knows, without a DOM.
 * Each area has its own barrel so that bundlers keep only what an element uses.
 */
export * from './schema/index.js';
export * from './validate/index.js';
export * from './i18n/index.js';
export * from './format/index.js';
export * from './reviews/index.js';
export * from './size/index.js';
export * from './contact/index.js';
export * from './calendar/index.js';
export * from './delivery/index.js';
export * from './partners/index.js';

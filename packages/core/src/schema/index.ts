export { candorSchema } from './candor.schema.js';
export * from './options.js';
export type * from './types.js';

/**
 * True in the development build (`development` export condition, e.g. Vite's dev server):
 * warnings about misuse that a finished page does not need. The production build, `dist/`,
 * has this as `false`, and the warnings it guards are gone from its code.
 */
export const DEV: boolean = true;

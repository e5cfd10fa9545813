/**
 * The page every story renders on (see the decorator in preview.ts). Plain data, so that the
 * end-to-end check over the stories (tests/e2e/stories.spec.ts) can walk the same themes.
 */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const isTheme = (value: unknown): value is Theme => (THEMES as readonly unknown[]).includes(value);

/**
 * A plain shop page in each scheme. Candor elements inherit its text colour and font, and
 * `color-scheme` picks the light or dark side of their own accents (`light-dark()` defaults).
 */
export const PAGE_COLOURS: Record<Theme, Record<string, string>> = {
  light: { 'color-scheme': 'light', color: '#1f2328', background: '#ffffff' },
  dark: { 'color-scheme': 'dark', color: '#e6e6e9', background: '#17181c' },
};

/** A language's own name for itself, e.g. "polski", for the toolbar and the locale stories. */
export const languageName = (code: string): string => new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;

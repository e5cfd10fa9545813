/**
 * The axe rules Candor promises to pass (WCAG 2.2 AA, DESIGN.md): the Storybook a11y panel and
 * the end-to-end check over every story (tests/e2e/stories.spec.ts) run exactly these, so
 * what a designer sees in the panel is what fails CI.
 */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Styles of the generated reference tables. Colours come from the docs page (currentColor),
 * so the text keeps the page's contrast; only the layout is set here.
 */
export const REFERENCE_STYLES = `
.candor-ref table {
  inline-size: 100%;
  table-layout: fixed;
  border-collapse: collapse;
  margin-block: 0.5rem 2rem;
  font-size: 0.875rem;
}
.candor-ref caption {
  text-align: start;
  font-weight: 600;
  padding-block-end: 0.25rem;
}
.candor-ref th,
.candor-ref td {
  vertical-align: top;
  text-align: start;
  padding: 0.5rem;
  border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
  overflow-wrap: anywhere;
}
.candor-ref .candor-ref-config thead th:nth-child(1) { inline-size: 34%; }
.candor-ref .candor-ref-config thead th:nth-child(2) { inline-size: 22%; }
.candor-ref ul.candor-ref-lines { margin: 0; padding: 0; list-style: none; }
.candor-ref tbody th { font-weight: 400; }
.candor-ref code span,
.candor-ref code strong { font-family: inherit; font-size: inherit; }
.candor-ref td code { white-space: normal; overflow-wrap: anywhere; }
.candor-ref td p { margin: 0 0 0.375rem; font-size: inherit; line-height: 1.5; }
.candor-ref td p:last-child { margin-block-end: 0; }
.candor-ref .candor-ref-required {
  display: inline-block;
  margin-inline-start: 0.375rem;
  padding-inline: 0.375rem;
  border: 1px solid currentColor;
  border-radius: 0.25rem;
  font-size: 0.75rem;
}
.candor-ref nav ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1rem;
  padding: 0;
  list-style: none;
}
.candor-ref tr:target { outline: 2px solid currentColor; outline-offset: -2px; }
`;

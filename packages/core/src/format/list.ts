import { listFormat } from './intl-cache.js';

/** Items joined as the locale does: `a, b i c` (pl), `a, b, and c` (en); `disjunction` for "or". */
export function formatList(
  locale: string,
  items: Iterable<string>,
  type: Intl.ListFormatType = 'conjunction',
  style: Intl.ListFormatStyle = 'long',
): string {
  return listFormat(locale, { type, style }).format(items);
}

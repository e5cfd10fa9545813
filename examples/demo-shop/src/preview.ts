/**
 * `/?config=URL`: shows the shop with a merchant's own `candor.json`. Loaded by main.ts only
 * when the parameter is there. A valid config replaces the sample for every element; anything
 * else is listed for the merchant at the top of the page — where, and what — while the page
 * keeps working with the sample config. Everything from the file is shown as text.
 */
import { loadMessages, parseJson, validateConfig } from '@candor/core';
import { setPageConfig } from '@candor/elements';

export const PREVIEW_TIMEOUT_MS = 10_000;

/** One thing wrong with the previewed config, positioned in the file when that is known. */
export interface PreviewProblem {
  message: string;
  line?: number;
  column?: number;
  /** JSON pointer of the offending value; `''` is the whole file. */
  pointer?: string;
}

export type PreviewResult =
  | { ok: true; url: string; config: unknown }
  | { ok: false; url: string; title: string; problems: PreviewProblem[] };

/** Fetches, parses and validates the config at `raw` (resolved against `base`). Never throws. */
export async function loadPreviewConfig(raw: string, base: string): Promise<PreviewResult> {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return failure(raw, 'Nieprawidłowy adres konfiguracji', [{ message: `„${raw}” nie jest adresem URL.` }]);
  }
  if (raw.trim() === '' || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    return failure(raw, 'Nieprawidłowy adres konfiguracji', [
      { message: 'Podgląd wczytuje tylko pliki z tej witryny albo spod adresu http:// lub https://.' },
    ]);
  }

  const fetched = await fetchText(url);
  if (!fetched.ok) return failure(url.href, 'Nie udało się pobrać konfiguracji', [{ message: fetched.message }]);

  const parsed = parseJson(fetched.text);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return failure(url.href, 'Plik nie jest poprawnym JSON-em', [{ line, column, message }]);
  }

  const validated = validateConfig(parsed.value);
  if (!validated.ok) {
    // In file order, as the merchant reads the file; problems without a position go last.
    const problems = validated.errors
      .map(({ path, message }) => ({ pointer: path, message, ...parsed.locate(path) }))
      .sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
    // The page is Polish; the heading comes from Candor's own catalog, plural and all.
    const { config } = await loadMessages('pl');
    return failure(url.href, config.problems(problems.length), problems);
  }
  return { ok: true, url: url.href, config: validated.config };
}

async function fetchText(url: URL): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PREVIEW_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return { ok: false, message: `HTTP ${response.status} ${response.statusText}`.trim() };
    // The body counts against the same time-out: a server that drips never hangs the preview.
    return { ok: true, text: await response.text() };
  } catch (error) {
    if (controller.signal.aborted) {
      return { ok: false, message: `Serwer nie odpowiedział w ciągu ${PREVIEW_TIMEOUT_MS / 1000} s.` };
    }
    const sameOrigin = url.origin === location.origin;
    return {
      ok: false,
      message: `Błąd sieci (${error instanceof Error ? error.message : String(error)}).${sameOrigin ? '' : ' Serwer z konfiguracją musi zezwalać na CORS.'}`,
    };
  } finally {
    clearTimeout(timer);
  }
}

function failure(url: string, title: string, problems: PreviewProblem[]): PreviewResult {
  return { ok: false, url, title, problems };
}

/** Runs the preview on the page: a status note while loading, then the config or the problems. */
export async function previewConfig(raw: string, root: Document): Promise<void> {
  const host = root.querySelector('main .container') ?? root.body;
  const note = element('p', { class: 'preview-note', role: 'status' });
  host.prepend(note);
  // Filled in after insertion, so that screen readers announce it as a status change.
  requestAnimationFrame(() => note.replaceChildren('Wczytywanie konfiguracji: ', element('code', {}, raw), '…'));

  const result = await loadPreviewConfig(raw, root.baseURI);
  if (result.ok) {
    // Another shop's config knows nothing of this page's product: rate all of its reviews.
    for (const element of document.querySelectorAll('candor-rating[product], candor-reviews[product]')) element.removeAttribute('product');
    setPageConfig(result.config);
    note.replaceChildren(
      'Podgląd konfiguracji: ',
      element('code', {}, result.url),
      ' · ',
      element('a', { href: location.pathname }, 'Zakończ podgląd'),
    );
    return;
  }
  note.remove();
  const panel = problemsPanel(result);
  host.prepend(panel);
  panel.querySelector('h2')?.focus();
}

function problemsPanel(result: Extract<PreviewResult, { ok: false }>): HTMLElement {
  const items = result.problems.map((problem) => {
    const parts: (Node | string)[] = [];
    if (problem.line !== undefined) {
      parts.push(element('span', { class: 'problem-where' }, `${problem.line}:${problem.column ?? 1}`), ' ');
    }
    if (problem.pointer !== undefined) {
      parts.push(element('code', { class: 'problem-path' }, problem.pointer === '' ? '(cały plik)' : problem.pointer), ' ');
    }
    parts.push(element('span', { class: 'problem-message' }, problem.message));
    return element('li', {}, ...parts);
  });
  return element(
    'section',
    { class: 'config-problems', 'aria-labelledby': 'config-problems-title' },
    element('h2', { id: 'config-problems-title', tabindex: '-1' }, result.title),
    element(
      'p',
      {},
      'Plik: ',
      element('code', {}, result.url),
      result.problems.some((problem) => problem.line !== undefined)
        ? '. Przy każdym problemie: wiersz:kolumna w pliku i ścieżka JSON.'
        : '.',
      ' Do czasu poprawek sklep pokazuje przykładową konfigurację.',
    ),
    element('ol', {}, ...items),
  );
}

/** A tiny DOM builder: attributes and text children only, so nothing from a config becomes markup. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

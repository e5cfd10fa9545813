import { isServer } from 'lit';

/** The id of the page-level `<script type="application/json">` merchants put their config in. */
export const PAGE_CONFIG_ID = 'candor-config';
const REMOTE_TIMEOUT_MS = 10_000;

/** Where a config stands: still loading, there (not yet validated), or unreadable, with why. */
export type ConfigSource =
  | { state: 'loading' }
  | { state: 'none' }
  | { state: 'ready'; config: unknown }
  | { state: 'error'; message: string };

type Listener = () => void;
const listeners = new Set<Listener>();
let pageOverride: ConfigSource | undefined;
let pageFromScript: ConfigSource | undefined;
const remote = new Map<string, ConfigSource>();

/** Calls `listener` whenever any config source changes; returns the unsubscribe function. */
export function subscribeToConfig(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * Replaces the page config for every Candor element on the page, e.g. for a live preview.
 * Validation happens per element, per section, so a partly broken config still shows the rest.
 */
export function setPageConfig(config: unknown): void {
  pageOverride = { state: 'ready', config };
  notify();
}

/** The page's config: what `setPageConfig` set, else `<script type="application/json" id="candor-config">`. */
export function pageConfig(): ConfigSource {
  if (pageOverride) return pageOverride;
  if (isServer) return { state: 'none' };
  pageFromScript ??= readPageScript();
  return pageFromScript;
}

function readPageScript(): ConfigSource {
  const script = document.getElementById(PAGE_CONFIG_ID);
  if (!script) {
    if (document.readyState === 'loading') {
      // Elements defined in <head> run before the config script is parsed: look again later.
      document.addEventListener('DOMContentLoaded', () => {
        pageFromScript = undefined;
        notify();
      }, { once: true });
      return { state: 'loading' };
    }
    return { state: 'none' };
  }
  return parse(script.textContent ?? '', `#${PAGE_CONFIG_ID}`);
}

/**
 * The browser's own JSON parser: fast, and its message already says where (line and column
 * in Chromium and Firefox). `candor validate` and the preview give the merchant the full story.
 */
function parse(text: string, where: string): ConfigSource {
  try {
    return { state: 'ready', config: JSON.parse(text) as unknown };
  } catch (error) {
    return { state: 'error', message: `${where} is not valid JSON: ${(error as Error).message}` };
  }
}

/**
 * A config fetched from `url`, shared by every element that names the same URL and fetched once.
 * Failures are kept as messages, never thrown: an element must not break the page.
 */
export function remoteConfig(url: string): ConfigSource {
  const absolute = new URL(url, document.baseURI).href;
  const known = remote.get(absolute);
  if (known) return known;
  remote.set(absolute, { state: 'loading' });
  void fetchConfig(absolute).then((source) => {
    remote.set(absolute, source);
    notify();
  });
  return { state: 'loading' };
}

/** Forgets a failed remote config so the next read fetches it again. */
export function retryRemoteConfig(url: string): void {
  const absolute = new URL(url, document.baseURI).href;
  if (remote.get(absolute)?.state === 'error') {
    remote.delete(absolute);
    notify();
  }
}

async function fetchConfig(url: string): Promise<ConfigSource> {
  if (!/^https?:$/.test(new URL(url).protocol)) {
    return { state: 'error', message: `config-src must be an http(s) URL, not ${url}` };
  }
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(REMOTE_TIMEOUT_MS), credentials: 'same-origin' });
    if (!response.ok) return { state: 'error', message: `${url} answered HTTP ${response.status}` };
    return parse(await response.text(), url);
  } catch (error) {
    const reason = error instanceof DOMException && error.name === 'TimeoutError'
      ? `no answer within ${REMOTE_TIMEOUT_MS / 1000} s`
      : String(error);
    return { state: 'error', message: `${url} could not be loaded: ${reason}` };
  }
}

/**
 * The chat facade: until a buyer asks for chat, the page has a button and nothing else — no
 * request to the provider, no script, no cookies. On the buyer's click the provider's script
 * (its address from the config) loads once for the page, then the hub hands over: a
 * `candor-chat-open` event, and, unless the shop's listener calls `preventDefault()`, the
 * provider's own public "open" call.
 *
 * Strict pages: the script element carries the nonce given to the hub (`nonce` attribute,
 * which browsers hide from the DOM and keep in `element.nonce`), and under Trusted Types its
 * address passes through a policy named `candor-chat` that accepts http(s) addresses only.
 */
import { isHttpUrl, type ChatProvider } from '@candor/core';

/** The public "open the chat" call of each provider Candor knows; true once it was made. */
type Opener = (page: ProviderGlobals) => boolean;

/** The globals the providers' scripts define, as far as Candor calls them. */
interface ProviderGlobals {
  tidioChatApi?: { show?: () => void; open?: () => void };
  zE?: (...args: unknown[]) => unknown;
  $crisp?: { push?: (command: unknown[]) => unknown };
  LiveChatWidget?: { call?: (method: string) => unknown };
  Intercom?: (method: string) => unknown;
}

/**
 * Each provider's documented call (Tidio widget SDK `tidioChatApi.open()`; Zendesk messaging
 * Web Widget `zE('messenger', 'open')`; Crisp `$crisp.push(['do', 'chat:open'])`; LiveChat
 * `LiveChatWidget.call('maximize')`; Intercom `Intercom('show')`). Each returns false while the
 * provider's API is not there yet; it usually appears a moment after the script has loaded.
 */
export const CHAT_OPENERS: Readonly<Record<ChatProvider, Opener | undefined>> = {
  tidio: (page) => {
    if (typeof page.tidioChatApi?.open !== 'function') return false;
    page.tidioChatApi.show?.();
    page.tidioChatApi.open();
    return true;
  },
  zendesk: (page) => {
    if (typeof page.zE !== 'function') return false;
    page.zE('messenger', 'open');
    return true;
  },
  crisp: (page) => {
    if (typeof page.$crisp?.push !== 'function') return false;
    page.$crisp.push(['do', 'chat:show']);
    page.$crisp.push(['do', 'chat:open']);
    return true;
  },
  livechat: (page) => {
    if (typeof page.LiveChatWidget?.call !== 'function') return false;
    page.LiveChatWidget.call('maximize');
    return true;
  },
  intercom: (page) => {
    if (typeof page.Intercom !== 'function') return false;
    page.Intercom('show');
    return true;
  },
  custom: undefined,
};

/** How long a provider's API may take to appear after its script loaded. */
export const OPEN_TIMEOUT_MS = 10_000;
const POLL_MS = 100;

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

let policy: ScriptUrlPolicy | null | undefined;

/** The script address as the page's Trusted Types enforcement wants it (a plain string where there is none). */
function scriptUrl(url: string): string {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy = factory
        ? factory.createPolicy('candor-chat', {
            createScriptURL: (value) => {
              if (!isHttpUrl(value)) throw new TypeError(`Candor loads chat scripts from http(s) addresses only, not ${value}`);
              return value;
            },
          })
        : null;
    } catch {
      // The page's CSP names its policies and "candor-chat" is not among them; a string
      // is then refused by the browser, and the hub reports the failure.
      policy = null;
    }
  }
  return (policy ? policy.createScriptURL(url) : url) as string;
}

const loads = new Map<string, Promise<void>>();

/**
 * Loads the provider's script once per page: every hub and every click shares one load. A
 * failed load is forgotten (its script element removed) so that the next click tries again.
 */
export function loadChatScript(url: string, { provider, nonce }: { provider: ChatProvider; nonce?: string | undefined }): Promise<void> {
  if (!isHttpUrl(url)) return Promise.reject(new TypeError(`not an http(s) address: ${url}`));
  let loading = loads.get(url);
  if (!loading) {
    loading = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      if (nonce) script.nonce = nonce;
      // Zendesk's snippet finds its own key through this id.
      if (provider === 'zendesk') script.id = 'ze-snippet';
      // Crisp queues commands in this array until its script replaces it.
      if (provider === 'crisp') (window as unknown as ProviderGlobals).$crisp ??= [] as unknown as ProviderGlobals['$crisp'];
      script.async = true;
      script.addEventListener('load', () => resolve(), { once: true });
      script.addEventListener('error', () => {
        script.remove();
        reject(new Error(`the chat script ${url} did not load`));
      }, { once: true });
      try {
        script.src = scriptUrl(url);
      } catch (error) {
        reject(error);
        return;
      }
      document.head.append(script);
    });
    loads.set(url, loading);
    loading.catch(() => loads.delete(url));
  }
  return loading;
}

/** Asks the provider to open its chat, waiting for its API to appear; false after `timeout` ms. */
export function openProviderChat(provider: ChatProvider, timeout = OPEN_TIMEOUT_MS): Promise<boolean> {
  const opener = CHAT_OPENERS[provider];
  if (!opener) return Promise.resolve(true);
  const page = window as unknown as ProviderGlobals;
  const started = Date.now();
  return new Promise((resolve) => {
    const attempt = () => {
      let opened = false;
      try {
        opened = opener(page);
      } catch {
        opened = false; // the provider's API threw: try again until the time is up
      }
      if (opened) resolve(true);
      else if (Date.now() - started >= timeout) resolve(false);
      else setTimeout(attempt, POLL_MS);
    };
    attempt();
  });
}

/** Forgets every load (tests only). */
export function resetChatLoads(): void {
  loads.clear();
}

import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { loadMessages, messagesFor, resolveLocale, type Locale, type Messages } from '@candor/core';

const hosts = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;

/** One observer for the whole page: a change of any `lang` re-renders every Candor element. */
function watchLang(host: ReactiveControllerHost): void {
  hosts.add(host);
  if (langObserver || isServer) return;
  langObserver = new MutationObserver(() => {
    for (const each of hosts) each.requestUpdate();
  });
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The `lang` of the nearest ancestor that has one, crossing shadow roots. */
export function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/**
 * The language an element speaks: the nearest `lang`, else the shop's locale, else English.
 * Catalogs other than English load lazily. The host asks `resolve()` in `shouldUpdate`, so it
 * never renders a sentence in the wrong language only to replace it a moment later.
 *
 * On the server (@lit-labs/ssr) there is no `shouldUpdate` and no ancestor to read: the first
 * read during a render resolves from the element's own `lang`, else the shop's locale, and
 * only from catalogs already loaded — the server calls `loadMessages(locale)` before rendering.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly shopLocale: () => string | undefined;
  private readonly failed = new Set<Locale>();
  private current = { locale: 'en' as Locale, intlLocale: 'en', messages: messagesFor('en')!, ready: false };
  private resolvedOnServer = false;

  constructor(host: ReactiveControllerHost & HTMLElement, shopLocale: () => string | undefined = () => undefined) {
    this.host = host;
    this.shopLocale = shopLocale;
    host.addController(this);
  }

  /** The catalog's language. */
  get locale(): Locale {
    return this.read().locale;
  }

  /** The locale for `Intl` (may carry a region, e.g. `de-AT`). */
  get intlLocale(): string {
    return this.read().intlLocale;
  }

  get messages(): Messages {
    return this.read().messages;
  }

  /**
   * Whether the host arrived with a server-rendered shadow root (declarative shadow DOM) that its
   * first render will hydrate. That render has to match the server's, so it waits for the words
   * instead of showing a placeholder. Before the first render, a shadow root made in the browser
   * is empty (Lit adopts its styles); a server's holds the rendered content.
   */
  get hydrating(): boolean {
    if (isServer) return false;
    const host = this.host as HTMLElement & { hasUpdated?: boolean };
    return host.hasUpdated === false && (host.shadowRoot?.hasChildNodes() ?? false);
  }

  /** Whether the words of the language to speak are here: until then elements show their placeholder. */
  get ready(): boolean {
    return this.read().ready;
  }

  hostConnected(): void {
    watchLang(this.host);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /**
   * Picks the language for the next render. Returns false while its catalog is loading; the
   * host renders once it arrives. A catalog that fails to load (offline, a blocked chunk)
   * is not waited for again: the element keeps the language it has.
   */
  resolve(): boolean {
    const lang = isServer ? (this.host.getAttribute('lang') ?? undefined) : nearestLang(this.host);
    const { locale, intlLocale } = resolveLocale([lang, this.shopLocale()]);
    const loaded = messagesFor(locale);
    if (loaded) {
      // Words and number formats switch together, so a sentence never mixes two languages.
      this.current = { locale, intlLocale, messages: loaded, ready: true };
      return true;
    }
    if (this.failed.has(locale)) return (this.current.ready = true);
    if (isServer) {
      console.warn(`Candor: the "${locale}" messages are not loaded; \`await loadMessages('${locale}')\` from @candor/core before rendering on the server.`);
      return (this.current.ready = false);
    }
    loadMessages(locale).then(
      () => this.host.requestUpdate(),
      (error: unknown) => {
        this.failed.add(locale);
        console.warn(`Candor: the "${locale}" messages did not load`, error);
        this.host.requestUpdate();
      },
    );
    return (this.current.ready = false);
  }

  private read() {
    if (isServer && !this.resolvedOnServer) {
      this.resolvedOnServer = true;
      this.resolve();
    }
    return this.current;
  }
}

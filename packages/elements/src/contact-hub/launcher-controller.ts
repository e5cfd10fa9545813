import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** What the controller needs from the element that owns the floating launcher. */
export interface LauncherHost extends ReactiveControllerHost, HTMLElement {
  /** Whether the panel is open; the controller closes it when the buyer moves on. */
  open: boolean;
  /** The launcher button, when rendered. */
  launcherButton(): HTMLElement | null;
}

const warned = new Set<string>();

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.width > 0 && a.height > 0 && b.width > 0 && b.height > 0 && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The floating launcher's manners on the page, active only in floating mode:
 * - it never covers focused content (WCAG 2.2, 2.4.11 Focus Not Obscured): when focus lands
 *   outside the hub on something the launcher overlaps, the launcher steps aside until focus
 *   moves on, and an open panel closes (it is a disclosure, not a modal: focus is free to leave);
 * - a press outside the hub closes the panel;
 * - it hides where the config says: page paths, read again after navigation (history, hash,
 *   and the Navigation API where there is one), and CSS selectors, checked again when the
 *   page's DOM changes (at most once per frame).
 * Listeners are added on activation and removed on deactivation and on disconnect.
 */
export class LauncherController implements ReactiveController {
  /** The launcher overlaps the element that has focus: it hides until focus moves on. */
  obscuring = false;
  private readonly host: LauncherHost;
  private active = false;
  private selectors: readonly string[] = [];
  private observer: MutationObserver | undefined;
  private frame: number | undefined;
  private matched = false;
  /** The element outside the hub that has focus, watched while the page scrolls under it. */
  private focused: Element | undefined;
  private guardFrame: number | undefined;

  constructor(host: LauncherHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.deactivate();
  }

  /** Turns the page listeners on (floating mode with a launcher) or off. */
  activate(active: boolean): void {
    if (isServer || active === this.active) return;
    if (!active) return this.deactivate();
    this.active = true;
    document.addEventListener('focusin', this.onFocusIn, true);
    document.addEventListener('pointerdown', this.onPointerDown, true);
    // Focus scrolls its element into view after the focus event, and buyers scroll with focus held.
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
    window.addEventListener('popstate', this.onNavigate);
    window.addEventListener('hashchange', this.onNavigate);
    navigationApi()?.addEventListener('navigatesuccess', this.onNavigate);
    this.observeSelectors();
  }

  private deactivate(): void {
    if (!this.active) return;
    this.active = false;
    this.obscuring = false;
    document.removeEventListener('focusin', this.onFocusIn, true);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    window.removeEventListener('popstate', this.onNavigate);
    window.removeEventListener('hashchange', this.onNavigate);
    navigationApi()?.removeEventListener('navigatesuccess', this.onNavigate);
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    if (this.guardFrame !== undefined) cancelAnimationFrame(this.guardFrame);
    this.guardFrame = undefined;
    this.focused = undefined;
  }

  /**
   * Whether any of `selectors` matches an element of the page now. A selector the browser
   * cannot parse is reported once and ignored.
   */
  matchesSelectors(selectors: readonly string[]): boolean {
    if (isServer) return false;
    if (selectors.join('\u0000') !== this.selectors.join('\u0000')) {
      this.selectors = selectors;
      this.observeSelectors();
    }
    this.matched = selectors.some((selector) => {
      try {
        return document.querySelector(selector) !== null;
      } catch {
        if (!warned.has(selector)) {
          warned.add(selector);
          console.warn(`Candor <${this.host.localName}>: ${JSON.stringify(selector)} in /contact/launcher/hideSelectors is not a CSS selector; it is ignored.`);
        }
        return false;
      }
    });
    return this.matched;
  }

  private observeSelectors(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (!this.active || this.selectors.length === 0) return;
    this.observer = new MutationObserver(() => {
      if (this.frame !== undefined) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = undefined;
        const before = this.matched;
        if (this.matchesSelectors(this.selectors) !== before) this.host.requestUpdate();
      });
    });
    this.observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  }

  private inside(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    if (this.inside(event)) {
      this.focused = undefined;
      this.setObscuring(false);
      return;
    }
    if (this.host.open) this.host.open = false;
    const focused = event.composedPath()[0];
    this.focused = focused instanceof Element ? focused : undefined;
    this.guard();
    // Once more after the browser has scrolled the focused element into view.
    this.onScroll();
  };

  private readonly onScroll = (): void => {
    if (this.focused === undefined || this.guardFrame !== undefined) return;
    this.guardFrame = requestAnimationFrame(() => {
      this.guardFrame = undefined;
      this.guard();
    });
  };

  /** Steps aside while the launcher overlaps the focused element outside the hub. */
  private guard(): void {
    const focused = this.focused;
    const launcher = this.host.launcherButton();
    if (!focused || !launcher || !focused.isConnected || focused !== deepActiveElement()) {
      this.focused = undefined;
      this.setObscuring(false);
      return;
    }
    this.setObscuring(overlaps(launcher.getBoundingClientRect(), focused.getBoundingClientRect()));
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (this.host.open && !this.inside(event)) this.host.open = false;
  };

  private readonly onNavigate = (): void => {
    this.host.requestUpdate();
  };

  private setObscuring(obscuring: boolean): void {
    if (obscuring === this.obscuring) return;
    this.obscuring = obscuring;
    this.host.requestUpdate();
  }
}

/** The Navigation API (Chromium), which tells single-page apps' route changes apart from history. */
function navigationApi(): EventTarget | undefined {
  return (globalThis as { navigation?: EventTarget }).navigation;
}

/** The element that has focus, looked up through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

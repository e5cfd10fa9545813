import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import {
  VALUE_IN_ACTION,
  channelLink,
  channelStatus,
  channelStatusText,
  channelValueText,
  channelsFor,
  checkContactSection,
  holidayCountry,
  isHttpUrl,
  isLauncherHiddenOn,
  languagesText,
  type CandorConfig,
  type ContactChannel,
  type ContactConfig,
  type LauncherConfig,
} from '@candor/core';
import { ConfigController } from '../shared/config-controller.js';
import { LocaleController } from '../shared/locale-controller.js';
import { ClockController } from '../shared/clock-controller.js';
import { hostStyles } from '../shared/host.styles.js';
import { hydrateOrRenderAfresh } from '../shared/hydration.js';
import { contactHubStyles } from './contact-hub.styles.js';
import { CHANNEL_ICONS, CLOSE_ICON, LAUNCHER_ICON } from './icons.js';
import { ChatOpenEvent, ContactEvent, type ContactAction, type ContactPlacement } from './events.js';
import { loadChatScript, openProviderChat } from './chat-facade.js';
import { LauncherController, type LauncherHost } from './launcher-controller.js';

export { ChatOpenEvent, ContactEvent };
export type { ContactAction, ContactPlacement };

/** The element's layouts: cards in the page, or a button that opens a panel of them. */
export type ContactHubMode = ContactPlacement;

type ChatChannel = Extract<ContactChannel, { type: 'chat' }>;
/** What a card says after the buyer did something with it (announced in its live region). */
type Feedback = 'copied' | 'copy-failed' | 'chat-failed';

/** Sections already warned about for hours without a time zone, so a page warns once. */
const warnedWithoutTimeZone = new WeakSet<object>();
const LAUNCHER_OFFSET = 16;
const MAX_OFFSET = 400;

/** The status and reply lines of a card: words, or, before the clock is known, an empty line each. */
interface CardWords {
  status?: string | undefined;
  open?: boolean | undefined;
  reply?: string | undefined;
  pending: boolean;
}

/**
 * Every way to reach the shop, from the merchant config's `contact` section, honest about
 * when: "Open now · until 17:00", "We usually reply within 2 hours", and when closed, when a
 * reply can really be expected ("Expect a reply on Monday by 11:00"), counted in the shop's
 * time zone and opening hours, public holidays included when the config says so. Each card
 * names who answers and the languages spoken. Links are built per channel (tel, sms, mailto,
 * wa.me, m.me, t.me, ig.me, Viber with a number to copy) and only safe schemes reach an `href`.
 *
 * `mode="inline"` (the default) shows the channels as cards where the element stands.
 * `mode="floating"` shows a launcher button in a corner that discloses the same cards (the
 * WAI-ARIA disclosure pattern: `aria-expanded`, Escape closes and returns focus, no focus
 * trap, never opened on its own). It keeps clear of the safe-area insets, steps aside when it
 * would cover the focused element, and hides on the paths and selectors the config lists
 * (`contact.launcher`). Channels appear where their `show` says (`inline`, `floating`, `both`).
 *
 * Live chat is a facade: the provider's script (`script` in the config) loads only when the
 * buyer presses the chat button, never with the page; then `candor-chat-open` fires and
 * Candor opens a known provider's chat (Tidio, Zendesk, Crisp, LiveChat, Intercom) through its
 * public API, unless a listener calls `preventDefault()` to do it itself — the hook for any
 * other provider (`provider: "custom"`). On a page with a CSP nonce, give the element the
 * nonce (`nonce` attribute); under Trusted Types allow the policy `candor-chat`.
 *
 * The status changes exactly at the next opening or closing (one timer, stopped while the
 * element is not in the page). A server-rendered hub shows every card with its status and
 * reply lines empty but already one line high, so nothing moves when the clock fills them in.
 * Set `now` to freeze the clock (stories, screenshots, tests).
 *
 * @summary Contact channels with honest hours and reply times; inline cards or a floating launcher.
 *
 * @fires {ContactEvent} candor-contact - A buyer used a channel: `event.channel` (its type), `event.index` (in the config), `event.action` (`link`, `copy` or `chat`), `event.placement`.
 * @fires {ChatOpenEvent} candor-chat-open - The chat provider's script has loaded on the buyer's request; `preventDefault()` to open the chat yourself. Cancelable.
 *
 * @csspart channels - The list of channel cards.
 * @csspart channel - One channel's card.
 * @csspart icon - The channel's glyph.
 * @csspart label - The channel's name.
 * @csspart value - The number, address or user name, when not in the link text.
 * @csspart link - The link that opens the channel.
 * @csspart chat-button - The button that opens the live chat.
 * @csspart copy - The button that copies a Viber number.
 * @csspart status - "Open now · until 17:00" / "Closed now · opens …".
 * @csspart reply - When a reply can be expected.
 * @csspart person - Who answers.
 * @csspart photo - The person's photo.
 * @csspart languages - The languages spoken.
 * @csspart feedback - A card's live message: copied, or the chat could not be opened.
 * @csspart floating - The floating launcher and its panel (floating mode).
 * @csspart launcher - The floating launcher button.
 * @csspart panel - The panel the launcher opens.
 *
 * @cssprop --candor-contact-gap - Space between cards; 0.75rem by default.
 * @cssprop --candor-contact-card-border - The cards' border; a faint currentColor line by default.
 * @cssprop --candor-contact-open-color - The dot beside "open"; a green that suits the colour scheme by default.
 * @cssprop --candor-contact-closed-color - The dot beside "closed"; a grey by default.
 * @cssprop --candor-contact-launcher-background - The launcher's background; the scheme's text colour by default.
 * @cssprop --candor-contact-launcher-color - The launcher's text and glyph; the scheme's background colour by default.
 * @cssprop --candor-contact-panel-background - The floating panel's background; Canvas by default.
 * @cssprop --candor-contact-z-index - The floating launcher's stacking level; 1000 by default.
 */
export class CandorContactHub extends LitElement implements LauncherHost {
  static override styles = [hostStyles, contactHubStyles];

  static override properties = {
    mode: { reflect: true },
    open: { type: Boolean, reflect: true },
    subject: {},
    now: {},
    config: { attribute: false },
    configSrc: { attribute: 'config-src' },
    chats: { state: true },
    feedback: { state: true },
  };

  /** `inline` (default): cards where the element stands; `floating`: a launcher button in a corner. */
  declare mode: ContactHubMode;
  /** Floating mode: whether the panel is open. Candor opens it only when the buyer presses the launcher. */
  declare open: boolean;
  /** The subject of e-mails written from the hub, e.g. the product asked about; encoded into the `mailto:` link. */
  declare subject: string | undefined;
  /** An ISO instant such as `2026-11-24T10:46:00Z` that freezes the clock. Without it, the live clock. */
  declare now: string | undefined;
  /** A whole merchant config (`candor.json` as an object), instead of the page's. */
  declare config: CandorConfig | undefined;
  /** URL of a `candor.json` to read instead of the page's config. */
  declare configSrc: string | undefined;

  declare private chats: ReadonlyMap<number, 'loading'>;
  declare private feedback: ReadonlyMap<number, Feedback>;

  private readonly merchantConfig = new ConfigController(this, 'contact', checkContactSection);
  private readonly localize = new LocaleController(this, () => this.merchantConfig.shop()?.locale);
  private readonly clock = new ClockController(this);
  private readonly launcher = new LauncherController(this);
  /** Rendered on a server (declarative shadow DOM): the first client render keeps the neutral lines. */
  private serverRendered = false;
  /** When the shown words next change on their own; set by each render. */
  private staleAt: number | undefined;
  /** Whether the last render was in floating mode (drawn or hidden by the config's rules). */
  private floating = false;

  constructor() {
    super();
    this.mode = 'inline';
    this.open = false;
    this.chats = new Map();
    this.feedback = new Map();
  }

  override connectedCallback(): void {
    // A shadow root before Lit makes one came from the server's HTML.
    if (!this.hasUpdated && this.shadowRoot !== null) this.serverRendered = true;
    super.connectedCallback();
  }

  protected override update(changed: PropertyValues<this>): void {
    hydrateOrRenderAfresh(this, () => super.update(changed));
  }

  // Server HTML is hydrated once the words are here; otherwise render (nothing) right away.
  protected override shouldUpdate(): boolean {
    return this.localize.resolve() || !this.localize.hydrating;
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    if (this.serverRendered) {
      this.serverRendered = false;
      this.requestUpdate();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.clock.renewAt(this.staleAt);
    this.launcher.activate(this.floating);
    if (this.floating) this.placeLauncher();
  }

  /** The launcher button (floating mode), for the launcher controller. */
  launcherButton(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part~="launcher"]');
  }

  private placement(): ContactPlacement {
    return this.mode === 'floating' ? 'floating' : 'inline';
  }

  /** The frozen instant when `now` is a valid instant, else undefined (the live clock). */
  private frozenNow(): number | undefined {
    if (!this.now) return undefined;
    const instant = Date.parse(this.now);
    return /T.*(Z|[+-]\d{2}:\d{2})$/.test(this.now) && Number.isFinite(instant) ? instant : undefined;
  }

  override render() {
    this.staleAt = undefined;
    this.floating = false;
    const section = this.merchantConfig.section();
    if (section.status !== 'ready' || !this.localize.ready) return nothing;
    const contact = section.value;
    const placement = this.placement();
    const shown = channelsFor(contact, placement);
    if (shown.length === 0) return nothing;
    // Floating mode watches the page (navigation, focus, hide selectors) even while hidden.
    this.floating = placement === 'floating';
    if (this.floating && this.launcherHidden(contact.launcher)) return nothing;

    const frozen = this.frozenNow();
    // On the server, and in the first render over server HTML, the clock is not known yet.
    const neutral = isServer || this.serverRendered;
    const now = neutral ? undefined : new Date(frozen ?? this.clock.now()).toISOString();
    const changes: number[] = [];
    const cards = shown.map(({ channel, index }) => this.renderCard(channel, index, contact, now, changes));
    if (frozen === undefined && changes.length > 0) this.staleAt = Math.min(...changes);

    const list = html`<ul part="channels" aria-label=${this.localize.messages.contact.channels}>${cards}</ul>`;
    if (placement === 'inline') return list;
    return this.renderLauncher(contact.launcher, list);
  }

  private launcherHidden(launcher: LauncherConfig | undefined): boolean {
    if (isServer) return false;
    return isLauncherHiddenOn(launcher, location.pathname) || this.launcher.matchesSelectors(launcher?.hideSelectors ?? []);
  }

  private renderLauncher(launcher: LauncherConfig | undefined, list: unknown) {
    const messages = this.localize.messages.contact;
    const side = launcher?.side ?? 'end';
    return html`<div part="floating" class="floating ${side}${this.launcher.obscuring ? ' yielding' : ''}" @keydown=${this.onKeydown}>
      <button part="launcher" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="panel" @click=${this.toggle}>
        <svg class="launcher-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${this.open ? CLOSE_ICON : LAUNCHER_ICON}</svg>
        <span>${messages.launcher}</span>
      </button>
      <div part="panel" id="panel" ?hidden=${!this.open}>${list}</div>
    </div>`;
  }

  /** Offsets from the config, through the CSSOM (a strict CSP refuses style attributes). */
  private placeLauncher(): void {
    const section = this.merchantConfig.section();
    const launcher = section.status === 'ready' ? section.value.launcher : undefined;
    const wrapper = this.renderRoot.querySelector<HTMLElement>('[part~="floating"]');
    const clamp = (value: number | undefined) => Math.min(Math.max(value ?? LAUNCHER_OFFSET, 0), MAX_OFFSET);
    wrapper?.style.setProperty('--_offset-x', `${clamp(launcher?.offsetX)}px`);
    wrapper?.style.setProperty('--_offset-y', `${clamp(launcher?.offsetY)}px`);
  }

  /** The status and reply words of one channel at `now`, collecting when they change. */
  private words(channel: ContactChannel, contact: ContactConfig, now: string | undefined, changes: number[]): CardWords {
    if (now === undefined) return { pending: true };
    const hours = channel.hours ?? contact.hours;
    const shop = this.merchantConfig.shop();
    const timeZone = shop?.timeZone;
    if (hours && !timeZone) {
      if (!warnedWithoutTimeZone.has(contact)) {
        warnedWithoutTimeZone.add(contact);
        console.warn(`Candor <${this.localName}>: contact hours are on the shop's clock, but the config has no shop time zone (/shop/timeZone); open/closed and reply times are not shown.`);
      }
      return { pending: false };
    }
    const zone = timeZone ?? 'UTC';
    try {
      const status = channelStatus(channel, contact, now, { timeZone: zone, publicHolidaysOf: holidayCountry(contact, shop?.country) });
      const text = channelStatusText(status, this.localize.messages.contact, {
        locale: this.localize.intlLocale,
        timeZone: zone,
        now,
        viewerTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      });
      if (text.changesAt !== null) changes.push(Date.parse(text.changesAt));
      return { status: text.status, open: text.open, reply: text.reply, pending: false };
    } catch (error) {
      // The schema cannot see every impossible moment (a year past the calendars); the card stays.
      console.warn(`Candor <${this.localName}>: no status for channel ${contact.channels.indexOf(channel)}:`, error);
      return { pending: false };
    }
  }

  private renderCard(channel: ContactChannel, index: number, contact: ContactConfig, now: string | undefined, changes: number[]) {
    const messages = this.localize.messages.contact;
    const locale = this.localize.intlLocale;
    const words = this.words(channel, contact, now, changes);
    const hasHours = (channel.hours ?? contact.hours) !== undefined;
    const timeKnown = !hasHours || this.merchantConfig.shop()?.timeZone !== undefined;
    const value = channelValueText(channel);
    const valueInAction = VALUE_IN_ACTION.has(channel.type);
    const person = channel.person;
    const photo = person?.photo && isHttpUrl(person.photo) ? person.photo : undefined;
    const languages = languagesText(channel.languages ?? [], messages, locale);
    const feedback = this.feedback.get(index);
    const live = channel.type === 'chat' || channel.type === 'viber';

    return html`<li part="channel" class=${channel.type}>
      <svg part="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${CHANNEL_ICONS[channel.type]}</svg>
      <div class="body">
        <p part="label">${channel.label ?? messages.channel(channel.type)}</p>
        ${value && !valueInAction ? html`<p part="value">${value}</p>` : nothing}
        ${this.renderAction(channel, index, valueInAction ? value : undefined)}
        ${hasHours && timeKnown
          ? html`<p part="status" class=${words.pending ? 'pending' : words.open ? 'open' : 'closed'}>${words.pending ? '\u00a0' : words.status}</p>`
          : nothing}
        ${channel.replyMinutes !== undefined && timeKnown ? html`<p part="reply">${words.pending ? '\u00a0' : words.reply}</p>` : nothing}
        ${person
          ? html`<p part="person">
              ${photo ? html`<img part="photo" src=${photo} alt="" width="32" height="32" loading="lazy" decoding="async" />` : nothing}
              <span>${messages.person({ name: person.name, role: person.role })}</span>
            </p>`
          : nothing}
        ${languages ? html`<p part="languages">${languages}</p>` : nothing}
        ${live ? html`<p part="feedback" role="status">${feedback ? this.feedbackText(feedback, channel) : nothing}</p>` : nothing}
      </div>
    </li>`;
  }

  private renderAction(channel: ContactChannel, index: number, value: string | undefined) {
    const messages = this.localize.messages.contact;
    const action = messages.action({ type: channel.type, value });
    if (channel.type === 'chat') {
      const loading = this.chats.get(index) === 'loading';
      return html`<p class="actions">
        <button part="chat-button" type="button" aria-disabled=${loading ? 'true' : 'false'} @click=${() => this.startChat(channel, index)}>
          ${loading ? messages.chatOpening : action}
        </button>
      </p>`;
    }
    const link = channelLink(channel, { subject: this.subject });
    if (!link) return nothing;
    return html`<p class="actions">
      <a part="link" href=${link.href} @click=${() => this.used(channel, index, 'link')}>${action}</a>
      ${link.copy ? html`<button part="copy" type="button" @click=${() => this.copy(channel, index, link.copy!)}>${messages.copyNumber}</button>` : nothing}
    </p>`;
  }

  private feedbackText(feedback: Feedback, channel: ContactChannel): string {
    const messages = this.localize.messages.contact;
    if (feedback === 'copied') return messages.copied;
    if (feedback === 'copy-failed') return messages.copyFailed(channel.type === 'chat' ? '' : channel.value);
    return messages.chatFailed;
  }

  private used(channel: ContactChannel, index: number, action: ContactAction): void {
    this.dispatchEvent(new ContactEvent(channel.type, index, action, this.placement()));
  }

  private setFeedback(index: number, feedback: Feedback | undefined): void {
    const next = new Map(this.feedback);
    if (feedback) next.set(index, feedback);
    else next.delete(index);
    this.feedback = next;
  }

  private async copy(channel: ContactChannel, index: number, number: string): Promise<void> {
    this.used(channel, index, 'copy');
    try {
      await navigator.clipboard.writeText(number);
      this.setFeedback(index, 'copied');
    } catch {
      this.setFeedback(index, 'copy-failed');
    }
  }

  /** Loads the provider's script on the buyer's request, then hands over (see the class docs). */
  private async startChat(channel: ChatChannel, index: number): Promise<void> {
    if (this.chats.get(index) === 'loading') return;
    this.used(channel, index, 'chat');
    this.setFeedback(index, undefined);
    this.chats = new Map(this.chats).set(index, 'loading');
    let opened = false;
    try {
      await loadChatScript(channel.script, { provider: channel.provider, nonce: this.nonce || undefined });
      const handOver = new ChatOpenEvent(channel.provider, channel.script);
      this.dispatchEvent(handOver);
      opened = handOver.defaultPrevented || (await openProviderChat(channel.provider));
      if (!opened) console.warn(`Candor <${this.localName}>: the ${channel.provider} chat did not open: its script loaded, but its API did not appear.`);
    } catch (error) {
      console.warn(`Candor <${this.localName}>: the chat could not be opened:`, error);
    }
    const chats = new Map(this.chats);
    chats.delete(index);
    this.chats = chats;
    if (!opened) {
      this.setFeedback(index, 'chat-failed');
      return;
    }
    // The provider's window takes over: the panel steps out of its way, focus back on the launcher.
    if (this.open) {
      this.open = false;
      this.launcherButton()?.focus();
    }
  }

  private toggle(): void {
    this.open = !this.open;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    this.open = false;
    this.launcherButton()?.focus();
  }
}

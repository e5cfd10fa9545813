import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkShopSection, type CandorConfig, type SectionCheck, type SectionName, type ShopConfig } from '@candor/core';
import { PAGE_CONFIG_ID, pageConfig, remoteConfig, subscribeToConfig, type ConfigSource } from './config-store.js';

/** What an element needs to find its config: a `config` property, else `config-src`, else the page. */
export interface ConfigHost extends ReactiveControllerHost, HTMLElement {
  config?: unknown;
  configSrc?: string;
}

export type SectionState<S extends SectionName> =
  | { status: 'loading' }
  | { status: 'absent' }
  | { status: 'ready'; value: NonNullable<CandorConfig[S]> }
  | { status: 'invalid' }
  | { status: 'error'; message: string };

type Check<S extends SectionName> = (value: unknown) => SectionCheck<S>;
// Validation is per config object and section, shared by all elements reading the same config.
const checked = new WeakMap<object, Map<SectionName, SectionCheck<SectionName>>>();
const described = new WeakSet<SectionCheck<SectionName>>();
const reported = new Set<string>();

/** Logs a config problem once per page, however many elements meet it. */
function reportOnce(tag: string, message: string): void {
  const line = `Candor <${tag}>: ${message}`;
  if (reported.has(line)) return;
  reported.add(line);
  console.warn(line);
}

function checkOnce<S extends SectionName>(config: object, section: S, check: Check<S>): SectionCheck<S> {
  let sections = checked.get(config);
  if (!sections) checked.set(config, (sections = new Map()));
  let result = sections.get(section) as SectionCheck<S> | undefined;
  if (!result) sections.set(section, (result = check((config as Record<string, unknown>)[section])));
  return result;
}

/** Words a failed check (its messages load on demand) and logs each problem once. */
function reportProblems(tag: string, where: string, result: SectionCheck<SectionName> & { ok: false }): void {
  if (described.has(result)) return;
  described.add(result);
  result.describe().then(
    (errors) => {
      for (const error of errors) reportOnce(tag, `${where}: ${error.path} ${error.message} — this part is not shown until it is fixed.`);
    },
    () => reportOnce(tag, `${where} is invalid; run \`npx candor validate\` on it for details.`),
  );
}

/**
 * Gives an element one validated section of the merchant config and re-renders it when the
 * config changes. An invalid or missing section is reported once, with its JSON pointer;
 * the element then renders nothing visible, and the page goes on.
 *
 * Each element passes its section's own check (`checkDeliverySection` …), so its bundle
 * carries only the checks it needs; the wording of problems loads only when there are some.
 */
export class ConfigController<S extends SectionName> implements ReactiveController {
  private readonly host: ConfigHost;
  private readonly sectionName: S;
  private readonly check: Check<S>;
  private lastGood?: NonNullable<CandorConfig[S]>;
  private unsubscribe?: () => void;

  constructor(host: ConfigHost, section: S, check: Check<S>) {
    this.host = host;
    this.sectionName = section;
    this.check = check;
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = subscribeToConfig(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** The raw config object in force, or why there is none, and where it comes from (for messages). */
  private source(): ConfigSource & { where: string } {
    if (this.host.config !== undefined) return { state: 'ready', config: this.host.config, where: 'the config property' };
    if (this.host.configSrc) return { ...remoteConfig(this.host.configSrc), where: this.host.configSrc };
    return { ...pageConfig(), where: `#${PAGE_CONFIG_ID}` };
  }

  /**
   * This element's section, or why it is not there (reported once in the console). While a
   * new config loads, when it cannot be fetched, or when an endpoint (`config-src`) answers
   * with a broken one, the last good section stays on screen: a fault never takes away what
   * the buyer already sees. A broken config handed over directly (property or page script)
   * is the developer's to fix, and shows nothing, as DESIGN.md says.
   */
  section(): SectionState<S> {
    const state = this.read(this.sectionName, this.check, true);
    const fault = state.status === 'loading' || state.status === 'error' || (state.status === 'invalid' && this.isRemote());
    if (state.status === 'ready') this.lastGood = state.value;
    else if (fault && this.lastGood !== undefined) {
      return { status: 'ready', value: this.lastGood };
    }
    return state;
  }

  private isRemote(): boolean {
    return this.host.config === undefined && Boolean(this.host.configSrc);
  }

  /** The `shop` section when it is there and valid: locale, currency, name. Read quietly. */
  shop(): ShopConfig | undefined {
    const shop = this.read('shop', checkShopSection, false);
    return shop.status === 'ready' ? shop.value : undefined;
  }

  /**
   * Another section this element can use but does not need (the size guide's fit line from
   * `reviews`): its value when it is there and valid, else `undefined`. Read quietly: its
   * own element reports its problems.
   */
  optional<T extends SectionName>(name: T, check: Check<T>): NonNullable<CandorConfig[T]> | undefined {
    const state = this.read(name, check, false);
    return state.status === 'ready' ? state.value : undefined;
  }

  private read<T extends SectionName>(name: T, check: Check<T>, required: boolean): SectionState<T> {
    const tag = this.host.localName;
    const source = this.source();
    const { where } = source;
    if (source.state === 'loading') return { status: 'loading' };
    if (source.state === 'error') {
      reportOnce(tag, source.message);
      return { status: 'error', message: source.message };
    }
    if (source.state === 'none') {
      if (required) reportOnce(tag, `no config: give the element a \`config\` property or \`config-src\`, or add <script type="application/json" id="candor-config"> to the page.`);
      return { status: 'absent' };
    }
    const config = source.config;
    if (typeof config !== 'object' || config === null || Array.isArray(config)) {
      reportOnce(tag, `${where}: the config must be a JSON object ({ … }).`);
      return { status: 'invalid' };
    }
    if ((config as Record<string, unknown>)[name] === undefined) {
      if (required) reportOnce(tag, `${where} has no "${name}" section (/${name}).`);
      return { status: 'absent' };
    }
    const result = checkOnce(config, name, check);
    if (!result.ok) {
      if (required) reportProblems(tag, where, result);
      return { status: 'invalid' };
    }
    return { status: 'ready', value: result.value };
  }
}

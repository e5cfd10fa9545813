import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validateShopSection, type CandorConfig, type ConfigError, type SectionName, type SectionResult, type ShopConfig } from '@candor/core';
import { pageConfig, remoteConfig, subscribeToConfig, type ConfigSource } from './config-store.js';

/** What an element needs to find its config: a `config` property, else `config-src`, else the page. */
export interface ConfigHost extends ReactiveControllerHost, HTMLElement {
  config?: unknown;
  configSrc?: string;
}

export type SectionState<S extends SectionName> =
  | { status: 'loading' }
  | { status: 'absent' }
  | { status: 'ready'; value: NonNullable<CandorConfig[S]> }
  | { status: 'invalid'; errors: ConfigError[] }
  | { status: 'error'; message: string };

type Validate<S extends SectionName> = (value: unknown) => SectionResult<S>;
// Validation is per config object and section, shared by all elements reading the same config.
const validated = new WeakMap<object, Map<SectionName, SectionResult<SectionName>>>();
const reported = new Set<string>();

/** Logs a config problem once per page, however many elements meet it. */
function reportOnce(tag: string, message: string): void {
  const line = `Candor <${tag}>: ${message}`;
  if (reported.has(line)) return;
  reported.add(line);
  console.warn(line);
}

function validate<S extends SectionName>(config: object, section: S, check: Validate<S>): SectionResult<S> {
  let sections = validated.get(config);
  if (!sections) validated.set(config, (sections = new Map()));
  let result = sections.get(section) as SectionResult<S> | undefined;
  if (!result) sections.set(section, (result = check((config as Record<string, unknown>)[section])));
  return result;
}

/**
 * Gives an element one validated section of the merchant config and re-renders it when the
 * config changes. An invalid or missing section is reported once, with its JSON pointer;
 * the element then renders nothing visible, and the page goes on.
 *
 * Each element passes its section's own validator (`validateDeliverySection` …), so its
 * bundle carries only the checks it needs.
 */
export class ConfigController<S extends SectionName> implements ReactiveController {
  private readonly host: ConfigHost;
  private readonly sectionName: S;
  private readonly check: Validate<S>;
  private unsubscribe?: () => void;

  constructor(host: ConfigHost, section: S, check: Validate<S>) {
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

  /** The raw config object in force, or why there is none. */
  private source(): ConfigSource {
    if (this.host.config !== undefined) return { state: 'ready', config: this.host.config };
    if (this.host.configSrc) return remoteConfig(this.host.configSrc);
    return pageConfig();
  }

  /** This element's section, or why it is not there (reported once in the console). */
  section(): SectionState<S> {
    return this.read(this.sectionName, this.check, true);
  }

  /** The `shop` section when it is there and valid: locale, currency, name. Read quietly. */
  shop(): ShopConfig | undefined {
    const shop = this.read('shop', validateShopSection, false);
    return shop.status === 'ready' ? shop.value : undefined;
  }

  private read<T extends SectionName>(name: T, check: Validate<T>, required: boolean): SectionState<T> {
    const tag = this.host.localName;
    const source = this.source();
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
      reportOnce(tag, 'the config must be a JSON object ({ … }).');
      return { status: 'invalid', errors: [{ path: '', message: 'the config must be a JSON object' }] };
    }
    if ((config as Record<string, unknown>)[name] === undefined) {
      if (required) reportOnce(tag, `the config has no "${name}" section (/${name}).`);
      return { status: 'absent' };
    }
    const result = validate(config, name, check);
    if (!result.ok) {
      if (required) {
        for (const error of result.errors) reportOnce(tag, `${error.path} ${error.message} — this part is not shown until candor.json is fixed.`);
      }
      return { status: 'invalid', errors: result.errors };
    }
    return { status: 'ready', value: result.value };
  }
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validateSection, type CandorConfig, type ConfigError, type SectionName } from '@candor/core';
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

type Validated = ReturnType<typeof validateSection>;
// Validation is per config object and section, shared by all elements reading the same config.
const validated = new WeakMap<object, Map<SectionName, Validated>>();
const reported = new Set<string>();

/** Logs a config problem once per page, however many elements meet it. */
function reportOnce(tag: string, message: string): void {
  const line = `Candor <${tag}>: ${message}`;
  if (reported.has(line)) return;
  reported.add(line);
  console.warn(line);
}

function validate(config: object, section: SectionName): Validated {
  let sections = validated.get(config);
  if (!sections) validated.set(config, (sections = new Map()));
  let result = sections.get(section);
  if (!result) sections.set(section, (result = validateSection(section, (config as Record<string, unknown>)[section])));
  return result;
}

/**
 * Gives an element one validated section of the merchant config and re-renders it when the
 * config changes. An invalid or missing section is reported once, with its JSON pointer;
 * the element then renders nothing visible, and the page goes on.
 */
export class ConfigController<S extends SectionName> implements ReactiveController {
  private readonly host: ConfigHost;
  private readonly sectionName: S;
  private unsubscribe?: () => void;

  constructor(host: ConfigHost, section: S) {
    this.host = host;
    this.sectionName = section;
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

  /** This element's section. `required: false` reads it quietly, for optional extras like `shop`. */
  section(): SectionState<S>;
  section<T extends SectionName>(name: T, options: { required: boolean }): SectionState<T>;
  section(name: SectionName = this.sectionName, { required } = { required: true }): SectionState<SectionName> {
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
    const result = validate(config, name);
    if (!result.ok) {
      for (const error of result.errors) reportOnce(tag, `${error.path} ${error.message} — this part is not shown until candor.json is fixed.`);
      return { status: 'invalid', errors: result.errors };
    }
    return { status: 'ready', value: result.value };
  }
}

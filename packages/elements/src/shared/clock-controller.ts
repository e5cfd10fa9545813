import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

const MINUTE = 60_000;
/** The longest single wait: a laptop that sleeps through a timer wakes up to a fresh render. */
export const MAX_WAIT = 6 * 60 * 60 * 1000;

/** The next whole minute after `now` (ms since the epoch), when a countdown in minutes changes. */
export function nextMinute(now: number): number {
  return (Math.floor(now / MINUTE) + 1) * MINUTE;
}

/**
 * Re-renders its host when what it shows goes stale: at an instant the host names after each
 * render (a cut-off, the next minute of a countdown, an opening time), when the tab becomes
 * visible again, and at most `MAX_WAIT` apart. One `setTimeout` at a time, none while
 * disconnected, none on the server.
 *
 * The host calls `renewAt(instant)` from `updated()`, or `renewAt(undefined)` when its text
 * cannot change on its own (a frozen `now`).
 */
export class ClockController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** The current instant, in ms since the epoch. */
  now(): number {
    return Date.now();
  }

  /** Whether a timer is pending (for tests and the contact hub's "open now"). */
  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    if (isServer) return;
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
    if (isServer) return;
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
  }

  /** Asks for a render at `instant` (ms since the epoch), replacing any earlier request. */
  renewAt(instant: number | undefined): void {
    this.stop();
    if (instant === undefined || !this.connected || isServer) return;
    const wait = Math.min(Math.max(instant - this.now(), 0), MAX_WAIT);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, wait);
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  // Timers are throttled in background tabs and stop during sleep: catch up on return.
  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.host.requestUpdate();
  };
}

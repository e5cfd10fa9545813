import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LitElement, html } from 'lit';
import { ClockController, MAX_WAIT, nextMinute } from './clock-controller.js';

/** A host that shows the minute it rendered in and asks to be renewed at `renewal`. */
class ClockHost extends LitElement {
  readonly clock = new ClockController(this);
  renders = 0;
  renewal: (now: number) => number | undefined = () => undefined;

  override render() {
    this.renders += 1;
    return html`${new Date(this.clock.now()).toISOString()}`;
  }

  protected override updated(): void {
    this.clock.renewAt(this.renewal(this.clock.now()));
  }
}
customElements.define('clock-host', ClockHost);

/** Lets pending Lit updates finish without real timers. */
async function flush(host: ClockHost): Promise<void> {
  for (let round = 0; round < 3; round += 1) await host.updateComplete;
}

let host: ClockHost;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(new Date('2026-11-24T10:46:30Z'));
  host = document.createElement('clock-host') as ClockHost;
});

afterEach(() => {
  host.remove();
  vi.useRealTimers();
});

describe('nextMinute', () => {
  it('is the next whole minute, strictly after now', () => {
    expect(nextMinute(Date.parse('2026-11-24T10:46:30Z'))).toBe(Date.parse('2026-11-24T10:47:00Z'));
    expect(nextMinute(Date.parse('2026-11-24T10:47:00Z'))).toBe(Date.parse('2026-11-24T10:48:00Z'));
  });
});

describe('ClockController', () => {
  it('re-renders its host at the instant asked for, and only then', async () => {
    host.renewal = (now) => nextMinute(now);
    document.body.append(host);
    await flush(host);
    expect(host.renders).toBe(1);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(host.renders).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await flush(host);
    expect(host.renders).toBe(2);
    expect(host.shadowRoot!.textContent).toContain('10:47:00');
    await vi.advanceTimersByTimeAsync(60_000);
    await flush(host);
    expect(host.renders).toBe(3);
  });

  it('keeps one timer at a time', async () => {
    host.renewal = (now) => now + 60_000;
    document.body.append(host);
    await flush(host);
    for (let each = 0; each < 5; each += 1) {
      host.requestUpdate();
      await flush(host);
    }
    expect(vi.getTimerCount()).toBe(1);
  });

  it('never waits longer than six hours, to survive a sleeping laptop', async () => {
    host.renewal = (now) => now + 3 * 24 * 60 * 60 * 1000;
    document.body.append(host);
    await flush(host);
    await vi.advanceTimersByTimeAsync(MAX_WAIT - 1);
    expect(host.renders).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await flush(host);
    expect(host.renders).toBe(2);
  });

  it('sets no timer when nothing changes on its own', async () => {
    document.body.append(host);
    await flush(host);
    expect(host.clock.scheduled).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops when the host is disconnected, and starts again when it returns', async () => {
    host.renewal = (now) => nextMinute(now);
    document.body.append(host);
    await flush(host);
    expect(host.clock.scheduled).toBe(true);
    host.remove();
    expect(host.clock.scheduled).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(host.renders).toBe(1);
    document.body.append(host);
    host.requestUpdate();
    await flush(host);
    expect(host.clock.scheduled).toBe(true);
  });

  it('re-renders when the tab becomes visible again, and not after disconnecting', async () => {
    document.body.append(host);
    await flush(host);
    expect(document.visibilityState).toBe('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await flush(host);
    expect(host.renders).toBe(2);
    host.remove();
    document.dispatchEvent(new Event('visibilitychange'));
    await flush(host);
    expect(host.renders).toBe(2);
  });
});

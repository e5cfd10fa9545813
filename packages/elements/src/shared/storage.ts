import { isServer } from 'lit';

/**
 * A visitor's preference kept in `localStorage`, e.g. the unit a size chart is read in.
 * Storage may be missing (the server), disabled, full, or throw on access (Safari's private
 * mode of old, sandboxed frames, blocked third-party storage): a preference is then simply
 * not remembered, and the page goes on.
 */
export function readPreference(key: string): string | undefined {
  if (isServer) return undefined;
  try {
    return globalThis.localStorage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Remembers `value` under `key`; returns whether it was stored. */
export function writePreference(key: string, value: string): boolean {
  if (isServer) return false;
  try {
    globalThis.localStorage?.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

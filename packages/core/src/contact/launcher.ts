/**
 * Which channels appear where, and where the floating launcher stays away: rules of the
 * `contact` section that a page applies with its own path.
 */
import type { ContactChannel, ContactConfig, LauncherConfig } from '../schema/types.js';

/** The inline hub on the page, or the floating launcher's panel. */
export type ContactPlacementKind = 'inline' | 'floating';

/** The channels shown in `placement`, in the config's order, each with its index in `channels`. */
export function channelsFor(contact: Pick<ContactConfig, 'channels'>, placement: ContactPlacementKind): { channel: ContactChannel; index: number }[] {
  return contact.channels
    .map((channel, index) => ({ channel, index }))
    .filter(({ channel }) => (channel.show ?? 'both') === 'both' || channel.show === placement);
}

/** A path without its trailing slashes ("/" stays "/"). */
const trimmed = (path: string) => path.replace(/(.)\/+$/, '$1');

/**
 * Whether the launcher hides on `pathname` (e.g. `location.pathname`): a listed path matches
 * itself, with or without a trailing slash; one ending in "*" matches everything that starts
 * with what comes before it ("/checkout*" hides "/checkout", "/checkout/payment" and "/checkout-guest").
 */
export function isLauncherHiddenOn(launcher: Pick<LauncherConfig, 'hidePaths'> | undefined, pathname: string): boolean {
  const path = trimmed(pathname);
  return (launcher?.hidePaths ?? []).some((pattern) =>
    pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : trimmed(pattern) === path,
  );
}

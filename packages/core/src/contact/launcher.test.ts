import { describe, expect, it } from 'vitest';
import type { ContactConfig } from '../schema/types.js';
import { channelsFor, isLauncherHiddenOn } from './launcher.js';

describe('channelsFor', () => {
  const contact: ContactConfig = {
    channels: [
      { type: 'phone', value: '+48 12 345 67 89' },
      { type: 'email', value: 'a@shop.example', show: 'inline' },
      { type: 'whatsapp', value: '+48 600 123 456', show: 'floating' },
      { type: 'sms', value: '+48 600 123 456', show: 'both' },
    ],
  };
  it('shows a channel where its `show` says, both by default, keeping its index', () => {
    expect(channelsFor(contact, 'inline').map(({ channel, index }) => [channel.type, index])).toEqual([['phone', 0], ['email', 1], ['sms', 3]]);
    expect(channelsFor(contact, 'floating').map(({ channel, index }) => [channel.type, index])).toEqual([['phone', 0], ['whatsapp', 2], ['sms', 3]]);
  });
});

describe('isLauncherHiddenOn', () => {
  const launcher = { hidePaths: ['/koszyk', '/zamowienie*', '/'] };
  it('matches listed paths exactly, with or without a trailing slash, and "*" as a prefix', () => {
    expect(isLauncherHiddenOn(launcher, '/koszyk')).toBe(true);
    expect(isLauncherHiddenOn(launcher, '/koszyk/')).toBe(true);
    expect(isLauncherHiddenOn(launcher, '/koszyki')).toBe(false);
    expect(isLauncherHiddenOn(launcher, '/koszyk/1')).toBe(false);
    expect(isLauncherHiddenOn(launcher, '/zamowienie')).toBe(true);
    expect(isLauncherHiddenOn(launcher, '/zamowienie/platnosc')).toBe(true);
    expect(isLauncherHiddenOn(launcher, '/')).toBe(true);
    expect(isLauncherHiddenOn({ hidePaths: ['/koszyk'] }, '/')).toBe(false);
    expect(isLauncherHiddenOn(undefined, '/koszyk')).toBe(false);
  });
});

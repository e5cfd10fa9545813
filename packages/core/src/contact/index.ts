export {
  openingStatus, openingDetails, isOpen, addOpeningMinutes, nextMidnight, OPENING_HORIZON_DAYS, MAX_OPENING_HORIZON_DAYS,
  type OpeningDetails, type OpeningOptions,
} from './hours.js';
export { channelLink, channelValueText, isSafeHref, e164, SAFE_LINK_SCHEMES, VALUE_IN_ACTION, type ChannelLink, type LinkOptions } from './links.js';
export {
  channelStatus, channelHours, holidayCountry, replyExpectation,
  type ChannelStatus, type ChannelStatusOptions, type ReplyExpectation,
} from './status.js';
export { channelStatusText, languagesText, replyDuration, type ChannelStatusText, type ContactTextOptions } from './text.js';
export { contactJsonLd, type ContactPointJsonLd, type ContactJsonLdOptions, type OpeningHoursSpecificationJsonLd } from './json-ld.js';
export { channelsFor, isLauncherHiddenOn, type ContactPlacementKind } from './launcher.js';

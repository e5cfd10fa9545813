import type { ChatProvider, ContactChannelType } from '@candor/core';

/** Where the channel was used: a card of the inline hub, or the floating launcher's panel. */
export type ContactPlacement = 'inline' | 'floating';

/** What the buyer did: followed the channel's link, copied its number, or asked for the chat. */
export type ContactAction = 'link' | 'copy' | 'chat';

/**
 * A buyer used a contact channel. For the shop's own analytics: Candor itself tracks nothing,
 * and the event carries nothing about the buyer, only which channel of the config was used.
 */
export class ContactEvent extends Event {
  static readonly type = 'candor-contact';
  /** The kind of channel, e.g. `whatsapp`. */
  readonly channel: ContactChannelType;
  /** The channel's position in the config's `contact.channels`. */
  readonly index: number;
  readonly action: ContactAction;
  readonly placement: ContactPlacement;

  constructor(channel: ContactChannelType, index: number, action: ContactAction, placement: ContactPlacement) {
    super(ContactEvent.type, { bubbles: true, composed: true });
    this.channel = channel;
    this.index = index;
    this.action = action;
    this.placement = placement;
  }
}

/**
 * The buyer asked for chat and the provider's script has loaded: the moment to hand over.
 * Candor then opens the chat of a provider it knows (Tidio, Zendesk, Crisp, LiveChat,
 * Intercom) through that provider's public API. Call `preventDefault()` to open it yourself
 * instead; for `provider: 'custom'` this event is the only hand-over.
 */
export class ChatOpenEvent extends Event {
  static readonly type = 'candor-chat-open';
  readonly provider: ChatProvider;
  /** The script address from the config, now loaded. */
  readonly script: string;

  constructor(provider: ChatProvider, script: string) {
    super(ChatOpenEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.provider = provider;
    this.script = script;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'candor-contact': ContactEvent;
    'candor-chat-open': ChatOpenEvent;
  }
}

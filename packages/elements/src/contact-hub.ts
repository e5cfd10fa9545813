import { CandorContactHub, ChatOpenEvent, ContactEvent } from './contact-hub/contact-hub.js';
import { defineElement } from './shared/define.js';

export { CandorContactHub, ChatOpenEvent, ContactEvent };
export type { ContactAction, ContactHubMode, ContactPlacement } from './contact-hub/contact-hub.js';

defineElement('candor-contact-hub', CandorContactHub);

declare global {
  interface HTMLElementTagNameMap {
    'candor-contact-hub': CandorContactHub;
  }
}

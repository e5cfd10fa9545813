import { CandorDeliveryNotice, CarrierChangeEvent } from './delivery-notice/delivery-notice.js';
import { defineElement } from './shared/define.js';

export { CandorDeliveryNotice, CarrierChangeEvent };

defineElement('candor-delivery-notice', CandorDeliveryNotice);

declare global {
  interface HTMLElementTagNameMap {
    'candor-delivery-notice': CandorDeliveryNotice;
  }
}

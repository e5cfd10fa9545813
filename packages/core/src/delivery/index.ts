export {
  estimateDelivery, deliveryDetails,
  type DeliveryEstimate, type DeliveryDetails, type DeliveryQuery, type CarrierEstimate, type StockState,
} from './estimate.js';
export { shippingDetailsJsonLd, type ShippingDetailsJsonLd } from './json-ld.js';
export {
  deliveryNoticeText, noDeliveryText, lineText, minutesLeft, NOTICE_DATE,
  type DeliveryNoticeText, type NoticeLine, type NoticeSegment, type NoticeTextOptions,
} from './notice-text.js';

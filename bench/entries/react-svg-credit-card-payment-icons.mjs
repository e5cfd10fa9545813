// The payment-icon component a shop renders (it picks any card's icon by name, so all icons come along).
export { PaymentIcon } from 'react-svg-credit-card-payment-icons';

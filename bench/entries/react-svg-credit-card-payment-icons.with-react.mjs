// react-svg-credit-card-payment-icons with React + ReactDOM bundled in, as on a page that has no React of its own.
export * from './react-svg-credit-card-payment-icons.mjs';
export * from './react-dom-client.mjs';

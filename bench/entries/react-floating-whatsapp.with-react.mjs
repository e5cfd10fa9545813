// react-floating-whatsapp with React + ReactDOM bundled in, as on a page that has no React of its own.
export * from './react-floating-whatsapp.mjs';
export * from './react-dom-client.mjs';

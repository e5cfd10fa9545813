// react-google-reviews with React + ReactDOM bundled in, as on a page that has no React of its own.
export * from './react-google-reviews.mjs';
export * from './react-dom-client.mjs';

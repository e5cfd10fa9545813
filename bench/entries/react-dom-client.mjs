// React + ReactDOM's client, added to a React peer for the "+ React" rows: what mounting it needs.
export { createElement } from 'react';
export { createRoot } from 'react-dom/client';

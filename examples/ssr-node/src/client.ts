// The browser half of the SSR example. Hydration support must be evaluated before any Lit
// element is defined: it teaches LitElement to adopt the server's declarative shadow DOM
// instead of rendering again. Then the elements are registered and hydrate as they upgrade.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@candor/elements';

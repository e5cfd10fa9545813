// Shoelace's dialog as a shop loads it: the component entry registers <sl-dialog> (Lit included).
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';

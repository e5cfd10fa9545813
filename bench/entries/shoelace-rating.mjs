// Shoelace's rating as a shop loads it: the component entry registers <sl-rating> (Lit included).
import '@shoelace-style/shoelace/dist/components/rating/rating.js';

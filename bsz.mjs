import { measureEntry } from './bench/sizes.mjs';
for (const e of process.argv.slice(2)) { const r = await measureEntry(e); console.log(e, (r.minified/1024).toFixed(1), (r.gzip/1024).toFixed(1), (r.brotli/1024).toFixed(1), r.lazyChunks); }

import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// No React plugin needed: Vite compiles TSX with React's automatic runtime by itself, and this
// example needs no fast refresh. `@candor/react` resolves through the npm workspace to its build.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  build: { outDir: 'dist', emptyOutDir: true },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './vite-precompress.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

// Built into dist/web, which the API serves at / (apps/api/src/web). The manifest lets the bundle budget check
// (test/browser/bundle-budget) know which chunks the first page loads.
export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    sourcemap: false,
  },
  oxc: { jsx: { runtime: 'automatic' } },
  plugins: [precompress()],
  server: { proxy: { '/graphql': 'http://localhost:3000' } },
});

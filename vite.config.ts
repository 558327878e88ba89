/**
 * The web app's build: `web/` is the Vite root; the output goes to `dist/web`, which the server
 * serves at `/`. `@server/…` reaches the server's sources, for types only (the TypeBox schemas'
 * `Static` types and the presenters' interfaces), so nothing is copied by hand.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./web'),
  plugins: [react()],
  resolve: { alias: { '@server': here('./src') } },
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});

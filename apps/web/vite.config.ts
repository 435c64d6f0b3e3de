import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The worker app; the gateway serves `dist/` (GATEWAY_WEB_DIST_DIR) and `npm start` builds it. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // check-bundle-budget.ts reads which chunks the first load needs from it.
    manifest: true,
    // The gzipped first-load budget (check-bundle-budget.ts) is the limit that counts, not Vite's minified-size warning.
    chunkSizeWarningLimit: 1_000,
  },
  server: {
    // `npx nx serve web` against a gateway started by `npm start`.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});

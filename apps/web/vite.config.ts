import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** The worker app; the gateway serves `dist/` (GATEWAY_WEB_DIST_DIR) and `npm start` builds it. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [
    react(),
    // Installable, and it opens without signal: the service worker keeps the app's files and the last page it was
    // served. Never the API's answers, which are personal, except the category list an offline report needs.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      includeAssets: ['icons/apple-touch-icon.png'],
      manifest: {
        name: '驿站 Waystation',
        short_name: '驿站',
        description: '户外工作者驿站：附近的驿站、随手拍、积分 · Stations, snap-and-report and points for outdoor workers',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b5d3b',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['assets/**/*.{js,css}', 'icons/*.png'],
        // The desk consoles are for staff at a desk, online: a worker's phone never stores them.
        globIgnores: ['assets/console-app-*'],
        // The page is the gateway's (it fills in settings), so it is kept from the network, never from the build.
        navigateFallback: null,
        runtimeCaching: [
          {
            urlPattern: ({ request }) => request.mode === 'navigate',
            handler: 'NetworkFirst',
            options: { cacheName: 'pages', networkTimeoutSeconds: 4, expiration: { maxEntries: 1 } },
          },
          {
            urlPattern: ({ url, request }) => request.method === 'GET' && url.pathname === '/api/v1/report-categories',
            handler: 'NetworkFirst',
            options: { cacheName: 'report-categories', networkTimeoutSeconds: 4, expiration: { maxEntries: 4 } },
          },
        ],
      },
    }),
  ],
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

/**
 * Offline use and installation: vite-plugin-pwa writes the web app manifest and a Workbox service
 * worker (generateSW) that precaches the whole build — every screen's chunk, every scenario and every
 * shipped scenario version, the tutor's and assessor's workspaces once they exist — so after one
 * visit Defuse runs with the network off. `registerType: 'prompt'`: a new version waits until the
 * learner accepts it (src/app/offline/), so a session in progress is never reloaded from under them.
 * The app registers the worker itself (injectRegister: null), after the first paint and through its
 * Trusted Types policy.
 */
import { VitePWA } from 'vite-plugin-pwa';

export const offlinePlugin = () =>
  VitePWA({
    registerType: 'prompt',
    injectRegister: null,
    includeAssets: ['favicon.svg'],
    manifest: {
      name: 'Defuse — practise handling difficult customers',
      short_name: 'Defuse',
      description: 'Practise de-escalating difficult customers in public service roles.',
      lang: 'en-GB',
      start_url: '.',
      scope: '.',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#1d3557',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      // Hash routes: every navigation is index.html.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // One script: the worker's own Content-Security-Policy (the preview header) requires Trusted
      // Types, and a separate Workbox runtime would be loaded with importScripts from a plain string.
      inlineWorkboxRuntime: true,
      // The largest chunk is far below this; the limit only guards against a silent skip.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });

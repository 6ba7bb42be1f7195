/**
 * How the build is delivered: the strict Content-Security-Policy as a meta tag in index.html (build
 * only: the dev server's hot reload needs inline scripts), brotli and gzip copies of every asset, and
 * a preview server that sends those copies and the policy as a header (scripts/delivery/).
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, headerPolicy } from './delivery/csp';
import { precompress } from './delivery/precompress';
import { precompressedMiddleware } from './delivery/serve-precompressed';

export function deliveryPlugin({ lrsOrigins }: { lrsOrigins: readonly string[] }): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  let building = false;
  return {
    name: 'defuse-delivery',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
      outDir = resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (ctx.server) return undefined;
        return [
          {
            tag: 'meta',
            attrs: {
              'http-equiv': 'Content-Security-Policy',
              content: contentSecurityPolicy({ lrsOrigins }),
            },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        if (building) precompress(outDir);
      },
    },
    configurePreviewServer(server) {
      const dir = resolve(root, server.config.build.outDir);
      // The header is exactly what the build shipped, plus what only a header can carry.
      server.middlewares.use(precompressedMiddleware(dir, headerPolicy));
    },
  };
}

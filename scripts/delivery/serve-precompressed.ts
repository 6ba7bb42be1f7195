/**
 * The preview server's delivery: a file with a brotli or gzip copy beside it (precompress.ts) is sent
 * as that copy when the browser accepts it, with the build's Content-Security-Policy as a header on
 * every response, hashed assets cached for a year and everything else revalidated (index.html and
 * the service worker must never be stale).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/** The policy the build wrote into index.html, so the header always matches the meta tag. */
export function builtPolicy(outDir: string): string | null {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return null;
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
    readFileSync(index, 'utf8'),
  );
  return meta ? meta[1]!.replaceAll('&#39;', "'").replaceAll('&quot;', '"') : null;
}

type Next = (err?: unknown) => void;

export function precompressedMiddleware(outDir: string, headerPolicy: (meta: string) => string) {
  const root = normalize(outDir);
  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const policy = builtPolicy(outDir);
    if (policy) res.setHeader('Content-Security-Policy', headerPolicy(policy));
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile())
      return next();
    const type = TYPES[extname(file)];
    if (!type) return next();
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding =
      /\bbr\b/.test(accepts) && existsSync(`${file}.br`)
        ? 'br'
        : /\bgzip\b/.test(accepts) && existsSync(`${file}.gz`)
          ? 'gzip'
          : null;
    const body = readFileSync(encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : file);
    res.setHeader('Content-Type', type);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader(
      'Cache-Control',
      path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (encoding) res.setHeader('Content-Encoding', encoding);
    res.setHeader('Content-Length', body.length);
    res.statusCode = 200;
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

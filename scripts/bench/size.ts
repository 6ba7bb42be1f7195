/**
 * Bytes on the wire, read from dist/: the JavaScript and CSS the first screen loads (index.html's
 * entry script, its modulepreloads and stylesheets) and the whole app's (every chunk and stylesheet,
 * each scenario version included), gzipped (level 9) and as the brotli copies the server sends.
 * The service worker and its Workbox runtime are counted apart: they load after the first screen.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const FIRST_SCREEN_BUDGET_KB = 110;

export interface Chunk {
  file: string;
  raw: number;
  gzip: number;
  first: boolean;
}

export interface SizeResult {
  firstScreen: { js: number; css: number; jsBrotli: number };
  wholeApp: { js: number; css: number; chunks: number };
  serviceWorker: number;
  chunks: Chunk[];
}

const kb = (bytes: number) => bytes / 1024;

export function measureSize(dist = 'dist'): SizeResult {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const first = new Set(
    [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!),
  );
  const gz = (file: string) => kb(gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  const br = (file: string) => kb(statSync(join(dist, `${file}.br`)).size);
  const chunks: Chunk[] = readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .map((f) => `assets/${f}`)
    .map((file) => ({
      file,
      raw: kb(statSync(join(dist, file)).size),
      gzip: gz(file),
      first: first.has(file),
    }))
    .sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);
  const sum = (rows: Chunk[]) => rows.reduce((s, r) => s + r.gzip, 0);
  const js = chunks.filter((c) => c.file.endsWith('.js'));
  const css = chunks.filter((c) => c.file.endsWith('.css'));
  const sw = readdirSync(dist).filter((f) => /^(sw|workbox-[^.]+)\.js$/.test(f));
  return {
    firstScreen: {
      js: sum(js.filter((c) => c.first)),
      css: sum(css.filter((c) => c.first)),
      jsBrotli: js
        .filter((c) => c.first)
        .reduce((s, c) => s + (c.raw > 1 ? br(c.file) : c.gzip), 0),
    },
    wholeApp: { js: sum(js), css: sum(css), chunks: chunks.length },
    serviceWorker: sw.reduce((s, f) => s + gz(f), 0),
    chunks,
  };
}

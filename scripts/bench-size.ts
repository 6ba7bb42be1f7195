/**
 * npm run bench:size — builds nothing; reads dist/ (run `npm run build` first) and prints the gzipped
 * JavaScript the first screen loads (the entry script and what index.html preloads) against the
 * 110 KB budget, then every lazy chunk. Prints figures; never fails a test run on timing or noise.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 110;
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const firstScreen = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

const all = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`);
const rows = all
  .map((file) => ({
    file,
    raw: statSync(join(dist, file)).size / 1024,
    gzip: gz(file),
    first: firstScreen.includes(file),
  }))
  .sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);

const total = rows.filter((r) => r.first).reduce((s, r) => s + r.gzip, 0);
console.log('chunk'.padEnd(48), 'raw KB'.padStart(8), 'gzip KB'.padStart(8), ' loaded');
for (const r of rows) {
  console.log(
    r.file.padEnd(48),
    r.raw.toFixed(1).padStart(8),
    r.gzip.toFixed(1).padStart(8),
    r.first ? ' first screen' : ' lazily',
  );
}
console.log(
  `\nFirst screen JavaScript: ${total.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB) — ${total <= BUDGET_KB ? 'within budget' : 'OVER BUDGET'}`,
);

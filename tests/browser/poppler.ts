/**
 * Reading printed PDFs with poppler-utils (pdftotext, pdfinfo, pdftoppm), for the tests that print a
 * record to A4. A missing tool fails with one message that says what to install; nothing is skipped.
 */
import { execFileSync } from 'node:child_process';

const INSTALL =
  'install poppler-utils to check printed records (Debian/Ubuntu: `apt-get install -y poppler-utils`; .ci/run does this)';

/** Runs a poppler tool and returns its standard output. */
export function poppler(
  tool: 'pdftotext' | 'pdfinfo' | 'pdftoppm',
  args: readonly string[],
): string {
  try {
    return execFileSync(tool, args, {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is missing: ${INSTALL}.`, { cause: e });
    throw e;
  }
}

/** Fails, saying what to install, unless every poppler tool the tests use is on the PATH. */
export function requirePoppler(): void {
  for (const tool of ['pdftotext', 'pdfinfo', 'pdftoppm'] as const) poppler(tool, ['-v']);
}

/** The PDF's text in reading order, with ligatures unfolded and white space runs as one space. */
export const pdfText = (file: string): string =>
  poppler('pdftotext', ['-enc', 'UTF-8', file, '-']).normalize('NFKC').replace(/\s+/g, ' ');

/** The number of pages, from pdfinfo. */
export function pageCount(file: string): number {
  const m = /^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', [file]));
  if (!m) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(m[1]);
}

/** One word as pdftotext -bbox places it, in PDF points from the page's top left. */
export interface PlacedWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word of the PDF with its box, and each page's size. */
export function placedWords(file: string): {
  pages: { width: number; height: number }[];
  words: PlacedWord[];
} {
  const out = poppler('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  const pages: { width: number; height: number }[] = [];
  const words: PlacedWord[] = [];
  const token =
    /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of out.matchAll(token)) {
    if (m[1]) pages.push({ width: Number(m[1]), height: Number(m[2]) });
    else
      words.push({
        page: pages.length,
        text: m[7]!,
        xMin: Number(m[3]),
        yMin: Number(m[4]),
        xMax: Number(m[5]),
        yMax: Number(m[6]),
      });
  }
  return { pages, words };
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.toString('latin1', 1, 4) !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

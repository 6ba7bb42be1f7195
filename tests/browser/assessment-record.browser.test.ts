// The printable assessment record, printed to A4 by real headless Chromium (page.pdf, as "Save as
// PDF" does) and read back with poppler-utils: every section's text is there, no word is clipped or
// pushed outside the page margins, the page count is sensible, and page 1 renders as an image (kept
// in $DEFUSE_RECORD_OUT, when set, to look at). Needs no app: the record is set as the page content.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_LABEL } from '../../src/domain/evidence/words';
import { assessmentRecordHtml } from '../../src/export/assessment-record';
import { exportFixture, type FixtureOptions } from '../../src/test-util/export-fixture';
import { launch } from './harness';
import { pageCount, pdfText, placedWords, pngSize, poppler, requirePoppler } from './poppler';

/** The record's @page margins (record-style.ts), in PDF points. */
const MM = 72 / 25.4;
const MARGIN = { x: 15 * MM, y: 16 * MM };
/** Glyph boxes may reach a little past the line box; a clipped word reaches further. */
const SLACK = 0.5;

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

describe('the printed assessment record', () => {
  let browser: Browser;
  let dir: string;
  const out = process.env.DEFUSE_RECORD_OUT;

  beforeAll(async () => {
    requirePoppler();
    browser = await launch();
    dir = out ?? mkdtempSync(join(tmpdir(), 'defuse-record-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (!out && dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The fixture's record printed to A4; returns the PDF's path and the fixture. */
  async function print(name: string, o: FixtureOptions = {}) {
    const f = await exportFixture(o);
    const html = assessmentRecordHtml(f.input);
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.setContent(html, { waitUntil: 'load' });
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    const pdf = join(dir, `${name}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true, printBackground: true });
    await page.close();
    expect(dialogs).toEqual([]);
    writeFileSync(join(dir, `${name}.html`), html);
    return { f, pdf };
  }

  /** Every word lies inside the page's margins: nothing clipped, nothing overflowing. */
  function expectInsideMargins(pdf: string) {
    const { pages, words } = placedWords(pdf);
    expect(pages.length).toBe(pageCount(pdf));
    for (const p of pages) {
      expect(p.width).toBeCloseTo(595.3, 0);
      expect(p.height).toBeCloseTo(841.9, 0);
    }
    const outside = words.filter((w) => {
      const { width, height } = pages[w.page - 1]!;
      return (
        w.xMin < MARGIN.x - SLACK ||
        w.xMax > width - MARGIN.x + SLACK ||
        w.yMin < MARGIN.y - SLACK ||
        w.yMax > height - MARGIN.y + SLACK
      );
    });
    expect(outside.map((w) => `page ${w.page}: "${w.text}" at x ${w.xMin}–${w.xMax}`)).toEqual([]);
    // Printed at full size: content too wide for the page makes Chromium shrink every page to fit,
    // which keeps words inside the margins but prints the 10pt body text smaller.
    const heights = words.map((w) => w.yMax - w.yMin).sort((a, b) => a - b);
    const median = heights[Math.floor(heights.length / 2)]!;
    expect(median, 'median word height (pt): body text is 10pt').toBeGreaterThan(10.5);
    expect(median).toBeLessThan(12.5);
  }

  it('prints every section of an assessment record to A4, nothing clipped', async () => {
    const { f, pdf } = await print('assessment');
    const text = pdfText(pdf);
    const compact = text.replace(/\s/g, '');

    expect(text).toContain('Assessment record');
    expect(text).toContain('Ana Learner');
    expect(text).toContain('1 June 2026, 10:00 BST');
    expect(text).toContain('Assessment (simulation evidence, S)');
    expect(text).toContain('simulation (S); reflective account (RA)');
    for (const c of f.assessment.criteria) {
      expect(text).toMatch(new RegExp(`(^| )${c.code.replace('.', '\\.')} `));
      expect(text).toContain(STATUS_LABEL[c.status]);
    }
    for (const t of f.trace.turns) {
      expect(text).toContain(norm(`“${t.customerLine}”`));
      expect(text).toContain(norm(`Learner: “${t.text}”`));
      expect(text).toContain(`Tension ${t.tensionBefore} → ${t.tensionAfter}`);
    }
    expect(text).toContain('Tutor override');
    expect(text).toContain('Tension across the conversation');
    // The limit is marked on the cues the learner saw, not drawn as a hidden tension line.
    expect(text).toContain('Aggressive (70)');
    expect(text).not.toMatch(/Limit \(\d+\)/);
    expect(text).toContain(norm(f.trace.reflection!.text));
    expect(text).toContain('61% of this account is in the learner’s own words');
    expect(text).toContain('Signed: Ana Learner');
    expect(text).toContain('Assessor’s decision');
    expect(text).toContain('Assessor’s declaration');
    for (const line of ['Assessor’s name', 'Role', 'Signature', 'Date'])
      expect(text).toContain(line);
    expect(text).toContain('note this on receipt');
    expect(compact).toContain(f.seal);

    expectInsideMargins(pdf);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(10);

    poppler('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      join(dir, 'assessment-page-1'),
    ]);
    const png = readFileSync(join(dir, 'assessment-page-1.png'));
    // A4 at 60 dpi: 8.27 × 11.69 inches.
    expect(pngSize(png)).toEqual({ width: 496, height: 702 });
    expect(png.length).toBeGreaterThan(10_000);
  });

  it('prints a practice record labelled PRACTICE, never as simulation evidence', async () => {
    const { pdf } = await print('practice', { mode: 'practice' });
    const text = pdfText(pdf);
    expect(text).toContain('PRACTICE — practice session record');
    expect(text).toContain('PRACTICE SESSION — not assessment evidence');
    expect(text).not.toMatch(/simulation evidence/i);
    expect(text).toContain('Not applicable: this is a practice session');
    expectInsideMargins(pdf);
  });

  it('prints hostile and unbreakable text as text, inside the margins', async () => {
    const name = `<script>alert(1)</script> ${'W'.repeat(70)}`;
    const account = `${'I noticed the customer’s voice rise, so I listened again. '.repeat(60)}=HYPERLINK("http://x")`;
    const { f, pdf } = await print('hostile', { learnerName: name, account });
    const text = pdfText(pdf);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text.replace(/\s/g, '')).toContain('W'.repeat(70));
    expect(text).toContain('=HYPERLINK("http://x")');
    for (const t of f.trace.turns) expect(text).toContain(norm(`Learner: “${t.text}”`));
    expectInsideMargins(pdf);
    expect(pageCount(pdf)).toBeLessThanOrEqual(12);
  });
});

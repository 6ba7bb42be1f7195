// Issue 7's "Done when", end to end in real Chromium: a learner (with a hostile name) finishes an
// assessment session, signs the reflective account and keeps the evidence — the JSON log, the turns
// CSV and the printable record (printed to A4 and read back with pdftotext). `npx tsx
// scripts/verify.ts` passes the exported log and fails each tampered copy, naming what changed. The
// name is plain text everywhere: neutralised in the CSV, never run as markup, no dialog ever opens.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODE_EVIDENCE } from '../../src/domain/evidence/words';
import { launch, openApp, pageErrors, waitFor } from './harness';
import { capturePrinting, downloadOf, printedRecord, printToPdf } from './keep-files';
import { fillPrompts, finishSession, openSection, PASSPORT, startSession } from './play';
import { pdfText, requirePoppler } from './poppler';

const HOSTILE = '=HYPERLINK("http://x","y") <script>alert(1)</script>';

interface Verified {
  code: number;
  out: string;
}

/** `npx tsx scripts/verify.ts <file>` in a child process: its exit code and everything it printed. */
const verify = (file: string): Promise<Verified> =>
  new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'scripts/verify.ts', file],
      { timeout: 45_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          out: stdout + stderr,
        }),
    );
  });

interface LogFile {
  header: { learnerName: string };
  entries: ({ seq: number; type: string; text?: string; tensionAfter?: number } & Record<
    string,
    unknown
  >)[];
  seal: { exportedAt: number; hash: string };
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

describe('keeping the evidence, and checking it', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    requirePoppler();
    browser = await launch();
    dir = mkdtempSync(join(tmpdir(), 'defuse-evidence-'));
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // Plays a whole session and runs the verifier six times: on a machine shared with other work it
  // needs longer than the default minute.
  it(
    'finishes, signs and exports JSON, CSV and the printed record; verify passes it and fails each tampered copy',
    { timeout: 150_000 },
    async () => {
      const { context, page } = await openApp(browser, { initScript: capturePrinting });
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      await startSession(page, { scenarioId: PASSPORT.id, mode: 'Assessment', name: HOSTILE });
      const said = await finishSession(page, 0);

      // The name is shown as the characters typed, never as markup.
      await page.locator('.debrief-meta').getByText(HOSTILE).waitFor();
      await expect.poll(() => page.locator('main script').count()).toBe(0);

      // Sign the account: every prompt in the learner's words, then the declaration in their name.
      await openSection(page, 'account');
      await fillPrompts(page);
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Your name' }).inputValue())
        .toBe(HOSTILE);
      await page.getByRole('checkbox', { name: 'I confirm this is my own work' }).check();
      await page.getByRole('button', { name: 'Sign the declaration' }).click();
      await page.getByText(/^Signed by .+ on \d{1,2} \w+ \d{4}$/).waitFor();
      await expect
        .poll(() => page.getByText(/^Signed by /).textContent())
        .toContain(`Signed by ${HOSTILE} on `);
      await openSection(page, 'criteria');
      const codes = await page
        .getByRole('table', { name: /^Criteria of “.+” judged against this session$/ })
        .getByRole('rowheader')
        .allTextContents();
      expect(codes.length).toBeGreaterThan(0);

      // The JSON log.
      const json = await downloadOf(page, 'Download the session log (JSON)');
      expect(json.name).toMatch(/\.json$/);
      const log = JSON.parse(json.text) as LogFile;
      expect(log.header.learnerName).toBe(HOSTILE);
      expect(log.entries.filter((e) => e.type === 'learner.respond').map((e) => e.text)).toEqual(
        said,
      );
      expect(log.entries.map((e) => e.type)).toContain('reflection.sign');

      // The CSV: one row per turn, the name neutralised so no spreadsheet runs it.
      const csv = await downloadOf(page, 'Download the turns (CSV)');
      expect(csv.name).toMatch(/\.csv$/);
      const parsed = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), {
        header: true,
        skipEmptyLines: true,
      });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data.length).toBe(said.length);
      expect(parsed.data.map((r) => r['Learner response'])).toEqual(said);
      expect(parsed.data.map((r) => Number(r.Turn))).toEqual(said.map((_, i) => i + 1));
      for (const row of parsed.data) {
        expect(row.Learner).toBe(`'${HOSTILE}`);
        expect(row.Mode).toBe(MODE_EVIDENCE.assessment);
      }
      // No cell, quoted or not, starts with a formula character.
      const cells = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
      expect(cells.data.flat().filter((cell) => /^[=+@\t\r-]/.test(cell))).toEqual([]);

      // The printable record: printed from a hidden frame, with the log it quotes saved beside it.
      const [printedLog] = await Promise.all([
        downloadOf(page, 'Print / Save as PDF'),
        waitFor(
          () =>
            page.evaluate(() => ((window as { __prints?: number }).__prints ?? 0) > 0 || undefined),
          { message: 'the record to be printed' },
        ),
      ]);
      const record = await printedRecord(page);
      const seal = (JSON.parse(printedLog.text) as LogFile).seal.hash;
      const pdf = join(dir, 'record.pdf');
      await printToPdf(browser, record, pdf, dialogs);
      const text = pdfText(pdf);
      expect(text).toContain(HOSTILE);
      for (const code of codes)
        expect(text).toMatch(new RegExp(`(^| )${code.replace('.', '\\.')} `));
      for (const line of said) expect(text).toContain(norm(`Learner: “${line}”`));
      expect(text.replace(/\s/g, '')).toContain(seal);

      // Nothing the learner wrote ever ran.
      expect(dialogs).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
      await context.close();

      // verify passes the exported file, and fails every tampered copy, saying where.
      const good = join(dir, 'log.json');
      await writeFile(good, json.text);
      const tampered = (edit: (l: LogFile) => void) => {
        const copy = structuredClone(log);
        edit(copy);
        return `${JSON.stringify(copy, null, 2)}\n`;
      };
      const respond = log.entries.filter((e) => e.type === 'learner.respond');
      const [r2, r3] = [respond[1]!, respond[2]!];
      const changedTension = (r3.tensionAfter! + 17) % 100;
      const SEAL = 'the seal does not match: the file changed after export';
      /** Each tampered copy, and the lines verify must print for it (the first is its verdict). */
      const cases: { name: string; text: string; says: string[] }[] = [
        {
          name: 'response-text',
          text: tampered((l) => (l.entries[r2.seq - 1]!.text = `${r2.text} (and I was rude)`)),
          says: [
            `TAMPERED — entry ${r2.seq} has been changed (its hash does not match)`,
            `entry ${r2.seq}: recorded response text "${r2.text} (and I was rude)", replay gives "${r2.text}"`,
            SEAL,
          ],
        },
        {
          name: 'tension',
          text: tampered((l) => (l.entries[r3.seq - 1]!.tensionAfter = changedTension)),
          says: [
            `TAMPERED — entry ${r3.seq} has been changed (its hash does not match)`,
            `entry ${r3.seq}: recorded tension ${changedTension}, replay gives ${r3.tensionAfter}`,
          ],
        },
        {
          name: 'removed',
          text: tampered((l) => l.entries.splice(2, 1)),
          says: [
            'TAMPERED — entry 3 is numbered 4: entries are missing, duplicated or out of order',
          ],
        },
        {
          name: 'reordered',
          text: tampered((l) => l.entries.splice(1, 2, l.entries[2]!, l.entries[1]!)),
          says: [
            'TAMPERED — entry 2 is numbered 3: entries are missing, duplicated or out of order',
          ],
        },
        {
          name: 'seal',
          text: tampered((l) => {
            const c = l.seal.hash[10] === '0' ? '1' : '0';
            l.seal.hash = l.seal.hash.slice(0, 10) + c + l.seal.hash.slice(11);
          }),
          says: [`TAMPERED — ${SEAL}`],
        },
      ];
      for (const c of cases) await writeFile(join(dir, `${c.name}.json`), c.text);
      const [ok, ...bad] = await Promise.all([
        verify(good),
        ...cases.map((c) => verify(join(dir, `${c.name}.json`))),
      ]);
      expect(ok.out).toMatch(/: verified — /);
      expect(ok.code, ok.out).toBe(0);
      bad.forEach((v, i) => {
        const c = cases[i]!;
        expect(v.code, `${c.name}: ${v.out}`).not.toBe(0);
        for (const line of c.says) expect(v.out, c.name).toContain(line);
      });
    },
  );
});

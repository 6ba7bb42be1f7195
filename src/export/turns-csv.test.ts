import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { TECHNIQUE_INFO } from '../domain/escalation/techniques';
import { trace } from '../domain/session/trace';
import { exportFixture } from '../test-util/export-fixture';
import { fakeScenario } from '../test-util/fake-scenario';
import { makeLog, type MakeLog, type Step } from '../test-util/make-log';
import { turnsCsv, turnsCsvFileName, UTF8_BOM } from './turns-csv';

type Row = Record<string, string>;

/** The CSV read back as a spreadsheet would: BOM off, header row as keys. */
function readBack(csv: string): Row[] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const parsed = Papa.parse<Row>(csv.slice(UTF8_BOM.length), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The fake scenario played, its log's learner name set as given (as in a file from elsewhere: untrimmed). */
async function fakeCsv(
  steps: Step[],
  o: MakeLog = {},
  mutate?: Parameters<typeof fakeScenario>[0],
) {
  const scenario = fakeScenario(mutate);
  const log = await makeLog(scenario, steps, o);
  const named = { ...log, header: { ...log.header, learnerName: o.learnerName ?? 'Ana' } };
  return readBack(turnsCsv(trace(scenario, named)));
}

describe('turnsCsv', () => {
  it("has a customer's reply column (and its cue), filled where the response has a reply", async () => {
    const reply = { line: 'Yes, that is right.', cue: 'A small nod.' };
    const rows = await fakeCsv(['acknowledge', 'offer'], {}, (s) => {
      s.beats.opening!.responses[0]!.reply = reply;
    });
    expect(Object.keys(rows[0]!)).toEqual(
      expect.arrayContaining(["Customer's reply", "Customer's reply cue"]),
    );
    const keys = Object.keys(rows[0]!);
    expect(keys.indexOf("Customer's reply")).toBe(keys.indexOf('Learner response') + 1);
    expect(rows[0]).toMatchObject({
      'Learner response': 'That sounds really worrying.',
      "Customer's reply": reply.line,
      "Customer's reply cue": reply.cue,
    });
    expect(rows[1]).toMatchObject({ "Customer's reply": '', "Customer's reply cue": '' });
  });

  it('reads back to one row per learner turn and override, with the values of the trace', async () => {
    const f = await exportFixture();
    const rows = readBack(turnsCsv(f.trace, f.assessment));
    expect(rows).toHaveLength(f.trace.steps.length);
    const turns = rows.filter((r) => r.Row === 'Learner turn');
    expect(turns).toHaveLength(f.trace.turns.length);
    f.trace.turns.forEach((t, i) => {
      const r = turns[i]!;
      expect(r).toMatchObject({
        Mode: 'assessment (simulation evidence, S)',
        Learner: 'Ana Learner',
        'Session id': f.log.header.sessionId,
        Turn: String(t.turn),
        'Time zone': 'Europe/London',
        'Customer said': t.customerLine,
        'Customer cue': t.customerCue,
        'Tension before': String(t.tensionBefore),
        'Learner response': t.text,
        Techniques: t.effect.techniques.map((x) => TECHNIQUE_INFO[x].label).join('; '),
        'Tension after': String(t.tensionAfter),
        'Time taken (s)': i === 2 ? '30' : '15',
      });
      expect(r.Time).toMatch(/^2026-06-01T10:0\d:\d\d\+01:00$/);
      const citedFor = f.assessment.criteria
        .filter((c) => c.refs.some((x) => x.turn === t.turn && x.bearing === 'for'))
        .map((c) => c.code);
      expect(r['Evidence for criteria']).toBe(citedFor.join('; '));
    });
    expect(turns[0]).toMatchObject({ 'Mood before': 'Frustrated', 'Good or poor': 'Good' });
    expect(turns[1]).toMatchObject({
      'Good or poor': 'Poor',
      'Evidence against criteria': '2.2',
      Time: '2026-06-01T10:00:30+01:00',
    });
    expect(rows[2]).toMatchObject({
      Row: 'Tutor override',
      Turn: '',
      'Log entry': '3',
      'Tension after': '55',
      'Tutor override': 'tension set to 55. Reason: The queue behind her is growing',
      'Learner response': '',
    });
  });

  it('is rectangular, with CRLF line ends and plain-English headers', async () => {
    const f = await exportFixture();
    const csv = turnsCsv(f.trace, f.assessment);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(/[^\r]\n/.test(csv)).toBe(false);
    const grid = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(new Set(grid.map((r) => r.length)).size).toBe(1);
    expect(grid[0]).toContain('Customer said');
    expect(grid[0]).toContain('Evidence for criteria');
    const plain = Papa.parse<string[]>(turnsCsv(f.trace).slice(1), { skipEmptyLines: true }).data;
    expect(plain[0]).not.toContain('Evidence for criteria');
    expect(new Set(plain.map((r) => r.length)).size).toBe(1);
  });

  it('labels every row of a practice session practice, never simulation evidence', async () => {
    const rows = await fakeCsv(['acknowledge', 'offer'], { mode: 'practice' });
    expect(rows.map((r) => r.Mode)).toEqual([
      'practice (not assessment evidence)',
      'practice (not assessment evidence)',
    ]);
  });

  const PAYLOADS = [
    '=HYPERLINK("http://x")',
    '+1',
    '-1',
    '@x',
    '\tcmd',
    '\rcmd',
    '=1+1\nmore lines after the formula',
  ];

  it.each(PAYLOADS)('neutralises a learner name beginning %j with a single quote', async (name) => {
    const rows = await fakeCsv(['acknowledge', { tension: 70, reason: 'queue' }], {
      learnerName: name,
    });
    expect(rows.map((r) => r.Learner)).toEqual([`'${name}`, `'${name}`]);
  });

  // Scenario text is trimmed when a scenario loads, so only the payloads that survive loading.
  it.each(PAYLOADS.filter((p) => p === p.trim()))(
    'neutralises a response beginning %j',
    async (text) => {
      const rows = await fakeCsv(['acknowledge'], {}, (s) => {
        s.beats.opening!.responses[0]!.text = text;
      });
      expect(rows[0]!['Learner response']).toBe(`'${text}`);
    },
  );

  it('leaves ordinary text alone and round-trips commas, quotes and newlines', async () => {
    const name = 'O’Brien, "Jo"\nSmith; 1=1';
    const rows = await fakeCsv(['acknowledge'], { learnerName: name });
    expect(rows[0]!.Learner).toBe(name);
    expect(rows[0]!['Learner response']).toBe('That sounds really worrying.');
  });

  it('names the file like the other exports', async () => {
    const f = await exportFixture({ mode: 'practice' });
    expect(turnsCsvFileName(f.trace)).toBe(
      'defuse-passport-delay-practice-turns-2026-06-01-ana-learner-3f2a9c1b.csv',
    );
  });
});

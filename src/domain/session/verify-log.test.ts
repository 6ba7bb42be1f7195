// verifyLog on every kind of bad input an assessor may be handed, and on honest logs.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeScenario } from '../../test-util/fake-scenario';
import { makeClassLog } from '../../test-util/class-log';
import { forge, rechain } from '../../test-util/forge-log';
import { makeLog, scenarioHash, type MakeLog, type Step } from '../../test-util/make-log';
import { WITHDRAW } from '../../test-util/sessions';
import type { Scenario } from '../scenario/schema';
import { sealLog } from './chain';
import type { ExportedLog, LogEntry } from './log-types';
import { verifyLog, type KnownScenarioVersions } from './verify-log';

const scenario = fakeScenario();
const hash = await scenarioHash(scenario);
const known: KnownScenarioVersions = (id, h) =>
  id === scenario.id && h === hash ? scenario : null;
const EXPORTED_AT = Date.UTC(2026, 5, 1, 10, 0, 0);
const PATH: Step[] = ['acknowledge', 'offer', 'summarise'];

async function exported(steps: Step[] = PATH, o: MakeLog = {}, on: Scenario = scenario) {
  return sealLog(
    await makeLog(on, steps, {
      reflection: { frameworkId: 'l2-pss', draft: 'The draft.', text: 'My own account.' },
      sign: { name: 'Ana Learner', date: '2026-06-01' },
      ...o,
    }),
    EXPORTED_AT,
  );
}
const text = (log: unknown) => JSON.stringify(log, null, 2);
const verify = (input: unknown) => verifyLog(input, known);
/** The log with its entries replaced, the rest of the file (and its seal) left as it was. */
const withEntries = (log: ExportedLog, entries: LogEntry[]): ExportedLog => ({ ...log, entries });

afterEach(() => vi.restoreAllMocks());

describe('verifyLog: honest logs', () => {
  it('verifies an exported log, replaying it to the recorded ending, account and declaration', async () => {
    const log = await exported();
    const v = await verify(text(log));
    expect(v).toMatchObject({
      ok: true,
      kind: 'verified',
      problems: [],
      notes: [],
      practice: false,
    });
    expect(v.log).toEqual(log);
    expect(v.trace?.outcome?.kind).toBe('resolved');
    expect(v.trace?.turns).toHaveLength(3);
    expect(v.trace?.declaration).toMatchObject({ name: 'Ana Learner', current: true });
  });

  it('verifies an already-parsed log, a log with overrides and the safety action, and a BOM', async () => {
    const log = await exported(['acknowledge', { tension: 80, reason: 'noise' }, WITHDRAW]);
    expect((await verify(log)).kind).toBe('verified');
    expect((await verify(`\uFEFF${text(log)}`)).kind).toBe('verified');
  });

  it('says a practice session is practice, not S evidence', async () => {
    const v = await verify(text(await exported(PATH, { mode: 'practice' })));
    expect(v).toMatchObject({ ok: true, kind: 'verified', practice: true });
    expect(v.notes).toEqual(['a practice session: not simulation evidence (S)']);
  });

  it('keeps <script> and =HYPERLINK(…) in the name and account as plain data, untouched', async () => {
    const name = '<script>alert("x")</script> =HYPERLINK("http://evil.example","Click")';
    const account = '=HYPERLINK("http://evil.example") +1 -2 @cmd <img src=x onerror=alert(1)>';
    const log = await exported(PATH, {
      learnerName: name,
      reflection: { frameworkId: 'f', draft: '<b>draft</b>', text: account },
      sign: { name, date: '2026-06-01' },
    });
    const v = await verify(text(log));
    expect(v.kind).toBe('verified');
    expect(v.log?.header.learnerName).toBe(name);
    expect(v.trace?.reflection).toMatchObject({ text: account, draft: '<b>draft</b>' });
    expect(v.trace?.declaration?.name).toBe(name);
  });
});

describe('verifyLog: files that are not session logs', () => {
  it('refuses text that is not JSON, naming the position', async () => {
    const v = await verify('hello');
    expect(v).toMatchObject({ ok: false, kind: 'not-json' });
    expect(v.problems).toEqual([
      'not JSON: unexpected "h" at position 0 (line 1, column 1); expected a value (an object, list, string, number, true, false or null)',
    ]);
    expect((await verify('{"header": 1,}')).problems).toEqual([
      'not JSON: unexpected "}" at position 13 (line 1, column 14); expected a property name in double quotes',
    ]);
    expect((await verify('  \n')).problems).toEqual(['not JSON: the file is empty']);
  });

  it('says a cut-off file looks truncated, wherever it was cut', async () => {
    const full = text(await exported());
    for (const cut of [1, 40, Math.floor(full.length / 2), full.length - 1]) {
      const v = await verify(full.slice(0, cut));
      expect(v.kind, `cut at ${cut}`).toBe('not-json');
      expect(v.problems[0]).toMatch(
        new RegExp(`^not JSON: the text ends at position ${cut} .*: the file looks truncated$`),
      );
    }
  });

  it('refuses JSON of some other kind', async () => {
    const cases: [unknown, string][] = [
      [{ hello: 1 }, 'no header with kind "defuse.session-log"'],
      [[1, 2], 'a list, not an object with a header'],
      ['a string', 'a string, not an object with a header'],
      [null, 'null, not an object with a header'],
      [
        { header: { kind: 'other-app.log' } },
        `its header's kind is "other-app.log", not "defuse.session-log"`,
      ],
      [scenario, 'no header with kind "defuse.session-log"'],
    ];
    for (const [value, why] of cases) {
      const v = await verify(JSON.stringify(value));
      expect(v).toMatchObject({ ok: false, kind: 'not-a-log' });
      expect(v.problems).toEqual([`not a Defuse session log (${why})`]);
    }
  });

  it('refuses a newer format, saying to update', async () => {
    const log = await exported();
    const newer = { ...log, header: { ...log.header, format: 3 } };
    const v = await verify(text(newer));
    expect(v).toMatchObject({ ok: false, kind: 'unsupported-format' });
    expect(v.problems).toEqual(['format 3 is newer than this app reads (format 1): update Defuse']);
    const odd = { ...log, header: { ...log.header, format: '1' } };
    expect((await verify(odd)).problems).toEqual(['unknown format "1"; this app reads format 1']);
  });

  it('refuses more than 50 MB before parsing it', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const v = await verify(' '.repeat(52_400_000));
    expect(v).toMatchObject({ ok: false, kind: 'too-large' });
    expect(v.problems).toEqual(['file is 52.4 MB; Defuse session logs are at most 50 MB']);
    // Counted in UTF-8 bytes, as the file holds it: 26 million "é" are 52 MB.
    expect((await verify('é'.repeat(26_000_000))).problems).toEqual([
      'file is 52 MB; Defuse session logs are at most 50 MB',
    ]);
    expect(parse).not.toHaveBeenCalled();
    expect((await verify(' '.repeat(50_000_000))).kind).toBe('not-json');
  });
});

describe('verifyLog: changed logs', () => {
  it('names the changed entry when a response text is changed, and what the replay says', async () => {
    const log = await exported();
    const changed = structuredClone(log);
    (changed.entries[0] as { text: string }).text = 'Calm down.';
    const v = await verify(text(changed));
    expect(v).toMatchObject({ ok: false, kind: 'tampered' });
    expect(v.problems).toEqual([
      'entry 1 has been changed (its hash does not match)',
      'the seal does not match: the file changed after export',
      'entry 1: recorded response text "Calm down.", replay gives "That sounds really worrying."',
    ]);
  });

  it('catches a changed tension even when the forger re-chains and re-seals the file', async () => {
    const log = await exported();
    const plain = structuredClone(log);
    (plain.entries[1] as { tensionAfter: number }).tensionAfter = 5;
    expect((await verify(plain)).problems[0]).toBe(
      'entry 2 has been changed (its hash does not match)',
    );
    const forged = await forge(log, (c) => {
      (c.entries[1] as { tensionAfter: number }).tensionAfter = 5;
    });
    const v = await verify(text(forged));
    expect(v.kind).toBe('tampered');
    expect(v.problems).toEqual([
      `entry 2: recorded tension 5, replay gives ${(log.entries[1] as { tensionAfter: number }).tensionAfter}`,
    ]);
  });

  it('catches entries reordered, duplicated or removed', async () => {
    const log = await exported();
    const [a, b, c, ...rest] = log.entries;
    const cases: [LogEntry[], string][] = [
      [
        [b!, a!, c!, ...rest],
        'entry 1 is numbered 2: entries are missing, duplicated or out of order',
      ],
      [
        [a!, b!, b!, c!, ...rest],
        'entry 3 is numbered 2: entries are missing, duplicated or out of order',
      ],
      [[a!, c!, ...rest], 'entry 2 is numbered 3: entries are missing, duplicated or out of order'],
    ];
    for (const [entries, problem] of cases) {
      const v = await verify(text(withEntries(log, entries)));
      expect(v.kind).toBe('tampered');
      expect(v.problems[0]).toBe(problem);
    }
    // The last entry removed leaves a valid chain: the seal catches it.
    const cut = await verify(text(withEntries(log, log.entries.slice(0, -1))));
    expect(cut.kind).toBe('tampered');
    expect(cut.problems).toEqual(['the seal does not match: the file changed after export']);
  });

  it('catches reordered turns by replay when the forger renumbers and re-chains them', async () => {
    const log = await exported();
    const forged = await forge(log, (c) => {
      c.entries = [c.entries[1]!, c.entries[0]!, ...c.entries.slice(2)];
    });
    const v = await verify(forged);
    expect(v.kind).toBe('tampered');
    expect(v.problems[0]).toMatch(/^entry 1: cannot be replayed: .*"offer"/);
  });

  it('catches an account changed after it was signed, even re-chained', async () => {
    const log = await exported();
    const forged = await forge(log, (c) => {
      const revise = c.entries.find((e) => e.type === 'reflection.revise') as { text: string };
      revise.text = 'Someone else’s words.';
    });
    const sign = forged.entries.find((e) => e.type === 'reflection.sign')!;
    const v = await verify(forged);
    expect(v.kind).toBe('tampered');
    expect(v.problems).toEqual([
      `entry ${sign.seq}: the declaration's textHash does not match the text of the account it signs (entry ${sign.seq - 1})`,
    ]);
  });

  it('reports schema problems with their place in the file', async () => {
    const log = await exported();
    const bad = structuredClone(log) as unknown as {
      header: Record<string, unknown>;
      entries: Record<string, unknown>[];
    };
    bad.entries[0]!.tensionAfter = 40.5;
    bad.entries[0]!.techniques = ['empathie'];
    bad.entries[1]!.extra = true;
    bad.entries[2]!.type = 'learner.shout';
    bad.header.startedAt = '9am';
    bad.header.sessionId = undefined;
    (bad.header.scenario as { hash: string }).hash = 'ABC';
    const v = await verify(text(bad));
    expect(v).toMatchObject({ ok: false, kind: 'tampered' });
    expect(v.problems).toEqual([
      'header.sessionId: missing (expected a string)',
      'header.scenario.hash: expected a SHA-256 hash (64 lower-case hex digits), got "ABC"',
      'header.startedAt: expected a number, got "9am"',
      'entries[0].techniques[0]: unknown technique "empathie" (did you mean "empathy"?); expected one of active-listening, empathy, open-questions, checking-understanding, sincere-apology, explain-position, offer-alternatives, agree-way-forward, summarise-next-steps, seek-help, signposting, safety-action, adapt-communication, quoting-rules, dismissing, arguing-blaming, over-promising, admitting-fault, passing-on, jargon, ignoring',
      'entries[0].tensionAfter: expected an integer, got 40.5',
      'entries[1].extra: unknown field',
      'entries[2].type: unknown entry type "learner.shout"; expected one of learner.respond, learner.withdraw, tutor.override, reflection.revise, reflection.sign',
    ]);
  });

  it('refuses text that cannot be hashed faithfully (a lone surrogate) instead of throwing', async () => {
    const log = await exported();
    const odd = text(log).replace('"learnerName": "Ana Learner"', '"learnerName": "Ana \\ud800"');
    const v = await verify(odd);
    expect(v).toMatchObject({ ok: false, kind: 'tampered' });
    expect(v.problems).toEqual([
      'header.learnerName contains a lone surrogate (U+D800), which is not text',
    ]);
  });

  it('refuses a log made with another engine version without calling the differences tampering', async () => {
    const log = await exported();
    const other = await sealLog(
      await rechain({ header: { ...log.header, engineVersion: 2 }, entries: log.entries }),
      EXPORTED_AT,
    );
    const v = await verify(other);
    expect(v).toMatchObject({ ok: false, kind: 'unsupported-format' });
    expect(v.problems).toEqual(['made with engine version 2; this app replays engine version 1']);
  });
});

describe('verifyLog: scenario versions', () => {
  const v2 = fakeScenario((s) => {
    s.beats.opening!.customer.calm.line = 'Edited.';
  });

  it('names a scenario version it does not know', async () => {
    const log = await exported(PATH, {}, v2);
    const v = await verify(text(log));
    expect(v).toMatchObject({ ok: false, kind: 'unknown-scenario-version' });
    expect(v.problems).toEqual([
      `made with a scenario version this app does not know (fake-counter ${(await scenarioHash(v2)).slice(0, 12)}…)`,
    ]);
    expect(v.log).toBeDefined();
    expect(v.trace).toBeUndefined();
  });

  it('traces against the version the log names, and refuses a different one passed off as it', async () => {
    const log = await exported(PATH, {}, v2);
    const both: KnownScenarioVersions = async (_id, h) =>
      h === (await scenarioHash(v2)) ? v2 : h === hash ? scenario : null;
    expect((await verifyLog(log, both)).kind).toBe('verified');
    const careless: KnownScenarioVersions = () => scenario;
    const v = await verifyLog(log, careless);
    expect(v.kind).toBe('unknown-scenario-version');
    expect(v.problems[0]).toMatch(/: the scenario supplied for it is a different version$/);
  });

  it('says so when loading the version fails', async () => {
    const v = await verifyLog(await exported(), () => Promise.reject(new Error('chunk failed')));
    expect(v.kind).toBe('unknown-scenario-version');
    expect(v.problems[0]).toMatch(/: loading it failed \(chunk failed\)$/);
  });
});

describe('verifyLog: class sessions (classroom mode)', () => {
  const classLog = async () =>
    sealLog(
      await makeClassLog(scenario, [
        { choose: 'acknowledge', votes: { acknowledge: 9, rules: 2, 'step-back': 1 } },
        { curveball: 15, reason: 'The queue behind them starts complaining' },
        { choose: 'step-back', votes: { 'step-back': 7, offer: 3 } },
      ]),
      EXPORTED_AT,
    );

  it('verifies a class session with its votes, curveball and a class that stepped back', async () => {
    const v = await verify(text(await classLog()));
    expect(v).toMatchObject({ ok: true, kind: 'verified', practice: true });
    expect(v.trace?.outcome?.kind).toBe('withdrew-safely');
  });

  it('names the entry whose votes count responses that were not offered', async () => {
    const forged = await forge(await classLog(), (copy) => {
      const e = copy.entries[0]!;
      if (e.type === 'learner.respond' && e.votes) e.votes.responses = { supervisor: 12 };
    });
    const v = await verify(text(forged));
    expect(v.kind).toBe('tampered');
    expect(v.problems).toEqual([
      'entry 1: recorded votes for ["supervisor"], but the responses offered were ["acknowledge","calm-down","options-early","rules"]',
    ]);
  });

  it('refuses votes that are not whole numbers from 0', async () => {
    const bad = structuredClone(await classLog());
    const e = bad.entries[0]!;
    if (e.type === 'learner.respond' && e.votes) e.votes.stepBack = -1;
    const v = await verify(text(bad));
    expect(v.kind).toBe('tampered');
    expect(v.problems.join('\n')).toMatch(/entries\[0\]\.votes\.stepBack/);
  });
});

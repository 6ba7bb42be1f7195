import { describe, expect, it } from 'vitest';
import { allXapiProblems } from '../../../tests/support/xapi-validate';
import { shownOrder } from '../../domain/escalation/shown-order';
import { scoreSession } from '../../domain/scoring/score-session';
import { nextEntry } from '../../domain/session/chain';
import { trace } from '../../domain/session/trace';
import { builtInFramework, exportFixture } from '../../test-util/export-fixture';
import { makeLog } from '../../test-util/make-log';
import { WITHDRAW } from '../../test-util/sessions';
import { transcriptRows } from '../transcript-rows';
import { xapiStatements, XapiExportError, type XapiInput } from './session-statements';
import { xapiFile } from './xapi-file';
import { ACTIVITY_TYPES, EXTENSIONS, STEP_BACK_CHOICE, VERBS, XAPI_BASE } from './xapi-iris';
import type { XapiStatement } from './xapi-types';

const HOME = 'https://defuse.college.example/';
const verbOf = (s: XapiStatement) => s.verb.id.split('/').at(-1);
const ext = (s: XapiStatement, key: string) => s.result?.extensions?.[key];
const ctx = (s: XapiStatement, key: string) => s.context.extensions[key];

async function fixtureStatements(o: Parameters<typeof exportFixture>[0] = {}) {
  const f = await exportFixture(o);
  const input: XapiInput = {
    trace: f.trace,
    unit: { framework: f.framework, assessment: f.assessment },
    homePage: HOME,
  };
  return { f, input, statements: await xapiStatements(input) };
}

describe('xapiStatements', () => {
  it('makes valid xAPI: initialized, one answered per turn, completed, terminated', async () => {
    const { f, statements } = await fixtureStatements();
    expect(allXapiProblems(statements)).toEqual([]);
    const turns = f.trace.turns.length;
    expect(statements.map(verbOf)).toEqual([
      'initialized',
      ...Array<string>(turns).fill('answered'),
      'completed',
      'terminated',
    ]);
    // The fixture has a tutor override: it is not a learner turn, so it makes no statement.
    expect(f.trace.steps.length).toBe(turns + 1);
    expect(
      statements.every((s) => s.object.id === statements[0]!.object.id || verbOf(s) === 'answered'),
    ).toBe(true);
    expect(statements[0]!.object.definition.type).toBe(ACTIVITY_TYPES.simulation);
    expect(statements[0]!.object.id).toBe(`${XAPI_BASE}scenarios/passport-delay`);
  });

  it('records each turn as a choice interaction: the options shown, in that order, and the response', async () => {
    const { f, statements } = await fixtureStatements();
    const answered = statements.filter((s) => verbOf(s) === 'answered');
    const steps = f.trace.steps.filter((s) => s.turn !== null);
    const rows = transcriptRows(f.trace, f.assessment).filter((r) => r.kind === 'turn');
    answered.forEach((s, i) => {
      const { entry, turn, before, after } = steps[i]!;
      if (entry.type !== 'learner.respond') throw new Error('the fixture only responds');
      const def = s.object.definition;
      expect(def.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
      expect(def.interactionType).toBe('choice');
      expect(def.choices!.map((c) => c.id)).toEqual([...entry.shown, STEP_BACK_CHOICE]);
      const beat = f.scenario.beats[turn!.beatId]!;
      expect(def.choices!.map((c) => c.description['en-GB'])).toEqual([
        ...entry.shown.map((id) => beat.responses.find((r) => r.id === id)!.text),
        'Step back and get support',
      ]);
      expect(s.object.id).toBe(`${XAPI_BASE}scenarios/passport-delay/beats/${turn!.beatId}`);
      expect(s.result!.response).toBe(entry.responseId);
      expect(s.result!.duration).toBe(`PT${entry.ms! / 1000}S`);
      expect(s.timestamp).toBe(new Date(entry.at).toISOString());
      expect(ext(s, EXTENSIONS.mood)).toEqual({ before: before.mood, after: after.mood });
      expect(ext(s, EXTENSIONS.tension)).toEqual({ before: before.tension, after: after.tension });
      expect(ext(s, EXTENSIONS.techniques)).toEqual(rows[i]!.techniques);
      // The same criteria the CSV's "Evidence for/against criteria" columns give.
      expect(ext(s, EXTENSIONS.criteriaCited)).toEqual({
        for: rows[i]!.citedFor,
        against: rows[i]!.citedAgainst,
      });
      expect(ctx(s, EXTENSIONS.shown)).toEqual(entry.shown);
      expect(ctx(s, EXTENSIONS.turn)).toBe(i + 1);
      expect(ctx(s, EXTENSIONS.logEntry)).toBe(entry.seq);
      expect(ctx(s, EXTENSIONS.logHash)).toBe(entry.hash);
      expect(s.context.contextActivities!.parent!.map((a) => a.id)).toEqual([
        `${XAPI_BASE}scenarios/passport-delay`,
      ]);
    });
    // The poor turn is cited against 2.2, as the fixture's record shows.
    expect(
      answered.some((s) =>
        (ext(s, EXTENSIONS.criteriaCited) as { against: string[] }).against.includes('2.2'),
      ),
    ).toBe(true);
  });

  it('says how the session ended, with every criterion of the unit by status, and no pass or fail', async () => {
    const { f, statements } = await fixtureStatements();
    const completed = statements.find((s) => verbOf(s) === 'completed')!;
    const last = f.trace.steps.at(-1)!.entry;
    expect(completed.timestamp).toBe(new Date(last.at).toISOString());
    expect(completed.result!.completion).toBe(true);
    expect(completed.result).not.toHaveProperty('success');
    expect(completed.result).not.toHaveProperty('score');
    // The fixture's eight conversation entries are 15 s apart: two minutes from start to end.
    expect(last.at - f.log.header.startedAt).toBe(120_000);
    expect(completed.result!.duration).toBe('PT2M');
    expect(ext(completed, EXTENSIONS.ending)).toEqual({
      id: f.trace.outcome!.endingId,
      kind: f.trace.outcome!.kind,
      title: f.trace.outcome!.title,
      cause: f.trace.final.ending!.cause,
    });
    expect(ext(completed, EXTENSIONS.turns)).toBe(f.trace.turns.length);
    expect(ext(completed, EXTENSIONS.overrides)).toBe(1);
    const byStatus = ext(completed, EXTENSIONS.criteriaStatus) as Record<string, string[]>;
    expect(Object.values(byStatus).flat().sort()).toEqual(
      f.framework.criteria.map((c) => c.code).sort(),
    );
    expect(byStatus['needs-other-evidence']).toContain('1.1');
    const terminated = statements.at(-1)!;
    expect(terminated.timestamp).toBe(completed.timestamp);
    expect(statements.map((s) => s.verb.id)).not.toContain('http://adlnet.gov/expapi/verbs/passed');
    expect(statements.map((s) => s.verb.id)).not.toContain('http://adlnet.gov/expapi/verbs/failed');
  });

  it('groups every statement under the qualification and unit, in one registration', async () => {
    const { f, statements } = await fixtureStatements();
    for (const s of statements) {
      expect(s.context.registration).toBe('3f2a9c1b-7d4e-4c1a-9b2f-0a1b2c3d4e5f');
      expect(s.context.revision).toBe(f.log.header.scenario.hash);
      expect(s.context.contextActivities!.grouping!.map((a) => [a.id, a.definition.type])).toEqual([
        [
          `${XAPI_BASE}qualifications/pearson-btec-level-2-diploma-for-customer-service-practitioners`,
          ACTIVITY_TYPES.qualification,
        ],
        [`${XAPI_BASE}units/btec-l2-unit7-conflict`, ACTIVITY_TYPES.unit],
      ]);
      expect(ctx(s, EXTENSIONS.sessionId)).toBe(f.log.header.sessionId);
      expect(ctx(s, EXTENSIONS.mode)).toBe('assessment');
      expect(ctx(s, EXTENSIONS.attempt)).toBe(2);
      expect(ctx(s, EXTENSIONS.scenarioVersion)).toBe(f.log.header.scenario.hash);
    }
    const unnamed = await xapiStatements({ trace: f.trace, homePage: HOME });
    expect(allXapiProblems(unnamed)).toEqual([]);
    for (const s of unnamed) {
      expect(s.context.contextActivities?.grouping).toBeUndefined();
      expect(s.result?.extensions?.[EXTENSIONS.criteriaCited]).toBeUndefined();
      expect(s.result?.extensions?.[EXTENSIONS.criteriaStatus]).toBeUndefined();
    }
  });

  it('derives every id from the log: the same every time, unique, and unchanged by what is written after the ending', async () => {
    const { f, input, statements } = await fixtureStatements();
    const again = await xapiStatements(input);
    expect(again).toEqual(statements);
    const ids = statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Revising the account after the conversation adds entries, but changes no statement.
    const revised = await nextEntry(
      f.log,
      { type: 'reflection.revise', frameworkId: f.framework.id, generated: null, text: 'Later.' },
      f.log.header.startedAt + 900_000,
    );
    const later = trace(f.scenario, { ...f.log, entries: [...f.log.entries, revised] });
    expect(await xapiStatements({ ...input, trace: later })).toEqual(statements);
    // Another unit's statements are other statements (an LRS never sees one id with two bodies).
    const other = builtInFramework('lsib-l2-difficult-customers');
    const otherIds = (
      await xapiStatements({
        ...input,
        unit: {
          framework: other,
          assessment: scoreSession(f.scenario, f.trace.events, other, {
            startedAt: f.log.header.startedAt,
          }),
        },
      })
    ).map((s) => s.id);
    expect(otherIds.filter((id) => ids.includes(id))).toEqual([]);
  });

  it('derives a registration UUID from a session id that is not one', async () => {
    const { f } = await fixtureStatements();
    const log = { ...f.log, header: { ...f.log.header, sessionId: 'session-7' } };
    const a = await xapiStatements({ trace: trace(f.scenario, log), homePage: HOME });
    const b = await xapiStatements({ trace: trace(f.scenario, log), homePage: HOME });
    expect(a[0]!.context.registration).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5/);
    expect(b[0]!.context.registration).toBe(a[0]!.context.registration);
    expect(allXapiProblems(a)).toEqual([]);
  });

  it('identifies the learner by an account on this installation, named as they gave their name', async () => {
    const { statements } = await fixtureStatements();
    expect(statements[0]!.actor).toEqual({
      objectType: 'Agent',
      name: 'Ana Learner',
      account: { homePage: HOME, name: 'Ana Learner' },
    });
    const { statements: unnamed, f } = await fixtureStatements({ learnerName: '  ' });
    expect(unnamed[0]!.actor).toEqual({
      objectType: 'Agent',
      account: { homePage: HOME, name: `unnamed learner, session ${f.log.header.sessionId}` },
    });
    expect(allXapiProblems(unnamed)).toEqual([]);
  });

  it('keeps a hostile name exactly as typed, as data: no markup, no formula, no escaping of its own', async () => {
    const hostile = '=HYPERLINK("http://evil.example","y") <script>alert(1)</script>';
    const { input, statements } = await fixtureStatements({ learnerName: hostile });
    expect(allXapiProblems(statements)).toEqual([]);
    for (const s of statements) {
      expect(s.actor.name).toBe(hostile);
      expect(s.actor.account.name).toBe(hostile);
    }
    const file = await xapiFile(input);
    expect(file.fileName).toBe(
      'defuse-passport-delay-xapi-2026-06-01-hyperlink-http-evil-example-y-script-al-3f2a9c1b.json',
    );
    const parsed = JSON.parse(file.text) as XapiStatement[];
    expect(parsed).toEqual(statements);
    expect(parsed[0]!.actor.name).toBe(hostile);
    expect(file.text).not.toContain('&lt;');
  });

  it('records stepping back as the step-back choice, offered after the options on screen', async () => {
    const { f } = await fixtureStatements();
    const log = await makeLog(f.scenario, ['acknowledge-and-invite', WITHDRAW], {
      sessionId: '00000000-0000-4000-8000-000000000001',
    });
    const t = trace(f.scenario, log);
    const statements = await xapiStatements({ trace: t, homePage: HOME });
    expect(allXapiProblems(statements)).toEqual([]);
    const back = statements.filter((s) => verbOf(s) === 'answered').at(-1)!;
    const step = t.steps.at(-1)!;
    const shown = shownOrder(f.scenario, step.before, log.header.optionSeed);
    expect(back.result!.response).toBe(STEP_BACK_CHOICE);
    expect(back.object.definition.choices!.map((c) => c.id)).toEqual([...shown, STEP_BACK_CHOICE]);
    expect(ctx(back, EXTENSIONS.shown)).toEqual(shown);
    // Stepping back before the limit is judged passing the customer on, as the debrief and CSV judge it.
    expect(ext(back, EXTENSIONS.techniques)).toEqual(['passing-on']);
    expect(statements.map(verbOf).slice(-2)).toEqual(['completed', 'terminated']);
  });

  it('makes no completed or terminated statement for a session still going on', async () => {
    const { f } = await fixtureStatements();
    const log = await makeLog(f.scenario, ['acknowledge-and-invite']);
    const statements = await xapiStatements({ trace: trace(f.scenario, log), homePage: HOME });
    expect(statements.map(verbOf)).toEqual(['initialized', 'answered']);
    expect(allXapiProblems(statements)).toEqual([]);
  });

  it('refuses a log that does not replay, an assessment of another unit or scenario, and a home page that is not a web address', async () => {
    const { f, input } = await fixtureStatements();
    const tampered = {
      ...f.log,
      entries: f.log.entries.map((e) => (e.seq === 1 ? { ...e, tensionAfter: 99 } : e)),
    };
    await expect(xapiStatements({ ...input, trace: trace(f.scenario, tampered) })).rejects.toThrow(
      new XapiExportError(
        'the session log does not replay as it was recorded (entry 1: recorded tension 99, replay gives 47), so no learning record is made from it',
      ),
    );
    await expect(
      xapiStatements({
        ...input,
        unit: { ...input.unit!, framework: { ...f.framework, id: 'x' } },
      }),
    ).rejects.toThrow('the assessment is for framework "btec-l2-unit7-conflict", not "x"');
    await expect(
      xapiStatements({
        ...input,
        unit: { ...input.unit!, assessment: { ...f.assessment, scenarioId: 'other' } },
      }),
    ).rejects.toThrow('the assessment is for scenario "other", not "passport-delay"');
    await expect(xapiStatements({ ...input, homePage: 'javascript:alert(1)' })).rejects.toThrow(
      'the account home page must be a web address, not "javascript:alert(1)"',
    );
  });

  it('is checked by a live validator: a broken statement is reported, naming the field', async () => {
    const { statements } = await fixtureStatements();
    const broken = {
      ...statements[0]!,
      context: { ...statements[0]!.context, registration: 'session-1' },
    };
    expect(allXapiProblems([broken])).toEqual([
      '[0 initialized] statement.context.registration: TypeWarning',
    ]);
  });

  it('uses ADL’s verbs and puts every extension under the Defuse base IRI', async () => {
    const { statements } = await fixtureStatements();
    for (const s of statements) {
      expect(Object.values(VERBS)).toContain(s.verb.id);
      const keys = [
        ...Object.keys(s.context.extensions),
        ...Object.keys(s.result?.extensions ?? {}),
      ];
      for (const k of keys) expect(k.startsWith(`${XAPI_BASE}extensions/`)).toBe(true);
    }
  });
});

/**
 * Properties of verifyLog over random valid sessions of the fake scenario and every built-in one:
 * every log the app would export verifies, and any single changed character of the exported text is
 * detected — unless the change leaves the evidence itself identical (re-indenting the file), which
 * the property states exactly rather than excluding by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/domain/scenario/schema';
import { sealLog } from '../../src/domain/session/chain';
import type { SessionEvent } from '../../src/domain/session/events';
import { canonicalJson } from '../../src/domain/session/hash';
import type { ExportedLog, SessionMode } from '../../src/domain/session/log-types';
import { verifyLog } from '../../src/domain/session/verify-log';
import { fakeScenario } from '../../src/test-util/fake-scenario';
import { makeLog, scenarioHash, type Step } from '../../src/test-util/make-log';
import { WITHDRAW, sessionArb } from '../../src/test-util/sessions';
import { builtInScenarios } from '../support/built-in-scenarios';

const scenarios = [fakeScenario(), ...builtInScenarios()];
const byHash = new Map<string, Scenario>();
for (const s of scenarios) byHash.set(await scenarioHash(s), s);
const known = (id: string, hash: string) => {
  const s = byHash.get(hash);
  return s?.id === id ? s : null;
};
const RUNS = { numRuns: 120 };

const stepOf = (e: SessionEvent): Step =>
  e.type === 'learner.respond'
    ? e.responseId
    : e.type === 'learner.withdraw'
      ? WITHDRAW
      : { tension: e.tension!, reason: 'tutor' };

/** Text as a learner might type it: any code points, markup and formula look-alikes included. */
const typed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', '=HYPERLINK("http://x.example","y")', '+1', '@A1'),
);

/** The exported log for a generated case (async, so built inside the property). */
async function build(r: {
  scenarioId: string;
  session: { events: SessionEvent[]; startedAt: number | null };
  mode: SessionMode;
  learnerName: string;
  account: { draft: string; text: string; sign: boolean } | null;
  step: number;
  exportedAt: number;
}): Promise<ExportedLog> {
  const scenario = scenarios.find((s) => s.id === r.scenarioId)!;
  const log = await makeLog(scenario, r.session.events.map(stepOf), {
    mode: r.mode,
    learnerName: r.learnerName,
    step: r.step,
    ...(r.session.startedAt !== null ? { startedAt: r.session.startedAt } : {}),
    ...(r.account
      ? {
          reflection: { frameworkId: 'l2-pss', draft: r.account.draft, text: r.account.text },
          ...(r.account.sign ? { sign: { name: r.learnerName, date: '2026-06-01' } } : {}),
        }
      : {}),
  });
  return sealLog(log, r.exportedAt);
}

// By id, so a counterexample prints the scenario's name rather than the whole scenario.
const caseArb = fc.constantFrom(...scenarios).chain((scenario) =>
  fc.record({
    scenarioId: fc.constant(scenario.id),
    session: sessionArb(scenario),
    mode: fc.constantFrom<SessionMode>('practice', 'assessment'),
    learnerName: typed,
    account: fc.option(fc.record({ draft: typed, text: typed, sign: fc.boolean() }), {
      nil: null,
    }),
    step: fc.integer({ min: 0, max: 120_000 }),
    exportedAt: fc.integer({ min: 1_700_000_000_000, max: 1_900_000_000_000 }),
  }),
);

/** One changed character: where (anywhere, or on a digit, where numbers are) and what it becomes. */
const changeArb = fc.record({
  at: fc.nat(),
  onDigit: fc.boolean(),
  to: fc.oneof(
    fc.constantFrom(
      '"',
      '\\',
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      ' ',
      '\n',
      '0',
      '1',
      '9',
      '-',
      '.',
      'e',
      'a',
      'n',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
});

function change(text: string, c: { at: number; onDigit: boolean; to: string }): string | null {
  const digits = [...text.matchAll(/\d/g)].map((m) => m.index);
  const at = c.onDigit && digits.length > 0 ? digits[c.at % digits.length]! : c.at % text.length;
  const was = String.fromCodePoint(text.codePointAt(at)!);
  if (was === c.to) return null;
  return text.slice(0, at) + c.to + text.slice(at + was.length);
}

/** Whether `text` still holds exactly the evidence `log` holds (only the layout changed). */
function sameEvidence(text: string, log: ExportedLog): boolean {
  try {
    return canonicalJson(JSON.parse(text)) === canonicalJson(log);
  } catch {
    return false;
  }
}

describe('verifyLog over random sessions of every scenario', { timeout: 120_000 }, () => {
  it('verifies every log the app exports', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (r) => {
        const log = await build(r);
        const v = await verifyLog(JSON.stringify(log), known);
        expect(v.problems).toEqual([]);
        expect(v).toMatchObject({ ok: true, kind: 'verified', practice: r.mode === 'practice' });
        expect(v.log).toEqual(log);
        expect(v.trace!.turns.length).toBe(
          r.session.events.filter((e) => e.type !== 'tutor.override').length,
        );
      }),
      RUNS,
    );
  });

  it('detects any single changed character of the exported text', async () => {
    let layoutOnly = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, changeArb, fc.boolean(), async (r, c, pretty) => {
        const log = await build(r);
        const text = pretty ? JSON.stringify(log, null, 2) : JSON.stringify(log);
        const changed = change(text, c);
        fc.pre(changed !== null);
        const v = await verifyLog(changed!, known);
        if (v.ok) {
          // Only a change of layout (whitespace between tokens, the case of a \u escape's hex) may
          // pass, and then the file still holds exactly the same evidence.
          expect(sameEvidence(changed!, log), `undetected change:\n${changed}`).toBe(true);
          layoutOnly++;
        } else expect(v.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
    expect(layoutOnly).toBeLessThan(100);
  });
});

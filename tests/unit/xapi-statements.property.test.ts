/**
 * Properties of the xAPI exporter over random valid sessions of the fake scenario and every built-in
 * one, assessed against each unit the scenario evidences (or none): every statement is valid xAPI
 * (Learning Locker's validator), there is one `answered` per learner turn, the ids are stable from one
 * export to the next and unique within and across sessions, and every timestamp is a log entry's.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFrameworkFiles } from '../../scripts/load-frameworks';
import type { SessionEvent } from '../../src/domain/session/events';
import { scoreSession } from '../../src/domain/scoring/score-session';
import { trace } from '../../src/domain/session/trace';
import { xapiStatements } from '../../src/export/xapi/session-statements';
import { fakeScenario } from '../../src/test-util/fake-scenario';
import { makeLog, type Step } from '../../src/test-util/make-log';
import { WITHDRAW, sessionArb } from '../../src/test-util/sessions';
import { builtInScenarios } from '../support/built-in-scenarios';
import { allXapiProblems } from '../support/xapi-validate';

const root = fileURLToPath(new URL('../..', import.meta.url));
const frameworks = loadFrameworkFiles(path.join(root, 'scenarios', 'frameworks'));
const scenarios = [fakeScenario(), ...builtInScenarios()];
const RUNS = { numRuns: 40 };

const stepOf = (e: SessionEvent): Step =>
  e.type === 'learner.respond'
    ? e.responseId
    : e.type === 'learner.withdraw'
      ? WITHDRAW
      : { tension: e.tension!, reason: 'tutor' };

describe.each(scenarios.map((s) => [s.id, s] as const))(
  'xAPI statements of %s',
  (_id, scenario) => {
    const units = [undefined, ...frameworks.filter((f) => scenario.frameworks.includes(f.id))];
    const arb = fc.record({
      session: sessionArb(scenario),
      unit: fc.constantFrom(...units),
      name: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('<script>alert(1)</script>')),
      sessionId: fc.oneof(fc.uuid({ version: 4 }), fc.string({ minLength: 1, maxLength: 12 })),
    });

    it('are valid, one answered per turn, with stable, unique ids and the log’s timestamps', async () => {
      await fc.assert(
        fc.asyncProperty(arb, async ({ session, unit, name, sessionId }) => {
          const log = await makeLog(scenario, session.events.map(stepOf), {
            learnerName: name,
            sessionId,
            ...(session.startedAt !== null ? { startedAt: session.startedAt } : {}),
          });
          const t = trace(scenario, log);
          const input = {
            trace: t,
            homePage: 'https://defuse.example/',
            ...(unit
              ? {
                  unit: {
                    framework: unit,
                    assessment: scoreSession(scenario, t.events, unit, {
                      startedAt: log.header.startedAt,
                    }),
                  },
                }
              : {}),
          };
          const statements = await xapiStatements(input);
          expect(allXapiProblems(statements)).toEqual([]);
          const answered = statements.filter((s) => s.verb.id.endsWith('/answered'));
          expect(answered).toHaveLength(t.turns.length);
          const ids = statements.map((s) => s.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect((await xapiStatements(input)).map((s) => s.id)).toEqual(ids);
          const times = new Set([log.header.startedAt, ...log.entries.map((e) => e.at)]);
          for (const s of statements) expect(times.has(Date.parse(s.timestamp))).toBe(true);
          expect(statements.some((s) => /\/(passed|failed)$/.test(s.verb.id))).toBe(false);
          // Another session (another id) of the same play shares no statement id with this one.
          const other = await makeLog(scenario, session.events.map(stepOf), {
            learnerName: name,
            sessionId: `${sessionId}-again`,
          });
          const otherIds = (await xapiStatements({ ...input, trace: trace(scenario, other) })).map(
            (s) => s.id,
          );
          expect(otherIds.filter((id) => ids.includes(id))).toEqual([]);
        }),
        RUNS,
      );
    });
  },
);

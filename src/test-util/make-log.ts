/**
 * Builds real, hash-chained session logs for tests: a scenario played by response id (WITHDRAW for
 * the safety action, `{ tension, reason }` for a tutor override), optionally with a reflective
 * account and a signed declaration. Every entry is made the way the app makes it (recordStep +
 * nextEntry), so a log from here verifies exactly like one the app exported.
 */
import { initialState } from '../domain/escalation/engine';
import { shownOrder } from '../domain/escalation/shown-order';
import type { EngineState } from '../domain/escalation/types';
import type { Scenario } from '../domain/scenario/schema';
import { nextEntry } from '../domain/session/chain';
import { hashCanonical, sha256Hex } from '../domain/session/hash';
import type { EntryBody, SessionLog, SessionMode } from '../domain/session/log-types';
import { newLog } from '../domain/session/new-log';
import { recordStep } from '../domain/session/record-step';
import { DECLARATION_STATEMENT } from '../domain/reflection/declaration';
import { WITHDRAW } from './sessions';

export type Step = string | { tension: number; reason: string };

export interface MakeLog {
  mode?: SessionMode;
  learnerName?: string;
  startedAt?: number;
  /** ms between entries. */
  step?: number;
  sessionId?: string;
  attempt?: number;
  /** Seeds the order options are shown in. */
  optionSeed?: string;
  /** A reflective account: its generated draft and the learner's text. */
  reflection?: { frameworkId: string; draft: string; text: string };
  /** Sign the account (needs `reflection`). */
  sign?: { name: string; date: string };
}

/** The scenario hash a log made from `scenario` carries. */
export const scenarioHash = (scenario: Scenario): Promise<string> =>
  hashCanonical(scenario, 'scenario');

export async function makeLog(
  scenario: Scenario,
  steps: readonly Step[],
  o: MakeLog = {},
): Promise<SessionLog> {
  const startedAt = o.startedAt ?? Date.UTC(2026, 5, 1, 9, 0, 0);
  const gap = o.step ?? 15_000;
  let log = newLog({
    appVersion: '0.1.0',
    sessionId: o.sessionId ?? 'session-1',
    scenario: { id: scenario.id, title: scenario.title, hash: await scenarioHash(scenario) },
    mode: o.mode ?? 'assessment',
    learnerName: o.learnerName ?? 'Ana Learner',
    attempt: o.attempt ?? 1,
    startedAt,
    timeZone: 'Europe/London',
    optionSeed: o.optionSeed ?? 'seed-1',
  });
  let state: EngineState = initialState(scenario);
  let at = startedAt;
  const append = async (body: EntryBody) => {
    at += gap;
    const entry = await nextEntry(log, body, at);
    log = { ...log, entries: [...log.entries, entry] };
  };
  for (const s of steps) {
    const t = at + gap;
    const event =
      typeof s === 'object'
        ? { type: 'tutor.override' as const, tension: s.tension, reason: s.reason, at: t }
        : s === WITHDRAW
          ? { type: 'learner.withdraw' as const, at: t }
          : { type: 'learner.respond' as const, responseId: s, at: t };
    const shown = shownOrder(scenario, state, log.header.optionSeed);
    const recorded = recordStep(scenario, state, event, { shown, startedAt });
    state = recorded.after;
    await append(recorded.body);
  }
  if (o.reflection) {
    await append({
      type: 'reflection.revise',
      frameworkId: o.reflection.frameworkId,
      generated: o.reflection.draft,
      text: o.reflection.text,
    });
    if (o.sign) {
      const revision = log.entries.length;
      await append({
        type: 'reflection.sign',
        name: o.sign.name,
        date: o.sign.date,
        statement: DECLARATION_STATEMENT,
        revision,
        textHash: await sha256Hex(o.reflection.text),
      });
    }
  }
  return log;
}

/**
 * Session logs made for the assessor-scale benchmark: a built-in scenario stretched to 40 turns
 * (every ending a response leads to leads back to the opening instead, and `maxTurns` is 40), played
 * by seeded learners through the real engine, recorded with recordStep, chained with nextEntry and
 * sealed, exactly as the app exports them. Deterministic: the same logs every run.
 */
import { shownOrder } from '../../src/domain/escalation/shown-order';
import { bestAlternative } from '../../src/domain/escalation/alternatives';
import { initialState } from '../../src/domain/escalation/engine';
import type { Next, Scenario } from '../../src/domain/scenario/schema';
import { nextEntry, sealLog } from '../../src/domain/session/chain';
import { hashCanonical } from '../../src/domain/session/hash';
import type { ExportedLog, SessionLog } from '../../src/domain/session/log-types';
import { newLog } from '../../src/domain/session/new-log';
import { recordStep } from '../../src/domain/session/record-step';
import { builtInScenarios } from '../../tests/support/built-in-scenarios';
import { seededRandom } from '../../src/domain/random/seeded-random';

export const TURNS = 40;

/** passport-delay, stretched to 40 turns. */
export function longScenario(): Scenario {
  const base = builtInScenarios().find((s) => s.id === 'passport-delay')!;
  const s = structuredClone(base) as Scenario;
  const back = (next: Next | undefined): Next | undefined => {
    if (next === undefined) return undefined;
    if (typeof next === 'string') return s.endings[next] ? s.flow.start : next;
    return Object.fromEntries(
      Object.entries(next).map(([mood, to]) => [mood, s.endings[to!] ? s.flow.start : to]),
    ) as Next;
  };
  for (const beat of Object.values(s.beats)) {
    if (beat.next !== undefined) beat.next = back(beat.next)!;
    for (const r of beat.responses) if (r.next !== undefined) r.next = back(r.next)!;
  }
  return { ...s, id: 'passport-delay-40-turns', flow: { ...s.flow, maxTurns: TURNS } };
}

export interface GeneratedLog {
  log: ExportedLog;
  text: string;
}

export async function generatedLogs(scenario: Scenario, count: number): Promise<GeneratedLog[]> {
  const hash = await hashCanonical(scenario, 'scenario');
  const random = seededRandom(40);
  const out: GeneratedLog[] = [];
  for (let i = 0; i < count; i++) {
    const id = `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
    const startedAt = Date.UTC(2026, 10, 2, 9) + i * 60_000;
    let log: SessionLog = newLog({
      appVersion: 'bench',
      sessionId: id,
      scenario: { id: scenario.id, title: scenario.title, hash },
      mode: i % 4 === 0 ? 'practice' : 'assessment',
      learnerName: `Learner ${i + 1}`,
      attempt: 1,
      startedAt,
      timeZone: 'Europe/London',
      optionSeed: id,
    });
    let state = initialState(scenario);
    let at = startedAt;
    while (!state.ending) {
      const shown = shownOrder(scenario, state, id);
      // Mostly at random, but calming before the breaking point, so every log runs 40 turns.
      const pick =
        state.tension > 70
          ? bestAlternative(scenario, state)!.response.id
          : shown[Math.floor(random() * shown.length)]!;
      at += 5_000 + Math.floor(random() * 20_000);
      const event = { type: 'learner.respond' as const, responseId: pick, at };
      const { body, after } = recordStep(scenario, state, event, { shown, startedAt });
      log = { ...log, entries: [...log.entries, await nextEntry(log, body, at)] };
      state = after;
    }
    const sealed = await sealLog(log, at + 60_000);
    out.push({ log: sealed, text: JSON.stringify(sealed) });
  }
  return out;
}

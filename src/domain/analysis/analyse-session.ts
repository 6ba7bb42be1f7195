/**
 * Framework-independent analysis of one session, computed once per log from its walk (the trace's
 * steps, so tutor overrides are honoured): judges each turn (judged-turn.ts: a needless step back
 * is passing the customer on), then derives the technique profile, mood shifts and adaptation
 * events, the turns that made it worse, the ending verdict, the tension curve, time per turn and,
 * for every turn, the best response that was available at that moment. Pure and deterministic.
 */
import { bestAlternative } from '../escalation/alternatives';
import { EngineError } from '../escalation/engine';
import {
  isPoorTechnique,
  TECHNIQUE_INFO,
  TECHNIQUES,
  type Technique,
} from '../escalation/techniques';
import type { EngineState, TurnRecord } from '../escalation/types';
import type { Scenario } from '../scenario/schema';
import type { SessionEvent } from '../session/events';
import type { Trace } from '../session/trace';
import { walkEvents, type Walk } from '../session/walk';
import type {
  AdaptationEvent,
  MoodShift,
  SessionAnalysis,
  TechniqueProfile,
  TensionPoint,
  TurnAlternative,
  TurnTiming,
  WorseningTurn,
} from '../analysis/analysis-types';
import { analyseEnding } from './ending-verdict';
import { judgedTurn } from './judged-turn';
import { beatOf } from '../scenario/lookup';

/** Options for analyseSession. */
export interface AnalyseOptions {
  /** When the session started (ms since the epoch), so turn 1 can be timed. */
  startedAt?: number;
}

/** The tension after the start and after each step. */
function tensionCurve(walk: Pick<Walk, 'initial' | 'steps'>): TensionPoint[] {
  return [
    { afterTurn: 0, tension: walk.initial.tension, mood: walk.initial.mood, source: 'start' },
    ...walk.steps.map((s): TensionPoint => ({
      afterTurn: s.after.turn,
      tension: s.after.tension,
      mood: s.after.mood,
      source: s.turn ? 'turn' : 'tutor',
    })),
  ];
}

const sameSet = (a: readonly Technique[], b: readonly Technique[]) =>
  a.length === b.length && a.every((t) => b.includes(t));

/** Counts the judged techniques of every turn, in vocabulary order. */
export function techniqueProfile(turns: readonly TurnRecord[]): TechniqueProfile {
  const techniques = TECHNIQUES.map((technique) => {
    const used = turns.filter((t) => t.effect.techniques.includes(technique)).map((t) => t.turn);
    const info = TECHNIQUE_INFO[technique];
    return { technique, label: info.label, quality: info.quality, count: used.length, turns: used };
  }).filter((c) => c.count > 0);
  const total = (q: 'good' | 'poor') =>
    techniques.filter((c) => c.quality === q).reduce((s, c) => s + c.count, 0);
  return {
    techniques,
    good: total('good'),
    poor: total('poor'),
    distinctGood: techniques.filter((c) => c.quality === 'good').map((c) => c.technique),
  };
}

/** Turns answered in a different mood from the turn before. */
export function moodShifts(turns: readonly TurnRecord[]): MoodShift[] {
  return turns.slice(1).flatMap((t, i) => {
    const prev = turns[i]!;
    return prev.moodBefore === t.moodBefore
      ? []
      : [
          {
            turn: t.turn,
            previousTurn: prev.turn,
            moodFrom: prev.moodBefore,
            moodTo: t.moodBefore,
          },
        ];
  });
}

/** Mood shifts at which the learner's technique set changed (see AdaptationEvent). */
export function adaptations(turns: readonly TurnRecord[]): AdaptationEvent[] {
  return moodShifts(turns).flatMap((shift) => {
    const from = turns[shift.previousTurn - 1]!.effect.techniques;
    const to = turns[shift.turn - 1]!.effect.techniques;
    if (sameSet(from, to)) return [];
    const appropriate = to.some((t) => !isPoorTechnique(t)) && !to.some(isPoorTechnique);
    return [{ ...shift, from: [...from], to: [...to], appropriate }];
  });
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function madeWorse(scenario: Scenario, turns: readonly TurnRecord[]): WorseningTurn[] {
  return turns
    .filter((t) => t.effect.delta > 0)
    .map((t) => {
      const response = beatOf(scenario, t.beatId)?.responses.find((r) => r.id === t.responseId);
      const raising = t.effect.parts.filter((p) => p.value > 0);
      // An author's override replaces the model, so every technique shares the blame.
      const causes = (raising.length > 0 ? raising : t.effect.parts)
        .slice()
        .sort((a, b) => b.value - a.value)
        .map((p) => ({
          technique: p.technique,
          label: TECHNIQUE_INFO[p.technique].label,
          value: round1(p.value),
          reasons: [
            ...p.factors.map((f) => f.reason),
            ...(t.effect.overridden ? ['the scenario sets this response’s effect directly'] : []),
          ],
        }));
      return {
        turn: t.turn,
        text: t.text,
        delta: t.effect.delta,
        tensionBefore: t.tensionBefore,
        tensionAfter: t.tensionAfter,
        moodBefore: t.moodBefore,
        moodAfter: t.moodAfter,
        causes,
        feedback: response?.feedback.why ?? null,
      };
    });
}

const poorCount = (ts: readonly Technique[]) => ts.filter(isPoorTechnique).length;

function alternativeAt(scenario: Scenario, state: EngineState, turn: TurnRecord): TurnAlternative {
  const alt = bestAlternative(scenario, state);
  if (!alt) return { turn: turn.turn, chosenIsBest: false, betterAvailable: false, best: null };
  const b = alt.turn;
  const chosenIsBest = alt.response.id === turn.responseId;
  const better =
    turn.responseId === null
      ? !turn.limitCrossed && poorCount(b.effect.techniques) === 0
      : (turn.limitCrossed &&
          b.effect.techniques.includes('seek-help') &&
          !turn.effect.techniques.includes('seek-help')) ||
        poorCount(b.effect.techniques) < poorCount(turn.effect.techniques) ||
        (poorCount(b.effect.techniques) === poorCount(turn.effect.techniques) &&
          b.tensionAfter < turn.tensionAfter);
  return {
    turn: turn.turn,
    chosenIsBest,
    betterAvailable: !chosenIsBest && better,
    best: {
      responseId: alt.response.id,
      text: alt.response.text,
      techniques: [...b.effect.techniques],
      delta: b.effect.delta,
      tensionAfter: b.tensionAfter,
      moodAfter: b.moodAfter,
      next: b.next,
      why: alt.response.feedback.why,
      consequence: alt.response.feedback.consequence,
    },
  };
}

function timing(turns: readonly TurnRecord[], startedAt: number | undefined): TurnTiming[] {
  return turns.map((t, i) => {
    const prev = i === 0 ? (startedAt ?? null) : turns[i - 1]!.at;
    const ms = prev === null || t.at === null || t.at < prev ? null : t.at - prev;
    return { turn: t.turn, ms };
  });
}

/** Analyses a walk of a session (see walk.ts). */
export function analyseWalk(
  scenario: Scenario,
  walk: Pick<Walk, 'initial' | 'final' | 'steps'>,
  options: AnalyseOptions = {},
): SessionAnalysis {
  const { final } = walk;
  const before = walk.steps.filter((s) => s.turn).map((s) => s.before);
  const turns = final.history.map(judgedTurn);
  return {
    scenarioId: scenario.id,
    turns,
    profile: techniqueProfile(turns),
    moodShifts: moodShifts(turns),
    adaptations: adaptations(turns),
    madeWorse: madeWorse(scenario, turns),
    ending: analyseEnding(scenario, final),
    tension: tensionCurve(walk),
    timing: timing(turns, options.startedAt),
    alternatives: turns.map((t, i) => alternativeAt(scenario, before[i]!, t)),
    limitCrossedTurns: turns.filter((t) => t.limitCrossed).map((t) => t.turn),
    beyondAuthorityTurns: turns.filter((t) => t.beyondAuthority).map((t) => t.turn),
    endedAt: turns[turns.length - 1]?.at ?? null,
  };
}

/** The analysis of a traced log: what the debrief, the scorer and the exporters read. */
export const analyseTrace = (t: Trace): SessionAnalysis =>
  analyseWalk(t.scenario, t, { startedAt: t.log.header.startedAt });

/**
 * Analyses bare events against a scenario (tests and tools). Throws the engine's EngineError if an
 * event cannot apply (an unknown response, or an event after the ending).
 */
export function analyseSession(
  scenario: Scenario,
  events: readonly SessionEvent[],
  options: AnalyseOptions = {},
): SessionAnalysis {
  const walk = walkEvents(scenario, events);
  if (walk.stopped) throw new EngineError(walk.stopped.message);
  return analyseWalk(scenario, walk, options);
}

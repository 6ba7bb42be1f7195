/**
 * A saved session: the scenario it ran, the mode, and the append-only list of events. Everything else
 * (transcript, tension, outcome, scores) is derived by replaying the events, so the record is both
 * the learner's save game and the assessor's evidence. `outcome` and `turns` are cached for lists.
 */
import type { EngineState } from '../escalation/types';
import type { AuthenticityDeclaration } from '../reflection/declaration';
import type { EndingKind } from '../scenario/schema';
import type { SessionEvent } from './events';

export const SESSION_FORMAT = 1;
/** Bumped whenever the escalation model changes what a given event log produces. */
export const ENGINE_VERSION = 1;

export type SessionMode = 'practice' | 'assessment';

export interface SessionOutcome {
  endingId: string;
  kind: EndingKind;
  title: string;
}

/**
 * The learner's reflective account for this session. The generated draft is kept exactly as it was
 * generated, beside the learner's final text, so an assessor can see what the learner wrote
 * themselves; the declaration is cleared whenever the text changes after signing.
 */
export interface ReflectionRecord {
  /** The criteria framework the draft was generated for. */
  frameworkId: string;
  /** The draft as generated (plain text, prompts included). */
  draft: string;
  /** The learner's current text. */
  final: string;
  /** Set when the learner signed the authenticity declaration for exactly `final`. */
  declaration: AuthenticityDeclaration | null;
  /** ms since the epoch of the last edit, from the app's clock. */
  updatedAt: number;
}

export interface SessionRecord {
  format: typeof SESSION_FORMAT;
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  engineVersion: number;
  mode: SessionMode;
  /** Optional name for the evidence record; empty when the learner gave none. */
  learnerName: string;
  /** ms since the epoch, from the app's clock. */
  startedAt: number;
  updatedAt: number;
  /** Append-only. */
  events: SessionEvent[];
  turns: number;
  outcome: SessionOutcome | null;
  /** Set when a practice session was replayed from a turn of another session. */
  branchedFrom: { sessionId: string; turn: number } | null;
  /** The reflective account, once the learner starts one (absent in records saved before it existed). */
  reflection?: ReflectionRecord | null;
}

export interface NewSession {
  id: string;
  scenarioId: string;
  scenarioTitle: string;
  mode: SessionMode;
  learnerName: string;
  now: number;
}

export function newSessionRecord(s: NewSession): SessionRecord {
  return {
    format: SESSION_FORMAT,
    id: s.id,
    scenarioId: s.scenarioId,
    scenarioTitle: s.scenarioTitle,
    engineVersion: ENGINE_VERSION,
    mode: s.mode,
    learnerName: s.learnerName.trim(),
    startedAt: s.now,
    updatedAt: s.now,
    events: [],
    turns: 0,
    outcome: null,
    branchedFrom: null,
    reflection: null,
  };
}

/** The record with one more event and the summary fields refreshed from the engine's new state. */
export function withEvent(
  record: SessionRecord,
  event: SessionEvent,
  stateAfter: EngineState,
  endingTitle: (id: string) => string,
): SessionRecord {
  return {
    ...record,
    events: [...record.events, event],
    updatedAt: event.at ?? record.updatedAt,
    turns: stateAfter.turn,
    outcome: stateAfter.ending
      ? {
          endingId: stateAfter.ending.id,
          kind: stateAfter.ending.kind,
          title: endingTitle(stateAfter.ending.id),
        }
      : null,
  };
}

/**
 * A new practice session that starts from the first `turn` turns of another (replay from a turn).
 * The original is left untouched: logs are append-only.
 */
export function branchRecord(
  source: SessionRecord,
  turn: number,
  id: string,
  now: number,
): SessionRecord {
  let learnerTurns = 0;
  const events: SessionEvent[] = [];
  for (const e of source.events) {
    if (e.type !== 'tutor.override') {
      if (learnerTurns === turn) break;
      learnerTurns++;
    }
    events.push(e);
  }
  return {
    ...source,
    id,
    startedAt: now,
    updatedAt: now,
    events,
    turns: learnerTurns,
    outcome: null,
    branchedFrom: { sessionId: source.id, turn },
    reflection: null,
  };
}

/**
 * Checks a record read back from storage. Returns what is wrong, or nothing. Hand-written rather
 * than a schema library so the first screen does not ship a validator.
 */
export function sessionRecordProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return 'not a session record';
  const r = value as Partial<SessionRecord>;
  if (typeof r.format !== 'number') return 'no format version';
  if (r.format > SESSION_FORMAT)
    return `saved by a newer version of Defuse (format ${r.format}); update Defuse to open it`;
  if (r.format !== SESSION_FORMAT) return `unknown format ${String(r.format)}`;
  for (const key of ['id', 'scenarioId', 'scenarioTitle', 'learnerName'] as const) {
    if (typeof r[key] !== 'string') return `field "${key}" is missing or not text`;
  }
  if (r.mode !== 'practice' && r.mode !== 'assessment')
    return 'field "mode" must be practice or assessment';
  if (!Array.isArray(r.events)) return 'field "events" is missing';
  const bad = r.events.findIndex((e: unknown) => {
    const ev = e as Partial<SessionEvent> | null;
    return (
      !ev ||
      (ev.type !== 'learner.respond' &&
        ev.type !== 'learner.withdraw' &&
        ev.type !== 'tutor.override')
    );
  });
  if (bad >= 0) return `events[${bad}] is not a session event`;
  const reflection = r.reflection;
  if (
    reflection != null &&
    (typeof reflection.draft !== 'string' || typeof reflection.final !== 'string')
  ) {
    return 'field "reflection" is damaged (its draft or final text is missing)';
  }
  return undefined;
}

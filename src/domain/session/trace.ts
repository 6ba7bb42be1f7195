/**
 * `trace(scenario, log)`: everything a session log means, derived in one pure pass. The conversation
 * entries become engine events and are walked once (walk.ts); what each entry recorded (text,
 * techniques, tension, mood, time taken) is compared with what the walk gives, and every difference is
 * kept as a discrepancy for the verifier. The reflective account and declaration are read from their
 * entries. The debrief, analysis, exporters and verifier all read a trace; none loops over a log itself.
 */
import type { EngineState, TurnRecord } from '../escalation/types';
import type { EndingKind, Scenario } from '../scenario/schema';
import type { SessionEvent } from './events';
import {
  isConversation,
  type ConversationBody,
  type EntryMeta,
  type EntryOf,
  type LogEntry,
  type SessionLog,
} from './log-types';
import { votesProblem } from '../classroom/votes';
import { shownOrder } from '../escalation/shown-order';
import { walkEvents, type WalkStep } from './walk';
import { endingOf } from '../scenario/lookup';

export interface SessionOutcome {
  endingId: string;
  kind: EndingKind;
  title: string;
}

/** A recorded value that the replay does not reproduce, or an entry that cannot apply. */
export interface Discrepancy {
  seq: number;
  message: string;
}

/** A conversation entry with the engine step it made. */
export interface TraceStep extends WalkStep {
  entry: EntryMeta & ConversationBody;
}

/** The reflective account as its latest revision leaves it. */
export interface ReflectionTrace {
  frameworkId: string;
  /** The draft as generated (the latest generated draft). */
  draft: string;
  text: string;
  /** The seq of the latest revision. */
  revision: number;
  updatedAt: number;
  /** How many revisions were saved. */
  revisions: number;
}

export interface DeclarationTrace {
  name: string;
  date: string;
  statement: string;
  /** The seq of the revision signed, and of the declaration entry. */
  revision: number;
  seq: number;
  textHash: string;
  at: number;
  /** The signed revision is the latest: the account has not changed since it was signed. */
  current: boolean;
}

export interface Trace {
  log: SessionLog;
  scenario: Scenario;
  initial: EngineState;
  final: EngineState;
  steps: TraceStep[];
  /** The learner's turns, in order (final.history). */
  turns: TurnRecord[];
  events: SessionEvent[];
  outcome: SessionOutcome | null;
  reflection: ReflectionTrace | null;
  /** The latest declaration, if any. */
  declaration: DeclarationTrace | null;
  /** Recorded values the replay does not reproduce; empty for an honest log. */
  discrepancies: Discrepancy[];
  /** When the log was last written to (ms since the epoch). */
  updatedAt: number;
}

/** How a conversation in `state` ended, in the scenario's words; null while it goes on. */
export function outcomeOf(scenario: Scenario, state: EngineState): SessionOutcome | null {
  const ending = state.ending;
  return ending
    ? {
        endingId: ending.id,
        kind: ending.kind,
        title: endingOf(scenario, ending.id)?.title ?? ending.id,
      }
    : null;
}

/** The engine event a conversation entry records. */
export function eventOf(entry: EntryMeta & ConversationBody): SessionEvent {
  switch (entry.type) {
    case 'learner.respond':
      return { type: 'learner.respond', responseId: entry.responseId, at: entry.at };
    case 'learner.withdraw':
      return { type: 'learner.withdraw', at: entry.at };
    case 'tutor.override':
      return {
        type: 'tutor.override',
        ...(entry.tension !== undefined ? { tension: entry.tension } : {}),
        ...(entry.beatId !== undefined ? { beatId: entry.beatId } : {}),
        at: entry.at,
      };
  }
}

/** Equal as JSON; primitives and lists of them (every value compared here) without serialising. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return (
    typeof a === 'object' &&
    typeof b === 'object' &&
    a !== null &&
    b !== null &&
    JSON.stringify(a) === JSON.stringify(b)
  );
}

/** What a conversation entry recorded that its step does not reproduce. */
function compare(
  entry: EntryMeta & ConversationBody,
  step: WalkStep,
  lastTurnAt: number,
): string[] {
  const out: string[] = [];
  const check = (field: string, recorded: unknown, replayed: unknown) => {
    if (!same(recorded, replayed))
      out.push(
        `recorded ${field} ${JSON.stringify(recorded)}, replay gives ${JSON.stringify(replayed)}`,
      );
  };
  const { before, after } = step;
  check('tension before', entry.tensionBefore, before.tension);
  check('mood before', entry.moodBefore, before.mood);
  check('tension', entry.tensionAfter, after.tension);
  check('mood', entry.moodAfter, after.mood);
  if (entry.type === 'tutor.override') return out;
  check('time taken (ms)', entry.ms, Math.max(0, entry.at - lastTurnAt));
  if (entry.type === 'learner.respond' && step.turn) {
    check('response text', entry.text, step.turn.text);
    check('techniques', entry.techniques, step.turn.effect.techniques);
  }
  return out;
}

export function trace(scenario: Scenario, log: SessionLog): Trace {
  const conversation = log.entries.filter(isConversation);
  const walk = walkEvents(scenario, conversation.map(eventOf));
  const discrepancies: Discrepancy[] = [];
  const steps: TraceStep[] = [];
  let lastTurnAt = log.header.startedAt;
  walk.steps.forEach((step, i) => {
    const entry = conversation[i]!;
    steps.push({ ...step, entry });
    for (const message of compare(entry, step, lastTurnAt))
      discrepancies.push({ seq: entry.seq, message });
    if (entry.type !== 'tutor.override') {
      const offered = shownOrder(scenario, step.before, log.header.optionSeed);
      if (entry.type === 'learner.respond' && !same(entry.shown, offered))
        discrepancies.push({
          seq: entry.seq,
          message: `recorded options shown ${JSON.stringify(entry.shown)}, replay gives ${JSON.stringify(offered)}`,
        });
      // Classroom mode: the class's votes must count exactly the responses offered at the turn.
      const votes = entry.votes && votesProblem(entry.votes, offered);
      if (votes) discrepancies.push({ seq: entry.seq, message: votes });
    }
    if (entry.type !== 'tutor.override') lastTurnAt = entry.at;
  });
  if (walk.stopped) {
    const entry = conversation[walk.stopped.index]!;
    discrepancies.push({ seq: entry.seq, message: `cannot be replayed: ${walk.stopped.message}` });
  }

  const final = walk.final;
  return {
    log,
    scenario,
    initial: walk.initial,
    final,
    steps,
    turns: final.history,
    events: steps.map((s) => s.event),
    outcome: outcomeOf(scenario, final),
    ...readReflection(log.entries, discrepancies),
    discrepancies,
    updatedAt: log.entries[log.entries.length - 1]?.at ?? log.header.startedAt,
  };
}

function readReflection(
  entries: readonly LogEntry[],
  discrepancies: Discrepancy[],
): Pick<Trace, 'reflection' | 'declaration'> {
  let reflection: ReflectionTrace | null = null;
  let declaration: DeclarationTrace | null = null;
  for (const e of entries) {
    if (e.type === 'reflection.revise') {
      const previous = reflection as ReflectionTrace | null;
      const draft: string | undefined = e.generated ?? previous?.draft;
      if (draft === undefined) {
        discrepancies.push({
          seq: e.seq,
          message: 'the first revision of the account has no generated draft',
        });
      }
      reflection = {
        frameworkId: e.frameworkId,
        draft: draft ?? '',
        text: e.text,
        revision: e.seq,
        updatedAt: e.at,
        revisions: (previous?.revisions ?? 0) + 1,
      };
    } else if (e.type === 'reflection.sign') {
      const signed = entries.find(
        (r): r is EntryOf<'reflection.revise'> =>
          r.seq === e.revision && r.type === 'reflection.revise',
      );
      if (!signed || e.revision >= e.seq)
        discrepancies.push({
          seq: e.seq,
          message: `signs entry ${e.revision}, which is not an earlier revision of the account`,
        });
      declaration = {
        name: e.name,
        date: e.date,
        statement: e.statement,
        revision: e.revision,
        seq: e.seq,
        textHash: e.textHash,
        at: e.at,
        current: false,
      };
    }
  }
  if (declaration && reflection) declaration.current = declaration.revision === reflection.revision;
  return { reflection, declaration };
}

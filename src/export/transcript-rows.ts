/**
 * The conversation as rows, read from a trace once for every export that lists it (the CSV and the
 * printable record's transcript): each learner turn with what the customer said and showed, what the
 * learner said, its techniques and what it did, and each tutor override in its place. When an
 * assessment is given, each turn also carries the criteria that cite it.
 */
import { TECHNIQUE_INFO, type Technique } from '../domain/escalation/techniques';
import type { TurnQuality } from '../domain/evidence/turn-quality';
import { turnQuality } from '../domain/evidence/turn-quality';
import { judgedTurn } from '../domain/analysis/judged-turn';
import type { Mood } from '../domain/scenario/vocabulary';
import type { Assessment } from '../domain/scoring/assessment-types';
import type { Trace } from '../domain/session/trace';

/** What every row has: the log entry it comes from, when, and the customer before and after. */
interface RowBase {
  /** The log entry's `seq`. */
  seq: number;
  /** ms since the epoch. */
  at: number;
  moodBefore: Mood;
  tensionBefore: number;
  moodAfter: Mood;
  tensionAfter: number;
}

/** A learner's turn: a response, or stepping back to get support. */
export interface TurnRow extends RowBase {
  kind: 'turn';
  turn: number;
  customerLine: string;
  customerCue: string;
  /** The learner's words exactly as shown. */
  text: string;
  /** The customer's immediate reply to them, if the response has one. */
  reply: { line: string; cue: string } | null;
  techniques: Technique[];
  /** The techniques' debrief labels, in the same order. */
  techniqueLabels: string[];
  quality: TurnQuality;
  /** Seconds since the previous turn (or the start); null when not recorded. */
  seconds: number | null;
  /** Criteria codes that cite this turn as evidence for them, in framework order. */
  citedFor: string[];
  /** Criteria codes that cite this turn as counting against them. */
  citedAgainst: string[];
}

/** A tutor's override between turns (classroom mode). */
export interface OverrideRow extends RowBase {
  kind: 'override';
  /** The tension the tutor set, if they set one. */
  tension: number | null;
  /** The beat the tutor moved to, if they moved to one. */
  beatId: string | null;
  reason: string;
}

export type TranscriptRow = TurnRow | OverrideRow;

const citing = (assessment: Assessment | undefined, turn: number, bearing: 'for' | 'against') =>
  (assessment?.criteria ?? [])
    .filter((c) => c.refs.some((r) => r.turn === turn && r.bearing === bearing))
    .map((c) => c.code);

/** Every conversation step of `trace` as a row, in log order. */
export function transcriptRows(trace: Trace, assessment?: Assessment): TranscriptRow[] {
  return trace.steps.map((step): TranscriptRow => {
    const { entry, before, after, turn } = step;
    const base: RowBase = {
      seq: entry.seq,
      at: entry.at,
      moodBefore: before.mood,
      tensionBefore: before.tension,
      moodAfter: after.mood,
      tensionAfter: after.tension,
    };
    if (entry.type === 'tutor.override')
      return {
        ...base,
        kind: 'override',
        tension: entry.tension ?? null,
        beatId: entry.beatId ?? null,
        reason: entry.reason,
      };
    // walk.ts makes a turn for every learner event.
    if (!turn) throw new Error(`entry ${entry.seq}: a learner event made no turn`);
    const techniques = [...judgedTurn(turn).effect.techniques];
    return {
      ...base,
      kind: 'turn',
      turn: turn.turn,
      customerLine: turn.customerLine,
      customerCue: turn.customerCue,
      text: turn.text,
      reply: turn.reply,
      techniques,
      techniqueLabels: techniques.map((t) => TECHNIQUE_INFO[t].label),
      quality: turnQuality(techniques),
      seconds: entry.ms === null ? null : Math.round(entry.ms / 100) / 10,
      citedFor: citing(assessment, turn.turn, 'for'),
      citedAgainst: citing(assessment, turn.turn, 'against'),
    };
  });
}

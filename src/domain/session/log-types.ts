/**
 * The session log, format 1: what a session *is*. A header says what was played, by whom and with
 * which versions; an append-only list of numbered entries records what happened, each entry chained
 * to the one before by SHA-256. Nothing derived (transcript, scores, ending) is stored as truth: the
 * recorded moods and tension are there so a verifier can check them against a replay (see trace.ts,
 * verify-log.ts and docs/session-log.md).
 */
import type { Technique } from '../escalation/techniques';
import type { Mood } from '../scenario/vocabulary';

export const LOG_KIND = 'defuse.session-log';
export const LOG_FORMAT = 1;
/** Bumped whenever the escalation model or the scorer changes what a given log produces. */
export const ENGINE_VERSION = 1;

export type SessionMode = 'practice' | 'assessment';

/** Where a branched session (replay from a turn) came from. */
export interface BranchPoint {
  sessionId: string;
  /** The last entry of the source log that the branch keeps (0: none). */
  entry: number;
  /** That entry's hash (the source header's hash when `entry` is 0). */
  hash: string;
}

export interface LogHeader {
  kind: typeof LOG_KIND;
  format: typeof LOG_FORMAT;
  /** The Defuse release that wrote the log (package.json version). */
  appVersion: string;
  engineVersion: number;
  sessionId: string;
  scenario: {
    id: string;
    title: string;
    /** SHA-256 of the scenario version's RFC 8785 canonical JSON. */
    hash: string;
  };
  mode: SessionMode;
  /** As the learner gave it; empty when they gave none. */
  learnerName: string;
  /** 1 for the learner's first session of this scenario in this browser, and so on. */
  attempt: number;
  /** ms since the epoch, from the app's clock. */
  startedAt: number;
  /** The IANA time zone the session was played in (e.g. "Europe/London"): dates are shown in it. */
  timeZone: string;
  /**
   * Seeds the order the responses are offered in at each turn (src/domain/escalation/shown-order.ts),
   * so no position gives the best response away and a replay shows exactly what the learner saw.
   * From the app's injected id source.
   */
  optionSeed: string;
  branchedFrom: BranchPoint | null;
}

/** What the customer was like before and after an entry, as recorded (and checked on replay). */
export interface MoodChange {
  tensionBefore: number;
  tensionAfter: number;
  moodBefore: Mood;
  moodAfter: Mood;
}

/**
 * Classroom mode: how the class voted at a turn, as the tutor counted it before choosing. Recorded on
 * the entry of the choice itself, so the tally and what was chosen are saved, chained and exported
 * together (docs/session-log.md). Absent from every entry a learner made alone.
 */
export interface ClassVotes {
  /** Votes for each response offered at the turn, by response id (every one offered, 0 included). */
  responses: Record<string, number>;
  /** Votes for "Step back and get support". */
  stepBack: number;
}

/** A response the learner chose. */
export interface RespondBody extends MoodChange {
  type: 'learner.respond';
  responseId: string;
  /** The text exactly as shown to the learner. */
  text: string;
  /** The techniques the engine judged it to show. */
  techniques: Technique[];
  /** The ids of the responses offered at this turn, in the order they were shown. */
  shown: string[];
  /** ms from the previous learner turn (or the start) to this one; null if unknown. */
  ms: number | null;
  /** Classroom mode: the class's votes at this turn. */
  votes?: ClassVotes;
}

/** "Step back and get support": the safety action. */
export interface WithdrawBody extends MoodChange {
  type: 'learner.withdraw';
  ms: number | null;
  /** Classroom mode: the class's votes at this turn. */
  votes?: ClassVotes;
}

/** Classroom mode: the tutor set the tension or moved to a beat, and said why. */
export interface OverrideBody extends MoodChange {
  type: 'tutor.override';
  tension?: number;
  beatId?: string;
  reason: string;
}

/** One saved revision of the reflective account. */
export interface ReviseBody {
  type: 'reflection.revise';
  /** The criteria framework the account is written for. */
  frameworkId: string;
  /** A newly generated draft (plain text), or null when the draft is the one generated before. */
  generated: string | null;
  /** The learner's whole text at this revision. */
  text: string;
}

/** The learner's authenticity declaration for one revision of the account. */
export interface SignBody {
  type: 'reflection.sign';
  name: string;
  /** The learner's local calendar date (YYYY-MM-DD) when they signed. */
  date: string;
  statement: string;
  /** The `seq` of the reflection.revise entry signed. */
  revision: number;
  /** SHA-256 of that revision's text, so the signature names exactly what was signed. */
  textHash: string;
}

export type ConversationBody = RespondBody | WithdrawBody | OverrideBody;
export type EntryBody = ConversationBody | ReviseBody | SignBody;
export type EntryType = EntryBody['type'];

export const ENTRY_TYPES: readonly EntryType[] = [
  'learner.respond',
  'learner.withdraw',
  'tutor.override',
  'reflection.revise',
  'reflection.sign',
];

/** Fields every entry carries. */
export interface EntryMeta {
  /** 1, 2, 3… with no gaps. */
  seq: number;
  /** ms since the epoch, from the app's clock. */
  at: number;
  /** The previous entry's hash, or the header's hash for entry 1. */
  prev: string;
  /** SHA-256 of this entry's canonical JSON without `hash`. */
  hash: string;
}

export type LogEntry = EntryMeta & EntryBody;
export type EntryOf<T extends EntryType> = EntryMeta & Extract<EntryBody, { type: T }>;

/** A session as stored: the header and every entry so far. */
export interface SessionLog {
  header: LogHeader;
  entries: LogEntry[];
}

/** A log as exported: sealed with a hash over the whole. */
export interface ExportedLog extends SessionLog {
  seal: {
    /** ms since the epoch when it was exported. */
    exportedAt: number;
    /** SHA-256 of the canonical JSON of { header, entries, exportedAt }. */
    hash: string;
  };
}

export const isConversation = (e: LogEntry): e is EntryMeta & ConversationBody =>
  e.type === 'learner.respond' || e.type === 'learner.withdraw' || e.type === 'tutor.override';

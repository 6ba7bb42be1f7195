/**
 * The class record: what a class session was, derived from its branches' logs by tracing each one
 * (trace.ts) — votes per turn, what was chosen and whether it followed the vote, the curveballs, the
 * branches explored and the endings reached. Nothing here is stored: the printable summary and the
 * control panel's record read this, and the JSON export is the logs themselves.
 */
import { beatOf } from '../scenario/lookup';
import { shownOrder } from '../escalation/shown-order';
import type { EndingKind, Mood, Scenario } from '../scenario/schema';
import type { ClassVotes, SessionLog } from '../session/log-types';
import { trace, type Discrepancy, type SessionOutcome } from '../session/trace';
import { branchesOf, type BranchNode } from './branch-tree';
import {
  mostVoted,
  numberedOptions,
  sameOption,
  totalVotes,
  votesFor,
  type VoteOption,
} from './votes';

/** The words the class saw for stepping back. */
export const STEP_BACK_TEXT = 'Step back and get support';

/** One option as the class saw it at a turn, numbered for voting. */
export interface ClassOption {
  number: number;
  option: VoteOption;
  text: string;
  /** Votes counted for it; null when the turn has no votes recorded. */
  votes: number | null;
  chosen: boolean;
}

/** How the class's choice was made. */
export type DecidedBy =
  /** The option with the most votes was chosen. */
  | 'most-votes'
  /** The tutor chose another (or votes were tied). */
  | 'tutor'
  /** Nobody voted (or no votes were recorded). */
  | 'no-votes';

export interface ClassTurn {
  turn: number;
  beatId: string;
  customerLine: string;
  options: ClassOption[];
  chosen: ClassOption;
  decidedBy: DecidedBy;
  totalVotes: number | null;
  tensionBefore: number;
  tensionAfter: number;
  moodBefore: Mood;
  moodAfter: Mood;
  /** Taken in the branch this one was rewound from (copied, not taken again). */
  inherited: boolean;
}

/** A tutor's curveball (a tutor.override entry): the nudge and the reason given. */
export interface ClassCurveball {
  /** Learner turns taken before it. */
  afterTurn: number;
  reason: string;
  tensionBefore: number;
  tensionAfter: number;
  moodBefore: Mood;
  moodAfter: Mood;
  inherited: boolean;
}

export interface ClassBranch {
  number: number;
  sessionId: string;
  parentNumber: number | null;
  /** The turn it took again; null for the first branch. */
  fromTurn: number | null;
  turns: ClassTurn[];
  curveballs: ClassCurveball[];
  outcome: SessionOutcome | null;
  /** What its log records that a replay does not reproduce (empty for an honest log). */
  discrepancies: Discrepancy[];
  /** When it was last written to. */
  updatedAt: number;
}

export interface ClassEnding {
  endingId: string;
  title: string;
  kind: EndingKind;
  /** The numbers of the branches that reached it. */
  branches: number[];
}

export interface ClassRecord {
  runId: string;
  scenario: SessionLog['header']['scenario'];
  /** As the tutor named the class; may be empty. */
  className: string;
  startedAt: number;
  timeZone: string;
  branches: ClassBranch[];
  endings: ClassEnding[];
}

function decidedBy(votes: ClassVotes | undefined, chosen: VoteOption): DecidedBy {
  if (!votes || totalVotes(votes) === 0) return 'no-votes';
  const top = mostVoted(votes);
  return top && sameOption(top, chosen) ? 'most-votes' : 'tutor';
}

function branchRecord(scenario: Scenario, node: BranchNode): ClassBranch {
  const t = trace(scenario, node.log);
  const kept = node.log.header.branchedFrom?.entry ?? 0;
  const turns: ClassTurn[] = [];
  const curveballs: ClassCurveball[] = [];
  let taken = 0;
  for (const step of t.steps) {
    const e = step.entry;
    const change = {
      tensionBefore: step.before.tension,
      tensionAfter: step.after.tension,
      moodBefore: step.before.mood,
      moodAfter: step.after.mood,
    };
    const inherited = node.parent !== null && e.seq <= kept;
    if (e.type === 'tutor.override') {
      curveballs.push({ afterTurn: taken, reason: e.reason, ...change, inherited });
      continue;
    }
    taken++;
    const beat = beatOf(scenario, step.before.beatId);
    const shown =
      e.type === 'learner.respond'
        ? e.shown
        : shownOrder(scenario, step.before, node.log.header.optionSeed);
    const chosenOption: VoteOption =
      e.type === 'learner.respond'
        ? { kind: 'response', responseId: e.responseId }
        : { kind: 'step-back' };
    const options = numberedOptions(shown).map((option, i): ClassOption => ({
      number: i + 1,
      option,
      text:
        option.kind === 'step-back'
          ? STEP_BACK_TEXT
          : (beat?.responses.find((r) => r.id === option.responseId)?.text ?? option.responseId),
      votes: e.votes ? votesFor(e.votes, option) : null,
      chosen: sameOption(option, chosenOption),
    }));
    turns.push({
      turn: taken,
      beatId: step.before.beatId,
      customerLine: step.turn?.customerLine ?? '',
      options,
      chosen: options.find((o) => o.chosen)!,
      decidedBy: decidedBy(e.votes, chosenOption),
      totalVotes: e.votes ? totalVotes(e.votes) : null,
      ...change,
      inherited: node.fromTurn !== null && taken < node.fromTurn,
    });
  }
  return {
    number: node.number,
    sessionId: node.sessionId,
    parentNumber: node.parent?.number ?? null,
    fromTurn: node.fromTurn,
    turns,
    curveballs,
    outcome: t.outcome,
    discrepancies: t.discrepancies,
    updatedAt: t.updatedAt,
  };
}

/** The record of the class session whose tree is `root`, on the scenario version it was played on. */
export function classRecord(scenario: Scenario, root: BranchNode): ClassRecord {
  const branches = branchesOf(root).map((node) => branchRecord(scenario, node));
  const endings = new Map<string, ClassEnding>();
  for (const b of branches) {
    if (!b.outcome) continue;
    const ending = endings.get(b.outcome.endingId) ?? {
      endingId: b.outcome.endingId,
      title: b.outcome.title,
      kind: b.outcome.kind,
      branches: [],
    };
    ending.branches.push(b.number);
    endings.set(b.outcome.endingId, ending);
  }
  const h = root.log.header;
  return {
    runId: h.sessionId,
    scenario: { ...h.scenario },
    className: h.learnerName,
    startedAt: h.startedAt,
    timeZone: h.timeZone,
    branches,
    endings: [...endings.values()],
  };
}

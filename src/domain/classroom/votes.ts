/**
 * Classroom mode's votes: the tutor counts the class's votes for each option at a turn (every
 * response offered, and "Step back and get support"), and the tally is recorded on the entry of the
 * choice (log-types.ts `ClassVotes`). One rule picks the default choice — the option with the most
 * votes, when one option has more than every other — so the machine and the control panel agree.
 */
import type { ClassVotes } from '../session/log-types';

/** An option the class can vote for: a response of the beat, or the safety action. */
export type VoteOption = { kind: 'response'; responseId: string } | { kind: 'step-back' };

export const STEP_BACK: VoteOption = { kind: 'step-back' };
export const responseOption = (responseId: string): VoteOption => ({
  kind: 'response',
  responseId,
});

export const sameOption = (a: VoteOption, b: VoteOption): boolean =>
  a.kind === b.kind && (a.kind === 'step-back' || a.responseId === (b as typeof a).responseId);

/** No votes yet for any of `responseIds` (the responses offered, in the order shown). */
export function noVotes(responseIds: readonly string[]): ClassVotes {
  return { responses: Object.fromEntries(responseIds.map((id) => [id, 0])), stepBack: 0 };
}

/** The votes for one option (0 for a response that is not among them). */
export function votesFor(votes: ClassVotes, option: VoteOption): number {
  if (option.kind === 'step-back') return votes.stepBack;
  return Object.hasOwn(votes.responses, option.responseId)
    ? (votes.responses[option.responseId] ?? 0)
    : 0;
}

/** `votes` with `delta` more (or fewer) for `option`, never below 0; a response not offered is ignored. */
export function withVote(votes: ClassVotes, option: VoteOption, delta: number): ClassVotes {
  const next = (n: number) => Math.max(0, n + Math.trunc(delta));
  if (option.kind === 'step-back') return { ...votes, stepBack: next(votes.stepBack) };
  if (!Object.hasOwn(votes.responses, option.responseId)) return votes;
  return {
    ...votes,
    responses: { ...votes.responses, [option.responseId]: next(votesFor(votes, option)) },
  };
}

export const totalVotes = (votes: ClassVotes): number =>
  Object.values(votes.responses).reduce((sum, n) => sum + n, votes.stepBack);

/** The options in the order they are numbered for voting: the responses as shown, then stepping back. */
export const numberedOptions = (shown: readonly string[]): VoteOption[] => [
  ...shown.map(responseOption),
  STEP_BACK,
];

/**
 * The option with the most votes, when exactly one has the most; undefined when nobody has voted or
 * two or more share the most (the tutor then chooses).
 */
export function mostVoted(votes: ClassVotes): VoteOption | undefined {
  const options = [...Object.keys(votes.responses).map(responseOption), STEP_BACK];
  const counts = options.map((o) => votesFor(votes, o));
  const top = Math.max(...counts);
  if (top <= 0 || counts.filter((n) => n === top).length > 1) return undefined;
  return options[counts.indexOf(top)];
}

/**
 * Why recorded votes cannot belong to a turn that offered `offered`, or undefined when they can:
 * they must count every response offered and no other.
 */
export function votesProblem(votes: ClassVotes, offered: readonly string[]): string | undefined {
  const recorded = Object.keys(votes.responses).sort();
  const expected = [...offered].sort();
  if (recorded.length === expected.length && recorded.every((id, i) => id === expected[i]))
    return undefined;
  return `recorded votes for ${JSON.stringify(recorded)}, but the responses offered were ${JSON.stringify(expected)}`;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  mostVoted,
  noVotes,
  numberedOptions,
  responseOption,
  STEP_BACK,
  totalVotes,
  votesFor,
  votesProblem,
  withVote,
  type VoteOption,
} from './votes';

const ids = ['acknowledge', 'rules', 'calm-down'];
const options = numberedOptions(ids);
const arbitraryVotes = fc
  .array(fc.tuple(fc.integer({ min: 0, max: options.length - 1 }), fc.integer({ min: -3, max: 5 })))
  .map((changes) => changes.reduce((v, [i, d]) => withVote(v, options[i]!, d), noVotes(ids)));

describe('class votes', () => {
  it('start at nothing for every response offered and for stepping back', () => {
    expect(noVotes(ids)).toEqual({
      responses: { acknowledge: 0, rules: 0, 'calm-down': 0 },
      stepBack: 0,
    });
    expect(options.at(-1)).toEqual(STEP_BACK);
  });

  it('never go below nothing, and ignore a response that was not offered', () => {
    fc.assert(
      fc.property(arbitraryVotes, (v) => {
        for (const o of options) expect(votesFor(v, o)).toBeGreaterThanOrEqual(0);
        expect(withVote(v, responseOption('not-offered'), 3)).toBe(v);
        expect(votesProblem(v, ids)).toBeUndefined();
      }),
    );
  });

  it('default to the one option with the most votes, and to nothing on a tie or no votes', () => {
    fc.assert(
      fc.property(arbitraryVotes, (v) => {
        const top = mostVoted(v);
        const counts = options.map((o) => votesFor(v, o));
        const max = Math.max(...counts);
        if (max === 0 || counts.filter((n) => n === max).length > 1) expect(top).toBeUndefined();
        else expect(votesFor(v, top!)).toBe(max);
        expect(totalVotes(v)).toBe(counts.reduce((a, b) => a + b, 0));
      }),
    );
    const stepBackWins = [STEP_BACK, STEP_BACK, responseOption('rules')].reduce<
      ReturnType<typeof noVotes>
    >((v, o: VoteOption) => withVote(v, o, 1), noVotes(ids));
    expect(mostVoted(stepBackWins)).toEqual(STEP_BACK);
  });

  it('say when recorded votes do not count exactly the responses offered', () => {
    expect(votesProblem(noVotes(['acknowledge']), ids)).toMatch(/responses offered were/);
    expect(votesProblem(noVotes([...ids, 'extra']), ids)).toMatch(/recorded votes for/);
  });
});

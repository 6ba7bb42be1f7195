import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerHash } from '../session/chain';
import { chainProblem } from '../session/chain';
import { trace } from '../session/trace';
import { fakeScenario } from '../../test-util/fake-scenario';
import { continueClassLog, makeClassLog, type ClassStep } from '../../test-util/class-log';
import type { SessionLog } from '../session/log-types';
import { branchLog } from './branch-log';
import { branchesOf, branchForest, branchProblems, findBranch, learnerTurns } from './branch-tree';

const scenario = fakeScenario();
const run: ClassStep[] = [
  { choose: 'acknowledge', votes: { acknowledge: 9, rules: 2 } },
  { curveball: 10, reason: 'The queue behind them starts complaining' },
  { choose: 'offer', votes: { offer: 5, promise: 6 } },
  { choose: 'summarise' },
];
const branch = (source: SessionLog, turn: number, id: string) =>
  branchLog(source, turn, { sessionId: id, appVersion: '0.1.0' });

describe('rewinding a class session', () => {
  it('makes a branch that keeps the turns before, records where it came from and replays on its own', async () => {
    const root = await makeClassLog(scenario, run);
    const b = await branch(root, 2, 'class-2');
    expect(b.header.branchedFrom).toEqual({
      sessionId: 'class-1',
      entry: 2,
      hash: root.entries[1]!.hash,
    });
    // Turn 1 and the curveball before turn 2 are kept; turn 2 is to be taken again.
    expect(b.entries.map((e) => e.type)).toEqual(['learner.respond', 'tutor.override']);
    expect(await chainProblem(b)).toBeUndefined();
    const t = trace(scenario, b);
    expect(t.discrepancies).toEqual([]);
    expect(t.final.turn).toBe(1);
    expect(await branchProblems(b, root)).toEqual([]);
    // Rewinding to the first turn keeps nothing and names the source's header.
    const fresh = await branch(root, 1, 'class-3');
    expect(fresh.entries).toEqual([]);
    expect(fresh.header.branchedFrom?.hash).toBe(await headerHash(root.header));
    expect(await branchProblems(fresh, root)).toEqual([]);
  });

  it('notices a branch whose copy or branch point does not match its source', async () => {
    const root = await makeClassLog(scenario, run);
    const b = await branch(root, 3, 'class-2');
    const other = await makeClassLog(scenario, [{ choose: 'rules' }], { sessionId: 'class-1' });
    expect(await branchProblems(b, other)).toEqual(
      expect.arrayContaining([
        'branched from entry 3, which the source does not have',
        "entry 1 is not a copy of the source's entry 1",
      ]),
    );
    expect(await branchProblems(root, b)).toEqual(['class-1 is not a branch of class-2']);
  });

  it('forms one tree per class session, numbered in reading order, whatever order the logs come in', async () => {
    const root = await makeClassLog(scenario, run);
    const atTurn3 = await continueClassLog(scenario, await branch(root, 3, 'b-turn3'), [
      { choose: 'explain' },
    ]);
    const atTurn1 = await branch(root, 1, 'a-turn1');
    const nested = await branch(atTurn3, 3, 'c-nested');
    const other = await makeClassLog(scenario, [], {
      sessionId: 'other',
      startedAt: root.header.startedAt + 1,
    });
    const logs = [root, atTurn3, atTurn1, nested, other];
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(logs, { minLength: 5, maxLength: 5 }), async (order) => {
        const forest = branchForest(order);
        expect(forest.map((r) => r.sessionId)).toEqual(['class-1', 'other']);
        const tree = branchesOf(forest[0]!);
        expect(
          tree.map((b) => [b.number, b.sessionId, b.parent?.number ?? null, b.fromTurn]),
        ).toEqual([
          [1, 'class-1', null, null],
          [2, 'a-turn1', 1, 1],
          [3, 'b-turn3', 1, 3],
          [4, 'c-nested', 3, 3],
        ]);
        expect(findBranch(forest, 'c-nested')?.root.sessionId).toBe('class-1');
      }),
      { numRuns: 20 },
    );
  });

  it('starts a tree of its own for a branch whose source is missing, and never loops on a cycle', async () => {
    const root = await makeClassLog(scenario, run);
    const orphan = await branch(root, 2, 'orphan');
    const a = {
      ...orphan,
      header: {
        ...orphan.header,
        sessionId: 'a',
        branchedFrom: { ...orphan.header.branchedFrom!, sessionId: 'b' },
      },
    };
    const b = {
      ...orphan,
      header: {
        ...orphan.header,
        sessionId: 'b',
        branchedFrom: { ...orphan.header.branchedFrom!, sessionId: 'a' },
      },
    };
    expect(branchForest([orphan]).map((r) => r.sessionId)).toEqual(['orphan']);
    const cycle = branchForest([a, b]);
    expect(
      cycle
        .flatMap(branchesOf)
        .map((n) => n.sessionId)
        .sort(),
    ).toEqual(['a', 'b']);
  });

  it('replays every branch of random class sessions to the state its source had at that turn', async () => {
    const choices = fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(choices, fc.nat({ max: 6 }), async (picks, rewind) => {
        // Plays picks (the beat's responses by index; 4: step back at the end) until the conversation ends.
        let log = await makeClassLog(scenario, []);
        for (const p of picks) {
          const state = trace(scenario, log).final;
          if (state.ending) break;
          const responses = scenario.beats[state.beatId]!.responses;
          const step: ClassStep =
            p === 4
              ? { curveball: 7, reason: 'Noise' }
              : { choose: responses[p % responses.length]!.id };
          log = await continueClassLog(scenario, log, [step]);
        }
        const turns = learnerTurns(log);
        const turn = 1 + (rewind % Math.max(1, turns));
        const b = await branch(log, turn, 'branch');
        const replayed = trace(scenario, b);
        expect(replayed.discrepancies).toEqual([]);
        expect(replayed.final.turn).toBe(turn - 1);
        expect(await branchProblems(b, log)).toEqual([]);
        const source = trace(scenario, log);
        const before = source.steps.filter((s) => s.turn && s.turn.turn === turn)[0]?.before;
        if (before) expect(replayed.final).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});

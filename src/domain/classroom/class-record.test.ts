import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../../test-util/fake-scenario';
import { continueClassLog, makeClassLog } from '../../test-util/class-log';
import { branchLog } from './branch-log';
import { branchForest } from './branch-tree';
import { classRecord } from './class-record';

const scenario = fakeScenario();

async function twoBranches() {
  const root = await makeClassLog(scenario, [
    { choose: 'acknowledge', votes: { acknowledge: 9, rules: 2, 'step-back': 1 } },
    { curveball: 10, reason: 'The queue behind them starts complaining' },
    { choose: 'promise', votes: { offer: 6, promise: 6 } },
    { choose: 'argue', votes: { summarise: 8, argue: 1 } },
  ]);
  const rewound = await branchLog(root, 2, { sessionId: 'class-2', appVersion: '0.1.0' });
  const branch = await continueClassLog(scenario, rewound, [
    { choose: 'supervisor', votes: { supervisor: 12 } },
  ]);
  return { root, branch, record: classRecord(scenario, branchForest([branch, root])[0]!) };
}

describe('the class record', () => {
  it('has the votes per turn, the choice and whether it followed the vote', async () => {
    const { record } = await twoBranches();
    const [first] = record.branches;
    expect(record.className).toBe('Group 2B');
    expect(first!.turns.map((t) => [t.turn, t.chosen.text, t.decidedBy, t.totalVotes])).toEqual([
      [1, 'That sounds really worrying.', 'most-votes', 12],
      [2, 'I will make sure it is ready tomorrow.', 'tutor', 12],
      [3, 'You should have applied earlier.', 'tutor', 9],
    ]);
    const turn1 = first!.turns[0]!;
    // Numbered as the class saw them: the responses as shown, then stepping back.
    expect(turn1.options).toHaveLength(5);
    expect(turn1.options.at(-1)).toMatchObject({
      number: 5,
      text: 'Step back and get support',
      votes: 1,
    });
    expect(turn1.options.find((o) => o.chosen)).toBe(turn1.chosen);
    expect(turn1.options.map((o) => o.votes).reduce((a, b) => a! + b!, 0)).toBe(12);
  });

  it('has the curveballs with their reasons, the branches and where each came from, and the endings', async () => {
    const { record } = await twoBranches();
    const [first, second] = record.branches;
    expect(first!.curveballs).toEqual([
      expect.objectContaining({
        afterTurn: 1,
        reason: 'The queue behind them starts complaining',
        inherited: false,
      }),
    ]);
    expect(first!.curveballs[0]!.tensionAfter - first!.curveballs[0]!.tensionBefore).toBe(10);
    expect(second).toMatchObject({ number: 2, sessionId: 'class-2', parentNumber: 1, fromTurn: 2 });
    expect(second!.turns.map((t) => [t.turn, t.inherited])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(second!.curveballs[0]!.inherited).toBe(true);
    expect(record.endings).toEqual([
      {
        endingId: 'walked-out',
        title: 'The customer walked out',
        kind: 'customer-left',
        branches: [1],
      },
      { endingId: 'referred', title: 'Supervisor takes over', kind: 'referred', branches: [2] },
    ]);
    expect(record.branches.every((b) => b.discrepancies.length === 0)).toBe(true);
  });

  it('reads a turn taken without votes as having none', async () => {
    const root = await makeClassLog(scenario, [{ choose: 'acknowledge' }]);
    const untallied = {
      ...root,
      entries: root.entries.map((e) => {
        if (e.type !== 'learner.respond') return e;
        const { votes: _votes, ...rest } = e;
        return rest;
      }),
    };
    const [turn] = classRecord(scenario, branchForest([untallied])[0]!).branches[0]!.turns;
    expect(turn).toMatchObject({ decidedBy: 'no-votes', totalVotes: null });
    expect(turn!.options.every((o) => o.votes === null)).toBe(true);
  });
});

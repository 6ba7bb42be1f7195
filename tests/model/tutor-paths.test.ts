/**
 * Model-based tests of the tutor machine. @xstate/graph walks the machine itself over a classroom
 * scenario — votes, the default and named choices, pause, reveal, next, curveballs, rewinds, and
 * saves that succeed or fail (the persist and branch actors' results are events of the walk) — and
 * asserts in every state reached what must always hold: the stage agrees with the engine, the engine
 * is the replay of the log, the votes count the responses offered, every choice carries its votes,
 * and the projected screen never carries tutor-only content. Then the shortest path to a state of
 * every kind is played through the real machine, with storage in memory, checking the same at each
 * step against what the walk predicted.
 */
import { getShortestPaths, type StatePath } from '@xstate/graph';
import { createActor, fromPromise, waitFor, type SnapshotFrom } from 'xstate';
import { describe, expect, it } from 'vitest';
import { branchLog } from '../../src/domain/classroom/branch-log';
import { mostVoted, responseOption, STEP_BACK, totalVotes } from '../../src/domain/classroom/votes';
import { futureKeys } from '../../src/domain/escalation/future-key';
import { shownOrder } from '../../src/domain/escalation/shown-order';
import { TECHNIQUE_INFO, TECHNIQUES } from '../../src/domain/escalation/techniques';
import { nextEntry } from '../../src/domain/session/chain';
import type { LogEntry, SessionLog } from '../../src/domain/session/log-types';
import { branchPoint } from '../../src/domain/session/new-log';
import { trace } from '../../src/domain/session/trace';
import { presenterView } from '../../src/features/tutor/presenter/presenter-view';
import {
  stageOf,
  tutorMachine,
  type BranchInput,
  type PersistInput,
  type TutorEvent,
} from '../../src/machines/tutor.machine';
import { classroomScenario, newClassLog, TUTOR_NOTES } from '../../src/test-util/class-log';

const scenario = classroomScenario();
/** A state's future, kept apart by turn and tension even once ended (the walk compares them). */
const futureOf = futureKeys(scenario);
const futureKey = (e: SnapshotFrom<typeof tutorMachine>['context']['engine']) =>
  `${futureOf(e)}|${e.turn}|${e.tension}`;
const start = await newClassLog(scenario);
type Snapshot = SnapshotFrom<typeof tutorMachine>;
type WalkEvent = TutorEvent | { type: `xstate.${string}`; output?: unknown; error?: unknown };

/** An entry as storage would return it, without the hashing a walk cannot wait for. */
const storedEntry = (s: Snapshot): LogEntry =>
  ({
    ...s.context.pending!.body,
    seq: s.context.log.entries.length + 1,
    at: s.context.pending!.at,
    prev: '',
    hash: '',
  }) as LogEntry;

/** The branch as the branch actor would store it (unhashed, for the walk). */
function storedBranch(log: SessionLog, turn: number): SessionLog {
  const { keep, lastSeq } = branchPoint(log, turn - 1);
  return {
    header: {
      ...log.header,
      sessionId: `${log.header.sessionId}/${turn}`,
      branchedFrom: { sessionId: log.header.sessionId, entry: lastSeq, hash: '' },
    },
    entries: keep.map((e, i) => ({ ...e, seq: i + 1 })),
  };
}

/**
 * What the tutor may do in each state. Bounded so the walk stays small: every choice at every turn;
 * votes, pauses, failed saves and a curveball in the first two turns (where the rules for them are
 * the same as in any other); a rewind to the latest turn once a branch has ended.
 */
function events(s: Snapshot): WalkEvent[] {
  const at = 1_000 * (s.context.log.entries.length + 1);
  const { engine, votes, log } = s.context;
  const early = engine.turn < 2;
  if (s.matches('saving'))
    return [
      { type: 'xstate.done.actor.persist', output: storedEntry(s) },
      ...(early
        ? [{ type: 'xstate.error.actor.persist', error: new Error('storage is full') } as const]
        : []),
    ];
  if (s.matches('branching'))
    return [{ type: 'xstate.done.actor.branch', output: storedBranch(log, engine.turn) }];
  const out: WalkEvent[] = [
    { type: 'class.reveal' },
    { type: 'class.next' },
    { type: 'session.retry' },
    { type: 'session.discard' },
  ];
  if (s.hasTag('open')) {
    const shown = shownOrder(scenario, engine, log.header.optionSeed);
    for (const id of shown) out.push({ type: 'class.choose', option: responseOption(id), at });
    out.push({ type: 'class.choose', option: STEP_BACK, at });
    if (early) {
      out.push({ type: 'class.pause' }, { type: 'class.choose', at });
      if (totalVotes(votes) < 2) out.push({ type: 'vote.add', option: responseOption(shown[0]!) });
      if (totalVotes(votes) < 1) out.push({ type: 'vote.add', option: STEP_BACK });
      out.push({ type: 'vote.remove', option: STEP_BACK });
      if (log.entries.at(-1)?.type !== 'tutor.override')
        out.push({ type: 'tutor.curveball', delta: 12, reason: 'The queue complains', at });
    }
  }
  if (s.matches('ended') && engine.turn > 0) out.push({ type: 'class.rewind', turn: engine.turn });
  return out;
}

const serialize = (s: Snapshot) =>
  JSON.stringify([
    s.value,
    futureKey(s.context.engine),
    // While saving, the step waiting for storage is what tells one state from another.
    s.context.pending && futureKey(s.context.pending.after),
    s.context.votes,
    s.context.problem !== null,
    s.context.log.entries.at(-1)?.type ?? '',
  ]);

const paths = getShortestPaths(tutorMachine, {
  input: { scenario, log: start },
  events: events as (s: Snapshot) => TutorEvent[],
  serializeState: serialize,
  limit: 500_000,
});

const TUTOR_ONLY = [
  ...Object.values(TUTOR_NOTES),
  ...TECHNIQUES.map((t) => TECHNIQUE_INFO[t].label),
];

/** Replays, once per log (states that share a log share its object). */
const traces = new WeakMap<SessionLog, ReturnType<typeof trace>>();
const traced = (log: SessionLog) => {
  const t = traces.get(log) ?? trace(scenario, log);
  traces.set(log, t);
  return t;
};

/**
 * What must hold in every state the machine can reach: the problems found (empty when it holds).
 * Plain comparisons rather than one `expect` each, so thousands of states check quickly.
 */
function stateProblems(s: Snapshot): string[] {
  const { engine, log, votes } = s.context;
  const stage = stageOf(s);
  const t = traced(log);
  const out: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) out.push(`${stage} at turn ${engine.turn}: ${what}`);
  };
  check(
    t.discrepancies.length === 0,
    `the log does not replay: ${JSON.stringify(t.discrepancies)}`,
  );
  check(
    JSON.stringify(t.final) === JSON.stringify(engine),
    'the engine is not the replay of the log',
  );
  check(
    s.hasTag('busy') === (stage === 'saving' || stage === 'branching'),
    'busy in the wrong stage',
  );
  if (stage === 'ended') check(engine.ending !== null, 'ended without an ending');
  if (stage === 'voting' || stage === 'discussing') {
    check(engine.ending === null, 'options up after the ending');
    const offered = shownOrder(scenario, engine, log.header.optionSeed).sort();
    check(
      JSON.stringify(Object.keys(votes.responses).sort()) === JSON.stringify(offered),
      'the votes do not count the responses offered',
    );
  }
  if (stage === 'chosen' || stage === 'revealed')
    check(
      ['learner.respond', 'learner.withdraw'].includes(log.entries.at(-1)?.type ?? ''),
      'showing a choice that is not the last entry',
    );
  for (const e of log.entries)
    if (e.type === 'learner.respond' || e.type === 'learner.withdraw')
      check(e.votes !== undefined, `entry ${e.seq} has no votes`);
  const view = JSON.stringify(presenterView({ scenario, log, engine, stage }));
  for (const text of TUTOR_ONLY)
    check(!view.includes(text), `the projected screen shows "${text}"`);
  return out;
}

const checkState = (s: Snapshot) => expect(stateProblems(s)).toEqual([]);

/** The shortest path to one state of each kind (stage, beat or ending, mood), named by its kind. */
function representatives(all: StatePath<Snapshot, TutorEvent>[]) {
  const byKind = new Map<string, StatePath<Snapshot, TutorEvent>>();
  for (const p of all) {
    const s = p.state;
    const where = s.context.engine.ending?.id ?? s.context.engine.beatId;
    const kind = `${stageOf(s)} at ${where}, ${s.context.engine.mood}`;
    const known = byKind.get(kind);
    if (!known || p.steps.length < known.steps.length) byKind.set(kind, p);
  }
  return [...byKind.entries()].map(
    ([kind, p]) => [`${kind} (${p.steps.length} steps)`, p] as const,
  );
}

describe('every path of the tutor machine', () => {
  it('reaches every stage, every ending of the scenario, and a branch', () => {
    const stages = new Set(paths.map((p) => stageOf(p.state)));
    expect([...stages].sort()).toEqual(
      [
        'branching',
        'chosen',
        'discussing',
        'ended',
        'revealed',
        'saveFailed',
        'saving',
        'voting',
      ].sort(),
    );
    const endings = new Set(paths.map((p) => p.state.context.engine.ending?.id).filter(Boolean));
    expect([...endings].sort()).toEqual(['referred', 'resolved', 'stepped-back', 'walked-out']);
    expect(paths.some((p) => p.state.context.log.header.branchedFrom !== null)).toBe(true);
  });

  it('keeps its invariants in every state it reaches', () => {
    expect(paths.length).toBeGreaterThan(1_000);
    expect(paths.flatMap((p) => stateProblems(p.state))).toEqual([]);
  }, 120_000);

  it('chooses the most voted option by default, and only when one has the most', () => {
    for (const p of paths)
      p.steps.forEach((step, i) => {
        if (step.event.type !== 'class.choose' || step.event.option) return;
        const before = i === 0 ? undefined : p.steps[i - 1]!.state;
        if (!before) return;
        const top = mostVoted(before.context.votes);
        expect(stageOf(step.state)).toBe(top ? 'saving' : stageOf(before));
      });
  });

  it.each(representatives(paths))(
    'plays the path to %s through the real machine',
    async (_name, path) => {
      let failNext = false;
      let branches = 0;
      const actor = createActor(
        tutorMachine.provide({
          actors: {
            persist: fromPromise(async ({ input }: { input: PersistInput }) => {
              if (failNext) throw new Error('storage is full');
              return nextEntry(input.log, input.body, input.at);
            }),
            branch: fromPromise(({ input }: { input: BranchInput }) =>
              branchLog(input.log, input.turn, {
                sessionId: `b${++branches}`,
                appVersion: '0.1.0',
              }),
            ),
          },
        }),
        { input: { scenario, log: start } },
      ).start();
      const synthetic = (e: { type: string } | undefined) => e?.type.startsWith('xstate.') ?? false;
      for (const [i, step] of path.steps.entries()) {
        if (synthetic(step.event)) continue; // the real actors answer for themselves
        const next = path.steps[i + 1];
        failNext = (next?.event as WalkEvent | undefined)?.type === 'xstate.error.actor.persist';
        actor.send(step.event);
        const expected = synthetic(next?.event) ? next!.state : step.state;
        const settled = synthetic(next?.event)
          ? await waitFor(actor, (x) => !x.hasTag('busy'))
          : actor.getSnapshot();
        expect(stageOf(settled)).toBe(stageOf(expected));
        expect(settled.context.engine.turn).toBe(expected.context.engine.turn);
        expect(settled.context.engine.tension).toBe(expected.context.engine.tension);
        expect(settled.context.votes).toEqual(expected.context.votes);
        checkState(settled);
      }
      actor.stop();
    },
  );
});

/**
 * A class turn through the tutor machine: votes, the choice (the most voted by default), pause,
 * reveal, curveball, rewind and switching branches, and storage that fails, conflicts or is deleted.
 * Storage is a controllable fake supplied with `.provide()`, as the control panel supplies the real one.
 */
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { branchLog } from '../domain/classroom/branch-log';
import { responseOption, STEP_BACK } from '../domain/classroom/votes';
import { nextEntry } from '../domain/session/chain';
import type { SessionLog } from '../domain/session/log-types';
import { trace } from '../domain/session/trace';
import { makeClassLog } from '../test-util/class-log';
import { fakeScenario } from '../test-util/fake-scenario';
import { stageOf, tutorMachine, type BranchInput, type PersistInput } from './tutor.machine';

const scenario = fakeScenario();
const acknowledge = responseOption('acknowledge');
const rules = responseOption('rules');

interface Fakes {
  store?: (input: PersistInput) => Promise<unknown>;
  branch?: (input: BranchInput) => Promise<SessionLog>;
}

function machineWith({ store = async () => {}, branch }: Fakes = {}) {
  let n = 0;
  return tutorMachine.provide({
    actors: {
      persist: fromPromise(async ({ input }: { input: PersistInput }) => {
        await store(input);
        return nextEntry(input.log, input.body, input.at);
      }),
      branch: fromPromise(async ({ input }: { input: BranchInput }) =>
        branch
          ? branch(input)
          : branchLog(input.log, input.turn, { sessionId: `branch-${++n}`, appVersion: '0.1.0' }),
      ),
    },
  });
}

async function start(fakes: Fakes = {}, log?: SessionLog) {
  return createActor(machineWith(fakes), {
    input: { scenario, log: log ?? (await makeClassLog(scenario, [])) },
  }).start();
}

const settled = (actor: Awaited<ReturnType<typeof start>>) =>
  waitFor(actor, (s) => !s.hasTag('busy'));

describe('a class turn through the tutor machine', () => {
  it('counts votes and chooses the most voted by default, recording the votes with the choice', async () => {
    const actor = await start();
    expect(stageOf(actor.getSnapshot())).toBe('voting');
    actor.send({ type: 'vote.add', option: acknowledge });
    actor.send({ type: 'vote.add', option: acknowledge });
    actor.send({ type: 'vote.add', option: rules });
    actor.send({ type: 'vote.add', option: STEP_BACK });
    actor.send({ type: 'vote.remove', option: STEP_BACK });
    actor.send({ type: 'vote.remove', option: STEP_BACK });
    actor.send({ type: 'class.choose', at: 1_000 });
    expect(stageOf(actor.getSnapshot())).toBe('saving');
    const s = await settled(actor);
    expect(stageOf(s)).toBe('chosen');
    const [entry] = s.context.log.entries;
    expect(entry).toMatchObject({
      type: 'learner.respond',
      responseId: 'acknowledge',
      votes: {
        responses: { acknowledge: 2, rules: 1, 'calm-down': 0, 'options-early': 0 },
        stepBack: 0,
      },
    });
    // The next turn's votes start again, for the next beat's responses.
    expect(s.context.votes.responses).toEqual({ supervisor: 0, offer: 0, promise: 0 });
    expect(trace(scenario, s.context.log).discrepancies).toEqual([]);
  });

  it('will not choose by default on a tie or with no votes, but takes the option the tutor names', async () => {
    const actor = await start();
    actor.send({ type: 'class.choose', at: 1_000 });
    expect(stageOf(actor.getSnapshot())).toBe('voting');
    actor.send({ type: 'vote.add', option: acknowledge });
    actor.send({ type: 'vote.add', option: rules });
    actor.send({ type: 'class.choose', at: 1_000 });
    expect(stageOf(actor.getSnapshot())).toBe('voting');
    actor.send({ type: 'class.choose', option: rules, at: 1_000 });
    const s = await settled(actor);
    expect(s.context.log.entries[0]).toMatchObject({ responseId: 'rules' });
    // A response of another beat is refused as the engine refuses it.
    actor.send({ type: 'class.next' });
    actor.send({ type: 'class.choose', option: acknowledge, at: 2_000 });
    expect(actor.getSnapshot().context.log.entries).toHaveLength(1);
  });

  it('pauses for discussion and back, reveals the choice, then moves on to the next turn', async () => {
    const actor = await start();
    actor.send({ type: 'class.pause' });
    expect(stageOf(actor.getSnapshot())).toBe('discussing');
    expect(actor.getSnapshot().hasTag('open')).toBe(true);
    actor.send({ type: 'class.pause' });
    expect(stageOf(actor.getSnapshot())).toBe('voting');
    actor.send({ type: 'class.reveal' });
    expect(stageOf(actor.getSnapshot())).toBe('voting');
    actor.send({ type: 'class.choose', option: acknowledge, at: 1_000 });
    await settled(actor);
    actor.send({ type: 'class.reveal' });
    expect(stageOf(actor.getSnapshot())).toBe('revealed');
    actor.send({ type: 'class.next' });
    expect(stageOf(actor.getSnapshot())).toBe('voting');
    expect(actor.getSnapshot().context.engine.turn).toBe(1);
  });

  it('throws a curveball with its reason as a tutor override, and returns to where the class was', async () => {
    const actor = await start();
    actor.send({ type: 'class.pause' });
    actor.send({ type: 'vote.add', option: rules });
    // No reason, or no change, is no curveball.
    actor.send({ type: 'tutor.curveball', delta: 10, reason: '  ', at: 500 });
    actor.send({ type: 'tutor.curveball', delta: 0, reason: 'Nothing', at: 500 });
    expect(stageOf(actor.getSnapshot())).toBe('discussing');
    actor.send({
      type: 'tutor.curveball',
      delta: 15,
      reason: ' The queue starts complaining ',
      at: 500,
    });
    const s = await settled(actor);
    expect(stageOf(s)).toBe('discussing');
    expect(s.context.log.entries[0]).toMatchObject({
      type: 'tutor.override',
      tension: 65,
      reason: 'The queue starts complaining',
      tensionBefore: 50,
      tensionAfter: 65,
    });
    // The votes for this turn are kept: the class is still answering the same line.
    expect(s.context.votes.responses.rules).toBe(1);
    actor.send({ type: 'tutor.curveball', delta: 90, reason: 'A fight breaks out', at: 600 });
    expect((await settled(actor)).context.engine.tension).toBe(100);
  });

  it('rewinds to a turn taken: a new branch that takes that turn again', async () => {
    const actor = await start();
    actor.send({ type: 'class.choose', option: acknowledge, at: 1_000 });
    await settled(actor);
    actor.send({ type: 'class.next' });
    actor.send({ type: 'class.choose', option: responseOption('offer'), at: 2_000 });
    await settled(actor);
    const source = actor.getSnapshot().context.log;
    // Only a turn already taken can be taken again.
    actor.send({ type: 'class.rewind', turn: 3 });
    expect(stageOf(actor.getSnapshot())).toBe('chosen');
    actor.send({ type: 'class.rewind', turn: 2 });
    expect(stageOf(actor.getSnapshot())).toBe('branching');
    const s = await settled(actor);
    expect(stageOf(s)).toBe('voting');
    expect(s.context.log.header.branchedFrom).toMatchObject({ sessionId: source.header.sessionId });
    expect(s.context.engine.turn).toBe(1);
    expect(Object.keys(s.context.votes.responses).sort()).toEqual([
      'offer',
      'promise',
      'supervisor',
    ]);
  });

  it('opens another branch of the same class session, and only that', async () => {
    const root = await makeClassLog(scenario, [
      { choose: 'acknowledge' },
      { choose: 'supervisor' },
    ]);
    const branch = await branchLog(root, 2, { sessionId: 'b', appVersion: '0.1.0' });
    const actor = await start({}, root);
    expect(stageOf(actor.getSnapshot())).toBe('ended');
    actor.send({ type: 'class.open', log: branch });
    expect(stageOf(actor.getSnapshot())).toBe('voting');
    expect(actor.getSnapshot().context.log).toBe(branch);
    const elsewhere = await makeClassLog(
      fakeScenario((s) => void (s.title = 'Another')),
      [],
      {
        sessionId: 'x',
      },
    );
    actor.send({ type: 'class.open', log: elsewhere });
    expect(actor.getSnapshot().context.log).toBe(branch);
  });

  it('keeps the choice after a failed save, and saves it on retry or gives it up', async () => {
    let fail = true;
    const actor = await start({
      store: async () => {
        if (fail) throw new Error('storage is full');
      },
    });
    actor.send({ type: 'class.choose', option: acknowledge, at: 1_000 });
    const failed = await waitFor(actor, (s) => s.matches('saveFailed'));
    expect(failed.context.problem).toBe('storage is full');
    actor.send({ type: 'session.discard' });
    expect(stageOf(actor.getSnapshot())).toBe('voting');
    expect(actor.getSnapshot().context.log.entries).toEqual([]);
    actor.send({ type: 'class.choose', option: acknowledge, at: 1_000 });
    await waitFor(actor, (s) => s.matches('saveFailed'));
    fail = false;
    actor.send({ type: 'session.retry' });
    const saved = await settled(actor);
    expect(stageOf(saved)).toBe('chosen');
    expect(saved.context.problem).toBeNull();
  });

  it('adopts the branch another tab wrote first, and stops once it was deleted', async () => {
    const elsewhere = await makeClassLog(scenario, [{ choose: 'rules' }]);
    const conflict = Object.assign(new Error('moved on'), {
      name: 'SessionMovedOn',
      latest: { log: elsewhere },
    });
    const actor = await start({ store: () => Promise.reject(conflict) });
    actor.send({ type: 'class.choose', option: acknowledge, at: 1_000 });
    const s = await settled(actor);
    expect(s.context.movedOn).toBe(true);
    expect(s.context.log).toBe(elsewhere);

    const gone = await start({
      store: () => Promise.reject(Object.assign(new Error('deleted'), { name: 'SessionDeleted' })),
    });
    gone.send({ type: 'class.choose', option: acknowledge, at: 1_000 });
    expect((await waitFor(gone, (x) => x.status === 'done')).hasTag('gone')).toBe(true);
  });

  it('says why a rewind failed and stays on the branch it was on', async () => {
    const actor = await start({ branch: () => Promise.reject(new Error('no space')) });
    actor.send({ type: 'class.choose', option: acknowledge, at: 1_000 });
    await settled(actor);
    const log = actor.getSnapshot().context.log;
    actor.send({ type: 'class.rewind', turn: 1 });
    const s = await settled(actor);
    expect(s.context.problem).toBe('no space');
    expect(s.context.log).toBe(log);
  });

  it('follows turns synced from another tab, but never goes back', async () => {
    const actor = await start();
    const ahead = await makeClassLog(scenario, [{ choose: 'acknowledge' }]);
    actor.send({ type: 'session.sync', log: ahead });
    expect(actor.getSnapshot().context.engine.turn).toBe(1);
    actor.send({ type: 'session.sync', log: await makeClassLog(scenario, []) });
    expect(actor.getSnapshot().context.engine.turn).toBe(1);
  });
});

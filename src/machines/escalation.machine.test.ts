/**
 * The turn's path through the machine: awaiting → saving → awaiting | saveFailed, a conflict with
 * another tab, and a session deleted elsewhere. Storage is a controllable fake supplied with
 * `.provide()`, as the app supplies the real one.
 */
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { nextEntry } from '../domain/session/chain';
import type { SessionLog } from '../domain/session/log-types';
import { fakeScenario } from '../test-util/fake-scenario';
import { makeLog } from '../test-util/make-log';
import { escalationMachine, type PersistInput } from './escalation.machine';

const scenario = fakeScenario();
const respond = (responseId: string, at = 1_000) => ({
  type: 'learner.respond' as const,
  responseId,
  at,
});

/** A machine whose storage does what `store` says for each write. */
function machineWith(store: (input: PersistInput) => Promise<unknown>) {
  return escalationMachine.provide({
    actors: {
      persist: fromPromise(async ({ input }: { input: PersistInput }) => {
        await store(input);
        return nextEntry(input.log, input.body, input.at);
      }),
    },
  });
}

const start = async (store: (input: PersistInput) => Promise<unknown>, log?: SessionLog) =>
  createActor(machineWith(store), {
    input: { scenario, log: log ?? (await makeLog(scenario, [])) },
  }).start();

describe('a turn through the machine', () => {
  it('waits in saving until storage has the entry, then shows the new state', async () => {
    let release!: () => void;
    const actor = await start(() => new Promise<void>((r) => (release = r)));
    actor.send(respond('acknowledge'));
    expect(actor.getSnapshot().value).toBe('saving');
    expect(actor.getSnapshot().context.engine.turn).toBe(0);
    // A second tap while saving is not a second turn.
    actor.send(respond('offer'));
    release();
    const s = await waitFor(actor, (x) => x.matches('awaiting'));
    expect(s.context.engine.turn).toBe(1);
    expect(s.context.log.entries.map((e) => e.type)).toEqual(['learner.respond']);
  });

  it('refuses what the engine refuses: an unknown response, a NaN override', async () => {
    const actor = await start(async () => {});
    actor.send(respond('no-such-response'));
    actor.send({ type: 'tutor.override', tension: Number.NaN, at: 5 });
    expect(actor.getSnapshot().value).toEqual({ awaiting: expect.any(String) });
    expect(actor.getSnapshot().context.log.entries).toEqual([]);
  });

  it('keeps the turn after a failed save and stores it on retry', async () => {
    let fail = true;
    const actor = await start(async () => {
      if (fail) throw new Error('storage is full');
    });
    actor.send(respond('acknowledge'));
    const failed = await waitFor(actor, (x) => x.matches('saveFailed'));
    expect(failed.context.problem).toBe('storage is full');
    expect(failed.context.engine.turn).toBe(0);
    fail = false;
    actor.send({ type: 'session.retry' });
    const saved = await waitFor(actor, (x) => x.matches('awaiting'));
    expect(saved.context.engine.turn).toBe(1);
    expect(saved.context.problem).toBeNull();
  });

  it('adopts the log another tab wrote first, and says so', async () => {
    const elsewhere = await makeLog(scenario, ['acknowledge', 'offer']);
    const conflict = Object.assign(new Error('moved on'), {
      name: 'SessionMovedOn',
      latest: { log: elsewhere },
    });
    const actor = await start(async () => Promise.reject(conflict));
    actor.send(respond('rules'));
    const s = await waitFor(actor, (x) => !x.hasTag('busy'));
    expect(s.context.movedOn).toBe(true);
    expect(s.context.log).toBe(elsewhere);
    expect(s.context.engine.history.map((h) => h.responseId)).toEqual(['acknowledge', 'offer']);
  });

  it('stops writing once the session was deleted elsewhere', async () => {
    let writes = 0;
    const actor = await start(async () => {
      writes++;
      throw Object.assign(new Error('deleted'), { name: 'SessionDeleted' });
    });
    actor.send(respond('acknowledge'));
    const s = await waitFor(actor, (x) => x.status === 'done');
    expect(s.value).toBe('deleted');
    expect(s.hasTag('gone')).toBe(true);
    actor.send(respond('offer'));
    expect(writes).toBe(1);
  });

  it('follows turns synced from another tab while waiting, but never goes back', async () => {
    const actor = await start(async () => {});
    const ahead = await makeLog(scenario, ['acknowledge']);
    actor.send({ type: 'session.sync', log: ahead });
    expect(actor.getSnapshot().context.engine.turn).toBe(1);
    actor.send({ type: 'session.sync', log: await makeLog(scenario, []) });
    expect(actor.getSnapshot().context.engine.turn).toBe(1);
  });
});

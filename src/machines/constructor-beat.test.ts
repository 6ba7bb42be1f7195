/**
 * A beat named "constructor" plays like any other: the machine moves to it and waits there with its
 * line and its responses (before, the engine took Object.prototype.constructor for an ending and the
 * session stuck with no line and no responses), and the walk, trace and analysis all find it.
 */
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import {
  customerNow,
  eventProblem,
  initialState,
  learnerEvents,
} from '../domain/escalation/engine';
import { analyseSession } from '../domain/analysis/analyse-session';
import { nextEntry } from '../domain/session/chain';
import { trace } from '../domain/session/trace';
import { constructorBeatScenario } from '../test-util/constructor-beat';
import { fakeScenario } from '../test-util/fake-scenario';
import { makeLog } from '../test-util/make-log';
import { escalationMachine, type PersistInput } from './escalation.machine';
import { walkScenario } from './walk-scenario';

const scenario = constructorBeatScenario();
const inMemory = escalationMachine.provide({
  actors: {
    persist: fromPromise(({ input }: { input: PersistInput }) =>
      nextEntry(input.log, input.body, input.at),
    ),
  },
});

describe('a beat named constructor', () => {
  it('is where the session goes next, waiting with its line and responses', async () => {
    const actor = createActor(inMemory, {
      input: { scenario, log: await makeLog(scenario, []) },
    }).start();
    actor.send({ type: 'learner.respond', responseId: 'acknowledge', at: 2_000 });
    const s = await waitFor(actor, (x) => !x.hasTag('busy'));
    const { engine } = s.context;
    expect(engine.ending).toBeNull();
    expect(engine.beatId).toBe('constructor');
    expect(s.matches({ awaiting: engine.mood })).toBe(true);
    expect(customerNow(scenario, engine).line).toMatch(/fast-track/);
    expect(learnerEvents(scenario, engine)).toHaveLength(4);

    actor.send({ type: 'learner.respond', responseId: 'supervisor', at: 3_000 });
    const done = await waitFor(actor, (x) => x.status === 'done');
    expect(done.context.engine.ending?.id).toBe('referred');
    expect(trace(scenario, done.context.log).discrepancies).toEqual([]);
    const analysis = analyseSession(scenario, [
      { type: 'learner.respond', responseId: 'acknowledge', at: 2_000 },
      { type: 'learner.respond', responseId: 'supervisor', at: 3_000 },
    ]);
    expect(analysis.ending).toMatchObject({ id: 'referred', kind: 'referred' });
  });

  it('is walked like any other beat', () => {
    const report = walkScenario(scenario);
    expect(report.errors).toEqual([]);
    expect(report.beats).toContainEqual({ id: 'constructor', reachable: true });
  });

  it('is never found in a scenario that has none (a tutor override to it is refused)', () => {
    const plain = fakeScenario();
    const start = initialState(plain);
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect(eventProblem(plain, start, { type: 'tutor.override', beatId: id, at: null })).toBe(
        `no beat "${id}"`,
      );
  });
});

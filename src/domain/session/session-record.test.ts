import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../../test-util/fake-scenario';
import { respond, initialState } from '../escalation/engine';
import type { SessionEvent } from './events';
import { replay } from './replay';
import { branchRecord, newSessionRecord, sessionRecordProblem, withEvent } from './session-record';

const scenario = fakeScenario();
const base = newSessionRecord({
  id: 's1',
  scenarioId: scenario.id,
  scenarioTitle: scenario.title,
  mode: 'practice',
  learnerName: '  Ana  ',
  now: 100,
});
const title = (id: string) => scenario.endings[id]!.title;

describe('session records', () => {
  it('start empty, trimmed, in the current format', () => {
    expect(base).toMatchObject({
      events: [],
      turns: 0,
      outcome: null,
      learnerName: 'Ana',
      startedAt: 100,
    });
    expect(sessionRecordProblem(base)).toBeUndefined();
  });

  it('append events and keep the outcome summary in step with the engine', () => {
    const e1: SessionEvent = { type: 'learner.respond', responseId: 'acknowledge', at: 200 };
    const s1 = respond(scenario, initialState(scenario), 'acknowledge', 200);
    const r1 = withEvent(base, e1, s1, title);
    expect(r1.events).toEqual([e1]);
    expect(base.events).toEqual([]);
    expect(r1).toMatchObject({ turns: 1, outcome: null, updatedAt: 200 });
    const e2: SessionEvent = { type: 'learner.withdraw', at: 300 };
    const r2 = withEvent(r1, e2, replay(scenario, [e1, e2]), title);
    expect(r2.outcome).toEqual({
      endingId: 'stepped-back',
      kind: 'withdrew-safely',
      title: 'You stepped back',
    });
  });

  it('branch from a turn into a new record, leaving the original untouched', () => {
    const events: SessionEvent[] = [
      { type: 'learner.respond', responseId: 'acknowledge', at: 1 },
      { type: 'tutor.override', tension: 40, at: 2 },
      { type: 'learner.respond', responseId: 'offer', at: 3 },
      { type: 'learner.respond', responseId: 'summarise', at: 4 },
    ];
    const done = { ...base, events, turns: 3 };
    const branch = branchRecord(done, 1, 's2', 999);
    expect(branch.events).toEqual(events.slice(0, 2));
    expect(branch).toMatchObject({
      id: 's2',
      turns: 1,
      outcome: null,
      branchedFrom: { sessionId: 's1', turn: 1 },
    });
    expect(done.events).toHaveLength(4);
  });

  it('explain exactly what is wrong with a damaged or newer record', () => {
    expect(sessionRecordProblem(null)).toBe('not a session record');
    expect(sessionRecordProblem({ ...base, format: 2 })).toMatch(/newer version of Defuse/);
    expect(sessionRecordProblem({ ...base, mode: 'exam' })).toMatch(/mode/);
    expect(sessionRecordProblem({ ...base, events: [{ type: 'x' }] })).toBe(
      'events[0] is not a session event',
    );
  });
});

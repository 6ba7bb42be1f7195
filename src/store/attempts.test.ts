import { describe, expect, it } from 'vitest';
import { fakeScenario } from '../test-util/fake-scenario';
import { MemoryLocalStorage } from '../test-util/log-storage-kit';
import { makeLog } from '../test-util/make-log';
import { nextAttempt } from './attempts';
import type { StoredSession } from './session-store-types';

const scenario = fakeScenario();
const stored = async (attempt: number, learnerName = 'Ana'): Promise<StoredSession> => ({
  log: await makeLog(scenario, [], { attempt, learnerName, sessionId: `s${attempt}` }),
  summary: { turns: 0, outcome: null, updatedAt: 1 },
});

describe('attempt numbers', () => {
  it('count per scenario and learner, and are never reused after a session is deleted', async () => {
    const local = new MemoryLocalStorage();
    expect(nextAttempt(scenario.id, 'Ana', [], local)).toBe(1);
    const first = await stored(1);
    expect(nextAttempt(scenario.id, 'Ana', [first], local)).toBe(2);
    // Attempt 2 was deleted: the next is 3, not 2 again.
    expect(nextAttempt(scenario.id, 'Ana', [first], local)).toBe(3);
    // Another learner in the same browser counts from 1; the name is matched as the learner typed it.
    expect(nextAttempt(scenario.id, 'Ben', [first], local)).toBe(1);
    expect(nextAttempt(scenario.id, '  ana ', [first], local)).toBe(4);
    expect(nextAttempt('other-scenario', 'Ana', [first], local)).toBe(1);
  });

  it('never repeats a number it can see when localStorage is unavailable', async () => {
    const sessions = [await stored(1), await stored(5)];
    expect(nextAttempt(scenario.id, 'Ana', sessions, null)).toBe(6);
  });
});

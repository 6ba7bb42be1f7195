// Decisions kept in the workspace's own IndexedDB database: a recorded decision is there when the
// database is opened again (a reload), a newer one on the same log and unit replaces it, and a
// stored record that is not a readable decision is reported with what is wrong, never dropped.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../domain/assessor/decision-types';
import { decisionFixture } from '../test-util/decision-fixture';
import { DECISION_DB, openDecisionDb, putDecision, readDecisions } from './decision-db';
import { createDecisionsStore } from './decisions-store';

let record: DecisionRecord;
beforeAll(async () => {
  ({ record } = await decisionFixture());
});
let n = 0;
const freshName = () => `${DECISION_DB}-test-${++n}`;

describe('the decision database', () => {
  it('keeps a recorded decision across a reopen, under the log’s seal and the unit', async () => {
    const name = freshName();
    const first = createDecisionsStore(() => openDecisionDb(name));
    await first.getState().load();
    await first.getState().save(record);
    expect(first.getState().records).toEqual([record]);

    const reloaded = createDecisionsStore(() => openDecisionDb(name));
    await reloaded.getState().load();
    expect(reloaded.getState()).toMatchObject({ status: 'ready', records: [record], bad: [] });

    const changed = {
      ...record,
      overall: { ...record.overall, decision: 'not-yet-achieved' as const },
    };
    await reloaded.getState().save(changed);
    const again = await readDecisions(await openDecisionDb(name));
    expect(again.records).toEqual([changed]);
  });

  it('reports stored records that are not decisions, keeping the good ones', async () => {
    const name = freshName();
    const db = await openDecisionDb(name);
    await putDecision(db, record);
    await db.put('decisions', { kind: 'something else' }, ['x', 'y']);
    await db.put('decisions', record, ['c'.repeat(64), record.unit.frameworkId]);
    const { records, bad } = await readDecisions(db);
    expect(records).toEqual([record]);
    expect(bad.map((b) => [b.label, b.problems[0]])).toEqual([
      [
        `${'c'.repeat(64)} / btec-l2-unit7-conflict`,
        'it is stored under the key of another log or unit',
      ],
      [
        'x / y',
        'decision.kind must be one of "defuse.assessment-decision" (it is "something else")',
      ],
    ]);
    const store = createDecisionsStore(() => openDecisionDb(name));
    await store.getState().load();
    expect(store.getState().bad).toHaveLength(2);
    await store.getState().removeBad(['x', 'y']);
    expect((await readDecisions(db)).bad).toHaveLength(1);
  });

  it('refuses to store something that is not a decision', async () => {
    const db = await openDecisionDb(freshName());
    await expect(putDecision(db, { ...record, criteria: [] })).rejects.toThrow(
      "not a decision record: decision.criteria must list the unit's criteria (it is empty)",
    );
  });

  it('says so when storage cannot be opened, and the workspace goes on', async () => {
    const store = createDecisionsStore(() => Promise.reject(new Error('QuotaExceededError')));
    await store.getState().load();
    expect(store.getState()).toMatchObject({
      status: 'unavailable',
      problem: 'Decisions cannot be kept in this browser (QuotaExceededError).',
    });
  });

  it('never opens the learner’s own database', async () => {
    const name = freshName();
    await createDecisionsStore(() => openDecisionDb(name))
      .getState()
      .load();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain(name);
    expect(names).not.toContain('defuse');
    // The store it made is the workspace's own.
    const db = await openDB(name);
    expect([...db.objectStoreNames]).toEqual(['decisions']);
    db.close();
  });
});

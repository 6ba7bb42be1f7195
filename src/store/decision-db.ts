/**
 * The assessor workspace's own IndexedDB database, `defuse-assess`: one object store, `decisions`,
 * holding each recorded DecisionRecord under the key [log seal hash, framework id]. It is a separate
 * database from the learner's `defuse`, which the workspace never opens: nothing an assessor does
 * here can touch a learner's sessions in the same browser. Every record read back is checked
 * (decision-check.ts) and a bad one is returned with what is wrong, never dropped.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { decisionProblems } from '../domain/assessor/decision-check';
import {
  decisionKey,
  type DecisionKey,
  type DecisionRecord,
} from '../domain/assessor/decision-types';

export const DECISION_DB = 'defuse-assess';
export const DECISION_DB_VERSION = 1;
const STORE = 'decisions';

export type DecisionDb = IDBPDatabase;

/** A stored record that is not a decision this version can read. */
export interface BadDecision {
  key: IDBValidKey;
  /** The key as text, to name the record. */
  label: string;
  problems: string[];
  raw: unknown;
}

export function openDecisionDb(name = DECISION_DB): Promise<DecisionDb> {
  return openDB(name, DECISION_DB_VERSION, {
    upgrade(db) {
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
    },
  });
}

const keyLabel = (key: IDBValidKey): string =>
  Array.isArray(key) ? key.map((k) => String(k)).join(' / ') : String(key);

const sameKey = (a: IDBValidKey, b: DecisionKey): boolean =>
  Array.isArray(a) && a.length === 2 && a[0] === b[0] && a[1] === b[1];

/** Every stored decision that reads back, and every record that does not. */
export async function readDecisions(
  db: DecisionDb,
): Promise<{ records: DecisionRecord[]; bad: BadDecision[] }> {
  const tx = db.transaction(STORE, 'readonly');
  const [keys, values] = await Promise.all([
    tx.store.getAllKeys(),
    tx.store.getAll() as Promise<unknown[]>,
  ]);
  await tx.done;
  const records: DecisionRecord[] = [];
  const bad: BadDecision[] = [];
  keys.forEach((key, i) => {
    const raw = values[i];
    const problems = decisionProblems(raw);
    if (problems.length === 0 && !sameKey(key, decisionKey(raw as DecisionRecord)))
      problems.push('it is stored under the key of another log or unit');
    if (problems.length === 0) records.push(raw as DecisionRecord);
    else bad.push({ key, label: keyLabel(key), problems, raw });
  });
  return { records, bad };
}

/** Stores `record`, replacing any earlier decision on the same log and unit. */
export async function putDecision(db: DecisionDb, record: DecisionRecord): Promise<void> {
  const problems = decisionProblems(record);
  if (problems.length > 0) throw new Error(`not a decision record: ${problems[0]}`);
  await db.put(STORE, record, decisionKey(record));
}

/** Removes one stored record by its key (a bad one the assessor chose to delete). */
export const deleteDecision = (db: DecisionDb, key: IDBValidKey): Promise<void> =>
  db.delete(STORE, key);

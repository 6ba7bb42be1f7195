/**
 * The assessor's recorded decisions, as the workspace shows them: loaded from `defuse-assess` once,
 * then kept in step with every save. Storage that fails is reported in words; the workspace goes on
 * without it (verifying and reviewing need no storage), and a failed save says so and keeps the form.
 */
import { create } from 'zustand';
import type { DecisionRecord, OverallDecision } from '../domain/assessor/decision-types';
import {
  deleteDecision,
  openDecisionDb,
  putDecision,
  readDecisions,
  type BadDecision,
  type DecisionDb,
} from './decision-db';

export interface DecisionsState {
  status: 'idle' | 'loading' | 'ready' | 'unavailable';
  /** Why storage is unavailable, in words. */
  problem: string | null;
  records: DecisionRecord[];
  bad: BadDecision[];
  load(): Promise<void>;
  /** Stores the decision; rejects (and keeps the old state) when storage fails. */
  save(record: DecisionRecord): Promise<void>;
  removeBad(key: IDBValidKey): Promise<void>;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A decisions store over the database `open` gives (tests pass their own). */
export function createDecisionsStore(open: () => Promise<DecisionDb> = () => openDecisionDb()) {
  let db: Promise<DecisionDb> | null = null;
  const database = () => (db ??= open());
  return create<DecisionsState>()((set, get) => ({
    status: 'idle',
    problem: null,
    records: [],
    bad: [],
    async load() {
      if (get().status === 'loading') return;
      set({ status: 'loading' });
      try {
        const { records, bad } = await readDecisions(await database());
        set({ status: 'ready', problem: null, records, bad });
      } catch (e) {
        db = null;
        set({
          status: 'unavailable',
          problem: `Decisions cannot be kept in this browser (${message(e)}).`,
        });
      }
    },
    async save(record) {
      await putDecision(await database(), record);
      const same = (r: DecisionRecord) =>
        r.log.sealHash === record.log.sealHash && r.unit.frameworkId === record.unit.frameworkId;
      set({ records: [...get().records.filter((r) => !same(r)), record] });
    },
    async removeBad(key) {
      await deleteDecision(await database(), key);
      set({ bad: get().bad.filter((b) => b.key !== key) });
    },
  }));
}

export const useDecisions = createDecisionsStore();

/** The decision recorded on this log (by seal) and unit, if any. */
export const findDecision = (
  records: readonly DecisionRecord[],
  sealHash: string,
  frameworkId: string,
): DecisionRecord | undefined =>
  records.find((r) => r.log.sealHash === sealHash && r.unit.frameworkId === frameworkId);

/** The overall decision only, for the cohort table. */
export const overallOf =
  (records: readonly DecisionRecord[]) =>
  (sealHash: string, frameworkId: string): OverallDecision | null =>
    findDecision(records, sealHash, frameworkId)?.overall.decision ?? null;

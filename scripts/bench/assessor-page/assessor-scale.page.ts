/**
 * The assessor-scale benchmark, in the page: verify every log (size, JSON, schema, chain, seal,
 * scenario version, replay: verifyLog, exactly what `npm run verify` and the app run) and tabulate
 * it (the session's analysis assessed against the unit: one row per log, then the counts an assessor's
 * table shows), timing the whole and sampling the JavaScript heap after every log.
 */
import { analyseTrace } from '../../../src/domain/analysis/analyse-session';
import type { Scenario } from '../../../src/domain/scenario/schema';
import type { Framework } from '../../../src/domain/scoring/framework-schema';
import { assess } from '../../../src/domain/scoring/score-session';
import { verifyLog } from '../../../src/domain/session/verify-log';

interface Input {
  scenario: Scenario;
  framework: Framework;
  texts: string[];
}

interface Row {
  learner: string;
  verdict: string;
  outcome: string;
  turns: number;
  criteria: Record<string, number>;
}

const heap = () =>
  (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

let input: Input | null = null;

async function load(): Promise<number> {
  input = (await (await fetch('./logs.json')).json()) as Input;
  return input.texts.length;
}

async function run(logs: number) {
  const { scenario, framework, texts } = input!;
  (globalThis as { gc?: () => void }).gc?.();
  const before = heap();
  let peak = before;
  const start = performance.now();
  const rows: Row[] = [];
  for (let i = 0; i < logs; i++) {
    const v = await verifyLog(texts[i]!, (id) => (id === scenario.id ? scenario : null));
    const t = v.trace;
    const criteria: Record<string, number> = {};
    if (t)
      for (const c of assess(scenario, analyseTrace(t), framework).criteria)
        criteria[c.status] = (criteria[c.status] ?? 0) + 1;
    rows.push({
      learner: v.log?.header.learnerName ?? '',
      verdict: v.kind,
      outcome: t?.outcome?.title ?? '',
      turns: t?.turns.length ?? 0,
      criteria,
    });
    // Sampled every tenth log: reading the precise heap size is itself not free.
    if (i % 10 === 9) peak = Math.max(peak, heap());
  }
  peak = Math.max(peak, heap());
  const table = {
    verdicts: tally(rows.map((r) => r.verdict)),
    outcomes: tally(rows.map((r) => r.outcome)),
    criteria: rows.reduce<Record<string, number>>((acc, r) => {
      for (const [k, n] of Object.entries(r.criteria)) acc[k] = (acc[k] ?? 0) + n;
      return acc;
    }, {}),
  };
  return { ms: performance.now() - start, heapBefore: before, heapPeak: peak, table };
}

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

Object.assign(window, { benchLoad: load, benchRun: run });

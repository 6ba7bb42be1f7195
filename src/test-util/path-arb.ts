/**
 * A fast-check arbitrary of complete paths (start to ending) of a scenario, drawn uniformly from all
 * of them however many there are: it picks a path number below the exact count and unranks it over
 * the merged state graph (pathAt). For "every path" properties on scenarios too long to enumerate.
 */
import fc from 'fast-check';
import type { Scenario } from '../domain/scenario/schema';
import type { SessionEvent } from '../domain/session/events';
import { measurePaths, pathAt } from '../machines/graph-paths';
import { buildStateGraph } from '../machines/state-graph';

export function completePathArb(scenario: Scenario): fc.Arbitrary<SessionEvent[]> {
  const graph = buildStateGraph(scenario);
  if (graph.truncated) throw new Error(`${scenario.id}: too many states to walk`);
  const measures = measurePaths(graph);
  const total = measures.paths[0] ?? 0n;
  return fc.bigInt({ min: 0n, max: total - 1n }).map((i) => pathAt(graph, measures, i));
}

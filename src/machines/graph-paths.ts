/**
 * The complete paths of a merged state graph — start to ending — counted, ranked and listed without
 * ever enumerating them all. A path is the sequence of events a learner sends; merging equivalent
 * states changes none of them, so counting by dynamic programming over the graph (a state's paths are
 * the sum of its successors' paths) gives the exact number, as a BigInt because it outgrows
 * Number.MAX_SAFE_INTEGER. The same counts let `pathAt` pick the i-th path directly, so a property
 * test can sample paths uniformly from all of them.
 */
import type { SessionEvent } from '../domain/session/events';
import type { StateGraph } from './state-graph';

export interface PathMeasures {
  /** Complete paths from each state (1 at an ending). */
  paths: readonly bigint[];
  /** Fewest and most turns from each state to an ending (Infinity and -Infinity when none). */
  fewestTurns: readonly number[];
  mostTurns: readonly number[];
}

export function measurePaths(graph: StateGraph): PathMeasures {
  const n = graph.states.length;
  const paths = new Array<bigint>(n).fill(0n);
  const fewestTurns = new Array<number>(n).fill(Infinity);
  const mostTurns = new Array<number>(n).fill(-Infinity);
  graph.states.forEach((s, i) => {
    if (!s.ending) return;
    paths[i] = 1n;
    fewestTurns[i] = 0;
    mostTurns[i] = 0;
  });
  // Every edge from a state still playing leads to a later index or an ending (set above), so one
  // pass from the last state back reads only finished values.
  for (let i = n - 1; i >= 0; i--) {
    if (graph.states[i]!.ending) continue;
    let count = 0n;
    let fewest = Infinity;
    let most = -Infinity;
    for (const to of graph.successors(i)) {
      count += paths[to]!;
      fewest = Math.min(fewest, fewestTurns[to]! + 1);
      most = Math.max(most, mostTurns[to]! + 1);
    }
    paths[i] = count;
    fewestTurns[i] = fewest;
    mostTurns[i] = most;
  }
  return { paths, fewestTurns, mostTurns };
}

/**
 * The `index`-th complete path from the start (0-based), in the order a depth-first walk meets them
 * with events in learnerEvents order. Throws a RangeError outside 0 ≤ index < measures.paths[0].
 */
export function pathAt(graph: StateGraph, measures: PathMeasures, index: bigint): SessionEvent[] {
  const total = measures.paths[0] ?? 0n;
  if (index < 0n || index >= total)
    throw new RangeError(`path ${index} of ${total}: there is no such path`);
  const events: SessionEvent[] = [];
  let at = 0;
  let rest = index;
  while (!graph.states[at]!.ending) {
    for (const { event, to } of graph.edges(at)) {
      const here = measures.paths[to]!;
      if (rest < here) {
        events.push(event);
        at = to;
        break;
      }
      rest -= here;
    }
  }
  return events;
}

/** Every complete path from the start, one at a time, in pathAt's order; stop whenever you like. */
export function* allPaths(graph: StateGraph): Generator<SessionEvent[]> {
  const trail: SessionEvent[] = [];
  function* from(i: number): Generator<SessionEvent[]> {
    if (graph.states[i]!.ending) {
      yield [...trail];
      return;
    }
    for (const { event, to } of graph.edges(i)) {
      trail.push(event);
      yield* from(to);
      trail.pop();
    }
  }
  yield* from(0);
}

/**
 * Surface tells: can a learner find the best response without reading it for good practice — by
 * its place in the list, its length or how many sentences it has? For every decision point (a beat
 * in a mood the conversation can reach it in) the best response is the debrief's (bestAlternative);
 * each surface policy picks an option from the text alone, and its hits are compared with what
 * picking at random would give. A policy that does clearly better than chance (one-sided exact test
 * under the Poisson binomial: p < TELL_P) is a tell, and so is one that does clearly worse ("never
 * pick the shortest" rules options out just as well); the options then need rewriting so poor ones
 * are as long, fluent and plausible as good ones, with the best written in varied places.
 *
 * The points are not independent (one beat's options in four moods), which makes the test stricter,
 * not looser: a tell that holds at a beat is counted at every mood the beat is met in.
 */
import { bestAlternative } from '../escalation/alternatives';
import type { EngineState } from '../escalation/types';
import { beatOf } from '../scenario/lookup';
import type { Response, Scenario } from '../scenario/schema';

/** Below this probability of doing so well by chance, a surface policy is a tell. */
export const TELL_P = 0.01;

/** One way of picking an option without judging what it says. */
export interface SurfacePolicy {
  id: string;
  /** How a learner would say it: "pick the longest option". */
  label: string;
  /** A score per option: the policy picks the highest (ties shared). */
  score: (r: Response, index: number, all: readonly Response[]) => number;
}

/** Sentences as a reader counts them: runs of text ending in . ! or ? (or the end). */
export const sentenceCount = (text: string): number =>
  text.split(/[.!?]+(?:["'”’)]*)(?:\s+|$)/).filter((s) => s.trim().length > 0).length;

export const SURFACE_POLICIES: readonly SurfacePolicy[] = [
  { id: 'first', label: 'pick the first option as written', score: (_r, i) => -i },
  { id: 'last', label: 'pick the last option as written', score: (_r, i) => i },
  { id: 'longest', label: 'pick the longest option', score: (r) => r.text.length },
  { id: 'shortest', label: 'pick the shortest option', score: (r) => -r.text.length },
  {
    id: 'most-sentences',
    label: 'pick the option with the most sentences',
    score: (r) => sentenceCount(r.text),
  },
  {
    id: 'fewest-sentences',
    label: 'pick the option with the fewest sentences',
    score: (r) => -sentenceCount(r.text),
  },
];

/** How one policy did over a scenario's decision points. */
export interface TellReport {
  policy: string;
  label: string;
  points: number;
  /** Expected hits (a pick shared by a tie counts as a share). */
  hits: number;
  /** What picking at random would give on average. */
  chance: number;
  /**
   * Probability of doing at least this well by chance (exact, Poisson binomial over the points), or
   * at least this badly when the policy hits less often than chance.
   */
  p: number;
  /** 'finds' when the policy finds the best response, 'avoids' when it rules the best out. */
  direction: 'finds' | 'avoids';
  tell: boolean;
}

interface Point {
  options: readonly Response[];
  best: string;
}

/** The decision points at `states` (one per beat and mood; states with an ending are skipped). */
export function decisionPoints(scenario: Scenario, states: Iterable<EngineState>): Point[] {
  const seen = new Map<string, Point>();
  for (const state of states) {
    if (state.ending) continue;
    const key = `${state.beatId}|${state.mood}`;
    if (seen.has(key)) continue;
    const best = bestAlternative(scenario, state);
    const options = beatOf(scenario, state.beatId)?.responses ?? [];
    if (best && options.length > 1) seen.set(key, { options, best: best.response.id });
  }
  return [...seen.values()];
}

/** P(X >= k) for X a sum of independent Bernoulli(p_i): exact, by dynamic programming. */
export function tailProbability(ps: readonly number[], k: number): number {
  let dist = [1];
  for (const p of ps) {
    const next = new Array<number>(dist.length + 1).fill(0);
    dist.forEach((q, n) => {
      next[n]! += q * (1 - p);
      next[n + 1]! += q * p;
    });
    dist = next;
  }
  const from = Math.ceil(k - 1e-9);
  return dist.slice(Math.max(0, from)).reduce((a, b) => a + b, 0);
}

function judgePolicy(policy: SurfacePolicy, points: readonly Point[]): TellReport {
  let hits = 0;
  let whole = 0;
  for (const { options, best } of points) {
    const scores = options.map((r, i) => policy.score(r, i, options));
    const top = Math.max(...scores);
    const picked = options.filter((_r, i) => scores[i] === top);
    if (picked.some((r) => r.id === best)) {
      hits += 1 / picked.length;
      if (picked.length === 1) whole += 1;
    }
  }
  const ps = points.map((pt) => 1 / pt.options.length);
  const chance = ps.reduce((a, b) => a + b, 0);
  // Ties are scored as shares; each tail is tested on the count nearer chance, the cautious side.
  const direction = hits >= chance ? 'finds' : 'avoids';
  const p =
    direction === 'finds'
      ? tailProbability(ps, Math.max(whole, Math.floor(hits)))
      : 1 - tailProbability(ps, Math.ceil(hits) + 1);
  return {
    policy: policy.id,
    label: policy.label,
    points: points.length,
    hits: Math.round(hits * 10) / 10,
    chance: Math.round(chance * 10) / 10,
    p,
    direction,
    tell: p < TELL_P,
  };
}

/** Every surface policy's report over the decision points at `states`. */
export function surfaceTells(scenario: Scenario, states: Iterable<EngineState>): TellReport[] {
  const points = decisionPoints(scenario, states);
  return SURFACE_POLICIES.map((policy) => judgePolicy(policy, points));
}

const tenth = (n: number) => Math.round(n * 10) / 10;

/** The one-line problem for a tell, in the checker's words. */
export function tellProblem(r: TellReport): string {
  const p = r.p < 0.001 ? '< 0.001' : `= ${r.p.toFixed(3)}`;
  const what =
    r.direction === 'finds'
      ? `finds the best response at ${r.hits} of ${r.points} decision points, where picking at random would give ${r.chance}`
      : `rules the best response out at ${tenth(r.points - r.hits)} of ${r.points} decision points, where picking at random would rule it out at ${tenth(r.points - r.chance)}`;
  return `surface tell: "${r.label}" ${what} (p ${p}) — rewrite the options so poor ones are as long, fluent and plausible as good ones, and vary where the best one is written`;
}

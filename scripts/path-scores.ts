/**
 * Scoring whole paths through a scenario, for the suites that compare them (the best-path property,
 * the scripted learners) and the exhaustive `npm run scenarios:best-path`. A path is a list of
 * events from the start; it is analysed and assessed exactly as the debrief does.
 */
import { analyseSession } from '../src/domain/analysis/analyse-session';
import { applyEvent, initialState, learnerEvents } from '../src/domain/escalation/engine';
import type { EngineState } from '../src/domain/escalation/types';
import type { Scenario } from '../src/domain/scenario/schema';
import type { CriterionStatus } from '../src/domain/scoring/assessment-types';
import type { Framework } from '../src/domain/scoring/framework-schema';
import { criteriaScore } from '../src/domain/scoring/criteria-score';
import { assess } from '../src/domain/scoring/score-session';
import type { SessionEvent } from '../src/domain/session/events';
import { bestPath } from '../src/domain/analysis/best-path';
import { loadFrameworkFiles } from './load-frameworks';

/** The frameworks a scenario names. */
export function frameworksOf(scenario: Scenario, all: readonly Framework[] = loadFrameworkFiles()) {
  return all.filter((f) => scenario.frameworks.includes(f.id));
}

/** Each criterion's status for a path, per framework in the frameworks' order. */
export function pathStatuses(
  scenario: Scenario,
  events: readonly SessionEvent[],
  frameworks: readonly Framework[],
): CriterionStatus[][] {
  const analysis = analyseSession(scenario, events);
  return frameworks.map((f) => assess(scenario, analysis, f).criteria.map((c) => c.status));
}

/** The criteria score of a path on each framework, in the frameworks' order. */
export function pathScores(
  scenario: Scenario,
  events: readonly SessionEvent[],
  frameworks: readonly Framework[],
): number[] {
  const analysis = analyseSession(scenario, events);
  return frameworks.map((f) => criteriaScore(assess(scenario, analysis, f)));
}

const VALUE: Record<CriterionStatus, number> = {
  demonstrated: 2,
  'partly-demonstrated': 1,
  'not-demonstrated': 0,
  'needs-other-evidence': 0,
};

/**
 * Two paths' scores on one framework, over the criteria both gave an occasion to show. A criterion
 * one session gave no occasion for (help was never needed, behaviour never crossed the limit) is
 * "needs other evidence" there, which is honest, not a shortfall: a path that provokes the customer
 * past the limit and then steps back must not outscore one that never let it get that far.
 */
export function sharedScores(
  a: readonly CriterionStatus[],
  b: readonly CriterionStatus[],
): [number, number] {
  let x = 0;
  let y = 0;
  a.forEach((s, i) => {
    const t = b[i]!;
    if (s === 'needs-other-evidence' || t === 'needs-other-evidence') return;
    x += VALUE[s];
    y += VALUE[t];
  });
  return [x, y];
}

/** A path in words, for failure messages: response ids, "step back" for the safety action. */
export const describePath = (events: readonly SessionEvent[]): string =>
  events
    .map((e) =>
      e.type === 'learner.respond'
        ? e.responseId
        : e.type === 'learner.withdraw'
          ? 'step back'
          : 'tutor',
    )
    .join(' › ');

/** The state after `events` from the start. */
export const stateAfter = (scenario: Scenario, events: readonly SessionEvent[]): EngineState =>
  events.reduce((s, e) => applyEvent(scenario, s, e), initialState(scenario));

/**
 * Every path that leaves the best path at up to `deviations` turns, choosing any other event
 * there and the best response everywhere else: the neighbourhood where a path that scores better
 * than the model answer is most likely to hide (one tempting response, then good practice).
 */
export function nearBestPaths(scenario: Scenario, deviations: number): SessionEvent[][] {
  const out: SessionEvent[][] = [];
  const grow = (prefix: SessionEvent[], left: number) => {
    const rest = bestPath(scenario, stateAfter(scenario, prefix));
    if (prefix.length > 0) out.push([...prefix, ...rest]);
    if (left === 0) return;
    let state = stateAfter(scenario, prefix);
    for (let i = 0; i < rest.length; i++) {
      const here = [...prefix, ...rest.slice(0, i)];
      for (const e of learnerEvents(scenario, state)) {
        if (JSON.stringify(e) === JSON.stringify(rest[i])) continue;
        grow([...here, e], left - 1);
      }
      state = applyEvent(scenario, state, rest[i]!);
    }
  };
  grow([], deviations);
  return out;
}

/** Every complete path, depth first, or null when there are more than `cap`. */
export function allPaths(scenario: Scenario, cap: number): SessionEvent[][] | null {
  const out: SessionEvent[][] = [];
  const visit = (state: EngineState, prefix: SessionEvent[]): boolean => {
    if (state.ending) {
      out.push(prefix);
      return out.length <= cap;
    }
    for (const e of learnerEvents(scenario, state))
      if (!visit(applyEvent(scenario, state, e), [...prefix, e])) return false;
    return true;
  };
  return visit(initialState(scenario), []) ? out : null;
}

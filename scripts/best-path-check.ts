/**
 * npm run scenarios:best-path [ids…]
 * The exhaustive form of the best-path property (tests/model/best-path.test.ts): scores every
 * complete path of each built-in scenario (or those named) on every framework it names, and fails
 * if any path scores better than the debrief's best path on the criteria both could show. It can
 * take a minute or two per large scenario, so the test suite checks the neighbourhood of the best
 * path and a seeded sample instead, and authors run this after editing a scenario.
 */
import { bestPath } from '../src/domain/analysis/best-path';
import { applyEvent, initialState, learnerEvents } from '../src/domain/escalation/engine';
import type { EngineState } from '../src/domain/escalation/types';
import type { SessionEvent } from '../src/domain/session/events';
import { builtInScenarios } from '../tests/support/built-in-scenarios';
import { describePath, frameworksOf, pathStatuses, sharedScores } from './path-scores';

const only = process.argv.slice(2);
let failed = 0;
for (const scenario of builtInScenarios()) {
  if (only.length > 0 && !only.includes(scenario.id)) continue;
  const started = performance.now();
  const frameworks = frameworksOf(scenario);
  const model = bestPath(scenario);
  const modelStatuses = pathStatuses(scenario, model, frameworks);
  const worst = frameworks.map(() => ({ margin: 0, path: '' }));
  let paths = 0;
  const visit = (state: EngineState, prefix: SessionEvent[]) => {
    if (state.ending) {
      paths++;
      const statuses = pathStatuses(scenario, prefix, frameworks);
      frameworks.forEach((_f, i) => {
        const [other, best] = sharedScores(statuses[i]!, modelStatuses[i]!);
        if (other - best > worst[i]!.margin)
          worst[i] = { margin: other - best, path: describePath(prefix) };
      });
      return;
    }
    for (const e of learnerEvents(scenario, state))
      visit(applyEvent(scenario, state, e), [...prefix, e]);
  };
  visit(initialState(scenario), []);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const beaten = frameworks.filter((_f, i) => worst[i]!.margin > 0);
  console.log(
    `${beaten.length ? '✗' : '✓'} ${scenario.id}: ${paths} paths scored on ${frameworks.length} frameworks in ${seconds} s; best path ${describePath(model)}`,
  );
  frameworks.forEach((f, i) => {
    if (worst[i]!.margin > 0)
      console.log(
        `  ${f.id}: ${worst[i]!.path} scores ${worst[i]!.margin} more than the best path`,
      );
  });
  failed += beaten.length ? 1 : 0;
}
if (failed) process.exitCode = 1;

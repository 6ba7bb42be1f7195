/**
 * Engine throughput in Node: seeded random walks through every built-in scenario, counting
 * applyEvent calls a second, and the time to trace (replay) a 40-turn log of the assessor-scale
 * scenario. Pure functions over plain data: no browser, no storage.
 */
import { applyEvent, initialState, learnerEvents } from '../../src/domain/escalation/engine';
import { trace } from '../../src/domain/session/trace';
import { builtInScenarios } from '../../tests/support/built-in-scenarios';
import { generatedLogs, longScenario } from './generated-logs';
import { seededRandom } from '../../src/domain/random/seeded-random';

export interface EngineResult {
  responsesPerSecond: number;
  trace40TurnsMicros: number;
}

export async function measureEngine(seconds = 2): Promise<EngineResult> {
  const scenarios = builtInScenarios();
  const random = seededRandom(1);
  let applied = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    for (const scenario of scenarios) {
      let state = initialState(scenario);
      while (!state.ending) {
        // Responses only (the safety action would end every walk at once).
        const events = learnerEvents(scenario, state).filter((e) => e.type === 'learner.respond');
        state = applyEvent(scenario, state, events[Math.floor(random() * events.length)]!);
        applied += 1;
      }
    }
  }
  const elapsed = seconds - (until - performance.now()) / 1000;
  const scenario = longScenario();
  const [log] = await generatedLogs(scenario, 1);
  const rounds = 2000;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) trace(scenario, log!.log);
  return {
    responsesPerSecond: applied / elapsed,
    trace40TurnsMicros: ((performance.now() - start) / rounds) * 1000,
  };
}

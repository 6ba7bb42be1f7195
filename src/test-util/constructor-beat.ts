/**
 * The fake scenario with its middle beat named "constructor" — a valid kebab-case id that is also a
 * property every plain object inherits, so a lookup like `beats[id]` would find a function there.
 */
import { scenarioSchema, type Scenario, type ScenarioInput } from '../domain/scenario/schema';
import { fakeScenarioInput } from './fake-scenario';

export function constructorBeatInput(): ScenarioInput {
  const input = fakeScenarioInput();
  const { options, ...rest } = input.beats;
  input.beats = { ...rest, constructor: options! };
  input.beats.opening!.next = { default: 'constructor', aggressive: 'opening' };
  return input;
}

export const constructorBeatScenario = (): Scenario => scenarioSchema.parse(constructorBeatInput());

/**
 * Practice mode's hint: guidance towards the kind of response that would help most now, drawn from
 * the engine's best alternative. It names the approach, never the response, so it teaches rather
 * than answers.
 */
import { bestAlternative } from '../../domain/escalation/alternatives';
import { TECHNIQUE_INFO, type TechniqueFamily } from '../../domain/escalation/techniques';
import type { EngineState } from '../../domain/escalation/types';
import type { Scenario } from '../../domain/scenario/schema';

const FAMILY_LEAD: Readonly<Record<TechniqueFamily, string>> = {
  rapport: 'Think about the person before the problem.',
  'problem-solving': 'Think about what you can actually do for them.',
  support: 'Think about whether this needs someone else.',
  poor: 'Think about what would help this person now.',
};

export function hintText(scenario: Scenario, state: EngineState): string | undefined {
  const best = bestAlternative(scenario, state);
  const technique = best?.turn.effect.techniques[0];
  if (!technique) return undefined;
  const info = TECHNIQUE_INFO[technique];
  return `${FAMILY_LEAD[info.family]} ${info.description}`;
}

/**
 * A response's effect on tension: its techniques' base effects, modulated by the customer's current
 * mood, the persona's sensitivities and the conversation so far. Pure; used for the chosen response
 * and for every alternative the debrief compares it with.
 */
import type { Response, Scenario } from '../scenario/schema';
import {
  ACKNOWLEDGING,
  BASE_EFFECT,
  BROKEN_PROMISE_EFFECT,
  COMBINE_WEIGHTS,
  FACTOR,
  MAX_DELTA,
  SOLVING,
} from './effect-model';
import { isLimitCrossed } from './limit';
import type { Technique } from './techniques';
import type { Effect, EffectPart, EngineState } from './types';
import { beatOf } from '../scenario/lookup';

/** Seeking help is right when the request is beyond the learner's authority or behaviour crossed the limit. */
export function isHelpAppropriate(scenario: Scenario, state: EngineState): boolean {
  const beat = beatOf(scenario, state.beatId);
  return Boolean(beat?.beyondAuthority) || isLimitCrossed(scenario, state);
}

/** The techniques as the engine judges them in this state. */
export function judgeTechniques(
  scenario: Scenario,
  state: EngineState,
  techniques: readonly Technique[],
): Technique[] {
  const helpOk = isHelpAppropriate(scenario, state);
  const judged = techniques.map((t) => (t === 'seek-help' && !helpOk ? 'passing-on' : t));
  return [...new Set(judged)];
}

export function computeEffect(
  scenario: Scenario,
  state: EngineState,
  response: Pick<Response, 'techniques' | 'effect'>,
): Effect {
  const techniques = judgeTechniques(scenario, state, response.techniques);
  const lastTurn = state.history[state.history.length - 1];
  const acknowledgedLastTurn =
    lastTurn?.effect.techniques.some((t) => ACKNOWLEDGING.includes(t)) ?? false;
  const { respondsMore, respondsLess } = scenario.customer;

  const parts = techniques.map((technique): EffectPart => {
    const factors: EffectPart['factors'] = [];
    let base = BASE_EFFECT[technique];
    if (technique === 'passing-on' && !response.techniques.includes('passing-on')) {
      factors.push({
        factor: 1,
        reason: 'asking a colleague was not needed here, so it counts as passing the customer on',
      });
    }
    if (technique === 'explain-position' && state.promised) {
      base = BROKEN_PROMISE_EFFECT;
      factors.push({
        factor: 1,
        reason: 'the explanation takes back an earlier promise, so the customer feels misled',
      });
    }
    const calming = base < 0;
    if (state.mood === 'aggressive' && calming) {
      if (ACKNOWLEDGING.includes(technique)) {
        factors.push({
          factor: FACTOR.acknowledgeWhenAggressive,
          reason: 'an aggressive customer needs their feelings acknowledged first',
        });
      } else if (SOLVING.includes(technique)) {
        factors.push(
          acknowledgedLastTurn
            ? {
                factor: FACTOR.solveAfterAcknowledging,
                reason:
                  'solutions land better now feelings have been acknowledged, but the customer is still angry',
              }
            : {
                factor: FACTOR.solveWhenAggressive,
                reason:
                  'jumping to solutions before acknowledging feelings: the customer is not ready to hear them',
              },
        );
      }
    }
    if (state.mood === 'de-escalated' && base > 0) {
      factors.push({
        factor: FACTOR.raiseWhenDeEscalated,
        reason: 'a customer who has just calmed down re-escalates quickly',
      });
    }
    if (respondsMore.includes(technique)) {
      factors.push({
        factor: FACTOR.respondsMore,
        reason: `${scenario.customer.name} responds strongly to this`,
      });
    } else if (respondsLess.includes(technique)) {
      factors.push({
        factor: FACTOR.respondsLess,
        reason: `${scenario.customer.name} responds less to this`,
      });
    }
    const run = state.runs[technique] ?? 0;
    if (calming && run >= 2) {
      factors.push(
        run === 2
          ? {
              factor: FACTOR.thirdTimeRunning,
              reason: 'third time running: it starts to sound scripted',
            }
          : {
              factor: FACTOR.fourthTimeOrMore,
              reason: 'used again and again: the customer has stopped hearing it',
            },
      );
    }
    const value = factors.reduce((v, f) => v * f.factor, base);
    return { technique, base, factors, value };
  });

  if (response.effect !== undefined) {
    return { techniques, parts, delta: response.effect, overridden: true };
  }
  const sum = combine(parts.filter((p) => p.value < 0)) + combine(parts.filter((p) => p.value > 0));
  const delta = Math.max(-MAX_DELTA, Math.min(MAX_DELTA, Math.round(sum)));
  return { techniques, parts, delta, overridden: false };
}

/** Strongest first, with diminishing weights (see COMBINE_WEIGHTS). */
function combine(parts: readonly EffectPart[]): number {
  return [...parts]
    .sort((a, b) => Math.abs(b.value) - Math.abs(a.value))
    .reduce(
      (sum, p, i) =>
        sum + p.value * (COMBINE_WEIGHTS[i] ?? COMBINE_WEIGHTS[COMBINE_WEIGHTS.length - 1]!),
      0,
    );
}

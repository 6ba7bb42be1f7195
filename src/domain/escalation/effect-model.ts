/**
 * The table behind the escalation model: each technique's base effect on tension and the factors
 * that modulate it. docs/escalation-model.md explains every number and cites the guidance in
 * shared/seeds. Negative numbers lower tension.
 */
import type { Technique } from './techniques';

export const BASE_EFFECT: Readonly<Record<Technique, number>> = {
  'active-listening': -8,
  empathy: -12,
  'open-questions': -6,
  'checking-understanding': -8,
  'sincere-apology': -8,
  'adapt-communication': -8,
  'explain-position': -4,
  'offer-alternatives': -10,
  'agree-way-forward': -10,
  'summarise-next-steps': -6,
  'seek-help': -6,
  signposting: -4,
  'safety-action': 0,
  'quoting-rules': 12,
  dismissing: 15,
  'arguing-blaming': 15,
  'over-promising': -4,
  'admitting-fault': -4,
  'passing-on': 8,
  jargon: 8,
  ignoring: 12,
};

/** Techniques that acknowledge the person before the problem (IAO: "acknowledge feelings first"). */
export const ACKNOWLEDGING: readonly Technique[] = [
  'empathy',
  'active-listening',
  'sincere-apology',
];

/** Techniques that move to solving the problem. */
export const SOLVING: readonly Technique[] = [
  'explain-position',
  'offer-alternatives',
  'agree-way-forward',
  'summarise-next-steps',
  'checking-understanding',
];

export const FACTOR = {
  /** Acknowledging feelings while the customer is aggressive. */
  acknowledgeWhenAggressive: 1.25,
  /** Problem-solving while aggressive, feelings not acknowledged in the previous turn. */
  solveWhenAggressive: 0.4,
  /** Problem-solving while aggressive, straight after feelings were acknowledged. */
  solveAfterAcknowledging: 0.8,
  /** Anything that raises tension in a de-escalated customer (fragile recovery phase). */
  raiseWhenDeEscalated: 1.5,
  /** Persona responds more / less to a technique. */
  respondsMore: 1.5,
  respondsLess: 0.5,
  /** The same calming technique the third time running, and after that. */
  thirdTimeRunning: 0.5,
  fourthTimeOrMore: 0.25,
} as const;

/** Explaining the position after over-promising: the customer hears the promise being taken back. */
export const BROKEN_PROMISE_EFFECT = 10;

/**
 * A response that shows several techniques does one main thing: the strongest calming contribution
 * counts fully, the next half, the rest a quarter (and likewise for contributions that raise tension).
 */
export const COMBINE_WEIGHTS = [1, 0.5, 0.25] as const;

/** No single response moves tension more than this either way. */
export const MAX_DELTA = 30;

/**
 * A long, loopy scenario of any size, for measuring the path walk as the library grows (the issue's
 * 24 beats × 24 turns, 19 × 21 and 14 × 29) and for the hostile "tight loop at 30 turns" case. Built
 * like passport-delay, only longer: each beat loops back when the customer turns aggressive, has a
 * "tell me more" response that stays on the beat, a poor response the customer may walk out on, and
 * every few beats a request beyond the learner's authority with a referral and a promise. The options
 * come in a fixed pseudo-random order and length, so the file passes the whole check, surface
 * tells included, and a benchmark measures a scenario an author could really ship.
 */
import type { ScenarioInput } from '../domain/scenario/schema';
import { STAGES } from '../domain/scenario/vocabulary';
import type { Technique } from '../domain/escalation/techniques';
import { fakeScenarioInput } from './fake-scenario';

type BeatInput = ScenarioInput['beats'][string];
type ResponseInput = BeatInput['responses'][number];

const lines = (what: string) => ({
  calm: { line: `${what} (calm)`, cue: 'Relaxed shoulders.' },
  frustrated: { line: `${what} (frustrated)`, cue: 'Arms folded.' },
  aggressive: { line: `${what} (aggressive)`, cue: 'Voice raised.' },
  'de-escalated': { line: `${what} (de-escalated)`, cue: 'Breathing slower.' },
});

// Varied technique mixes, so the walk meets many "runs" and "last turn" combinations.
const ACKNOWLEDGE: Technique[][] = [
  ['empathy', 'active-listening'],
  ['sincere-apology'],
  ['active-listening', 'checking-understanding'],
];
const SOLVE: Technique[][] = [
  ['offer-alternatives', 'explain-position'],
  ['checking-understanding', 'open-questions'],
  ['agree-way-forward', 'summarise-next-steps'],
  ['explain-position'],
];
const POOR: Technique[][] = [['quoting-rules'], ['dismissing'], ['arguing-blaming'], ['jargon']];

// Added to responses so they vary in length and sentence count.
const FILLER = ['', ' I hear you.', ' Let me see. One moment.', ' Right. I see. Go on, please.'];

/** Park–Miller's generator: small, exact in doubles, the same sequence everywhere. */
const nextRandom = (x: number) => (x * 48271) % 2147483647;

/** A fixed pseudo-random order of `items`, seeded by `seed` (1 or more). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let x = nextRandom(nextRandom(seed * 7919));
  for (let k = out.length - 1; k > 0; k--) {
    x = nextRandom(x);
    const j = Math.floor((x / 2147483647) * (k + 1));
    [out[k], out[j]] = [out[j]!, out[k]!];
  }
  return out;
}

const response = (
  id: string,
  techniques: Technique[],
  next?: ResponseInput['next'],
): ResponseInput => ({
  id,
  text: `Response ${id}.`,
  techniques,
  ...(next === undefined ? {} : { next }),
  feedback: { why: `Why ${id}.`, consequence: `What ${id} did.` },
});

export interface BigScenarioOptions {
  beats: number;
  maxTurns: number;
  id?: string;
}

/** A valid scenario of `beats` beats in a chain with loops; every beat, response and ending is reachable. */
export function bigScenarioInput({ beats, maxTurns, id }: BigScenarioOptions): ScenarioInput {
  const base = fakeScenarioInput();
  const beatId = (i: number) => `step-${i + 1}`;
  const out: Record<string, BeatInput> = {};
  for (let i = 0; i < beats; i++) {
    const ahead = i + 1 < beats ? beatId(i + 1) : 'resolved';
    const back = beatId(Math.max(0, i - 1));
    const authority = i % 4 === 3;
    const written = [
      response('acknowledge', ACKNOWLEDGE[i % ACKNOWLEDGE.length]!),
      response('solve', SOLVE[i % SOLVE.length]!),
      response('tell-me-more', ['open-questions'], beatId(i)),
      response('poor', POOR[i % POOR.length]!, { default: ahead, aggressive: 'walked-out' }),
    ];
    if (authority) written.push(response('refer', ['seek-help'], 'referred'));
    else if (i % 4 === 1) written.push(response('promise', ['over-promising']));
    // In a different order at each beat, with lengths dealt out at random, so that no habit that
    // ignores what a response says (its place, its length) finds the best one.
    const lengths = shuffled([0, 1, 2, 3, 1, 2], 11 * i + 1);
    const responses = shuffled(
      written.map((r, k) => ({ ...r, text: r.text + FILLER[lengths[k]!]! })),
      2 * i + 2,
    );
    out[beatId(i)] = {
      stage: STAGES[Math.min(STAGES.length - 1, Math.floor((i * STAGES.length) / beats))]!,
      beyondAuthority: authority,
      customer: lines(`Beat ${i + 1}`),
      next: { default: ahead, aggressive: back },
      responses,
    };
  }
  return {
    ...base,
    id: id ?? `big-${beats}-beats-${maxTurns}-turns`,
    title: `A long conversation: ${beats} beats, ${maxTurns} turns`,
    customer: { ...base.customer, initialTension: 55 },
    flow: { ...base.flow, start: beatId(0), maxTurns },
    beats: out,
  };
}

/**
 * The hostile "tight loop": one beat whose responses all come back to it, but one, at the longest
 * turn limit the format allows. Its paths outnumber Number.MAX_SAFE_INTEGER many times over.
 */
export function tightLoopScenarioInput(maxTurns = 30): ScenarioInput {
  const base = fakeScenarioInput();
  const { referred: _unused, ...endings } = base.endings;
  return {
    ...base,
    id: 'tight-loop',
    title: 'Round and round',
    flow: { ...base.flow, start: 'round', maxTurns },
    beats: {
      round: {
        stage: 'exploring',
        customer: lines('Round and round'),
        next: 'round',
        responses: [
          response('listen', ['active-listening']),
          response('ask', ['open-questions']),
          response('rules', ['quoting-rules']),
          response('explain', ['explain-position']),
          response('agree', ['agree-way-forward'], 'resolved'),
        ],
      },
    },
    endings,
  };
}

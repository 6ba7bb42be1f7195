/**
 * The first three Gibbs stages of the draft: what happened (Description), prompts for how the
 * learner felt (Feelings: only they can say), and what went well and badly (Evaluation), each
 * grounded in the learner's quoted turns and what they did to the customer.
 */
import { isPoorTechnique, TECHNIQUE_INFO } from '../escalation/techniques';
import {
  creditedFor,
  endingSentence,
  mood,
  moved,
  oneLine,
  said,
  techniques,
  type DraftContext,
} from './draft-context';
import { prompt, text, type DraftParagraph } from './draft-types';

const stop = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const noStop = (s: string) => s.trim().replace(/[.\s]+$/, '');

export function description(ctx: DraftContext): DraftParagraph[] {
  const { scenario: s, assessment: a, who, turns } = ctx;
  const start = a.analysis.tension[0]!;
  const channel = s.channel === 'telephone' ? 'telephone call' : 'face-to-face conversation';
  const out: DraftParagraph[] = [
    [
      text(
        `I practised “${s.title}” (${s.setting}), a simulated ${channel} in Defuse. What ${s.customer.name} wanted: ${stop(oneLine(s.customer.wants))}`,
      ),
    ],
    [text(`At the start ${who} was ${mood(start.mood)} (tension ${start.tension} out of 100).`)],
  ];
  for (const t of turns) {
    out.push([
      ...said(t, t.turn === 1 ? 'First I' : 'Then I'),
      text(
        `, and ${moved(who, { t: t.tensionBefore, m: t.moodBefore }, { t: t.tensionAfter, m: t.moodAfter })}.`,
      ),
    ]);
  }
  const n = turns.length;
  out.push([
    text(
      `${n === 0 ? 'I took no turns. ' : `That was ${n} turn${n === 1 ? '' : 's'}. `}${endingSentence(a.analysis.ending, ctx)}`,
    ),
  ]);
  return out;
}

export function feelings(ctx: DraftContext): DraftParagraph[] {
  const { assessment: a, who, turns } = ctx;
  const first = turns[0];
  const out: DraftParagraph[] = [
    [
      prompt(
        'feelings-start',
        `How did you feel when ${who} first spoke to you${first ? ` (“${oneLine(first.customerLine)}”)` : ''}?`,
      ),
    ],
  ];
  const peak = [...turns].sort((x, y) => y.tensionBefore - x.tensionBefore || x.turn - y.turn)[0];
  if (peak && peak.turn > 1 && peak.tensionBefore > (first?.tensionBefore ?? 0))
    out.push([
      prompt(
        'feelings-peak',
        `How did you feel at turn ${peak.turn}, when ${who} was ${mood(peak.moodBefore)} (tension ${peak.tensionBefore})?`,
      ),
    ]);
  const end = a.analysis.ending;
  out.push([
    prompt(
      'feelings-end',
      end.title
        ? `How did you feel when the conversation ended (${end.title})?`
        : 'How do you feel about where the conversation stopped?',
    ),
  ]);
  return out;
}

export function evaluation(ctx: DraftContext): DraftParagraph[] {
  const { assessment: a, who, turns } = ctx;
  const unit = a.unit.title;
  const strengths = turns
    .filter((t) => t.effect.delta < 0 && !t.effect.techniques.some(isPoorTechnique))
    .sort((x, y) => x.effect.delta - y.effect.delta || x.turn - y.turn)
    .slice(0, 3)
    .sort((x, y) => x.turn - y.turn);
  const out: DraftParagraph[] = [];
  out.push([
    text(
      strengths.length
        ? 'What went well:'
        : `What went well: none of my responses lowered ${who}’s tension.`,
    ),
  ]);
  for (const t of strengths) {
    // The technique that did most of the work: the most negative share of the change in tension.
    const strongest =
      [...t.effect.parts].sort((x, y) => x.value - y.value)[0]?.technique ??
      t.effect.techniques[0]!;
    const main = TECHNIQUE_INFO[strongest];
    const codes = creditedFor(ctx, t.turn);
    out.push([
      ...said(t, 'When I'),
      text(
        `, I used ${techniques(t.effect.techniques)}. It worked: ${moved(who, { t: t.tensionBefore, m: t.moodBefore }, { t: t.tensionAfter, m: t.moodAfter })}. ` +
          `Most of the effect came from ${techniques([strongest])}: ${lowerFirst(noStop(main.description))}.` +
          (codes.length ? ` It counts towards ${codes.join(', ')} of ${unit}.` : ''),
      ),
    ]);
  }
  const worse = new Map(a.analysis.madeWorse.map((w) => [w.turn, w]));
  const poor = turns.filter((t) => worse.has(t.turn) || t.effect.techniques.some(isPoorTechnique));
  out.push([
    text(
      poor.length
        ? 'What went less well:'
        : 'What went less well: I did not use any poor technique and no response raised the tension.',
    ),
  ]);
  for (const t of poor) {
    const w = worse.get(t.turn);
    const after = moved(
      who,
      { t: t.tensionBefore, m: t.moodBefore },
      { t: t.tensionAfter, m: t.moodAfter },
    );
    const bad = t.effect.techniques.filter(isPoorTechnique);
    out.push([
      ...said(t, 'When I'),
      text(
        w
          ? `, that was ${techniques(w.causes.map((c) => c.technique))}, and it made things worse: ${after}.`
          : `, that was ${techniques(bad)}: ${after} for now, but it is poor practice (${lowerFirst(noStop(TECHNIQUE_INFO[bad[0]!].description))}).`,
      ),
    ]);
  }
  out.push([text(endingSentence(a.analysis.ending, ctx))]);
  return out;
}

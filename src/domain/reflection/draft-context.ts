/**
 * Shared wording for the reflective-account writers: the facts every section needs (who the
 * customer was, what each turn did) and small phrase builders, so the sections read alike.
 */
import { legacyLimitTension, limitFigures } from '../escalation/limit';
import { TECHNIQUE_INFO, type Technique } from '../escalation/techniques';
import type { TurnRecord } from '../escalation/types';
import type { Assessment } from '../scoring/assessment-types';
import type { EndingAnalysis } from '../analysis/analysis-types';
import type { Mood, Scenario } from '../scenario/schema';
import { quote, text, type DraftPart } from './draft-types';

/** What the section writers read. */
export interface DraftContext {
  assessment: Assessment;
  scenario: Scenario;
  /** The customer's first name, for natural sentences. */
  who: string;
  turns: TurnRecord[];
}

export function draftContext(assessment: Assessment, scenario: Scenario): DraftContext {
  const who = scenario.customer.name.split(/\s+/)[0] ?? scenario.customer.name;
  return { assessment, scenario, who, turns: assessment.analysis.turns };
}

const MOOD_WORD: Readonly<Record<Mood, string>> = {
  calm: 'calm',
  frustrated: 'frustrated',
  aggressive: 'aggressive',
  'de-escalated': 'calmer (de-escalated)',
};
export const mood = (m: Mood): string => MOOD_WORD[m];

/** "empathy and open questions" style list of technique labels, lower-case. */
export function techniques(ts: readonly Technique[]): string {
  const ls = ts.map(
    (t) => TECHNIQUE_INFO[t].label.charAt(0).toLowerCase() + TECHNIQUE_INFO[t].label.slice(1),
  );
  return ls.length <= 1
    ? (ls[0] ?? 'nothing')
    : `${ls.slice(0, -1).join(', ')} and ${ls[ls.length - 1]}`;
}

/** What a turn did to the customer: "tension fell from 50 to 38, and Sam stayed frustrated". */
export function moved(
  who: string,
  before: { t: number; m: Mood },
  after: { t: number; m: Mood },
): string {
  const way = after.t < before.t ? 'fell' : after.t > before.t ? 'rose' : 'stayed';
  const tension =
    way === 'stayed'
      ? `tension stayed at ${before.t}`
      : `tension ${way} from ${before.t} to ${after.t}`;
  const feeling =
    before.m === after.m
      ? `${who} stayed ${mood(after.m)}`
      : `${who} went from ${mood(before.m)} to ${mood(after.m)}`;
  return `${tension}, and ${feeling}`;
}

/** "I said “…” (turn n)" as parts, or "I chose “Step back…”" for the safety action. */
export function said(t: TurnRecord, lead = 'I'): DraftPart[] {
  return [text(`${lead} ${t.responseId === null ? 'chose' : 'said'} `), quote(t.turn, t.text)];
}

/** The first-person sentence on how the conversation ended. */
export function endingSentence(e: EndingAnalysis, ctx: DraftContext): string {
  const limit = legacyLimitTension(ctx.scenario);
  const last = e.turn === null ? undefined : ctx.turns[e.turn - 1];
  const figures = last ? limitFigures(ctx.scenario, last.tensionBefore) : '';
  const title = e.title ?? '';
  switch (e.kind) {
    case null:
      return 'The conversation had not ended when I stopped.';
    case 'resolved':
      return `The conversation ended with the issue resolved (${title}), which was the right outcome.`;
    case 'referred':
      return e.right
        ? `I referred ${ctx.who} on at turn ${e.turn} (${title}), which was right because ${last?.limitCrossed ? 'behaviour had crossed the tolerance limit' : 'what they asked for was beyond my authority'}.`
        : `I referred ${ctx.who} on at turn ${e.turn} (${title}) although I could still have helped: the request was within my authority and behaviour had not crossed the limit.`;
    case 'signposted':
      return e.right
        ? `I signposted ${ctx.who} elsewhere (${title}), which was right because the issue could not be resolved here.`
        : `The conversation ended with ${ctx.who} signposted elsewhere (${title}) although the issue could still have been resolved here.`;
    case 'withdrew-safely':
      return e.right
        ? `I stepped back and got support at turn ${e.turn}, when behaviour had crossed the tolerance limit${figures}, which was the right call.`
        : limit === null
          ? `I stepped back at turn ${e.turn} before ${ctx.who}’s behaviour had crossed the organisation’s limit, so I ended the conversation before I needed to.`
          : `I stepped back at turn ${e.turn} while tension was ${last?.tensionBefore}, below the limit of ${limit}, so I ended the conversation before I needed to.`;
    case 'customer-left':
    case 'incident':
      return `The conversation broke down at turn ${e.turn} (${title})${e.cause === 'breaking-point' ? ' when tension reached 100' : ''}.`;
  }
}

/** The criteria credited (demonstrated or partly) with a turn cited for them. */
export function creditedFor(ctx: DraftContext, turn: number): string[] {
  return ctx.assessment.criteria
    .filter(
      (c) =>
        (c.status === 'demonstrated' || c.status === 'partly-demonstrated') &&
        c.refs.some((r) => r.turn === turn && r.bearing === 'for'),
    )
    .map((c) => c.code);
}

/** A question safe to put in a prompt: one line. */
export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

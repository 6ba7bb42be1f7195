/**
 * What evidence a criterion needs when this session cannot be it: knowledge and reflection
 * criteria, performance a conversation cannot show, and criteria this scenario never gives an
 * occasion for, and criteria this one session happened to give no occasion for. Codes are the BTEC
 * evidence abbreviations (O, Q&A, P, RA, PD, WT, S).
 */
import { TECHNIQUE_INFO, type Technique } from '../escalation/techniques';
import type { Scenario } from '../scenario/schema';
import type { CriterionAssessment } from './assessment-types';
import type { Criterion, ScoringRule } from './framework-schema';
import { MIN_ENGAGED_TURNS, RULE_PREREQUISITES } from './rules';

const labels = (ts: readonly Technique[]) =>
  ts.map((t) => TECHNIQUE_INFO[t].label.toLowerCase()).join(', ');
const noStop = (s: string) => s.trim().replace(/[.\s]+$/, '');

/** Why `c` needs other evidence than this session, and which; null when the session can show it. */
export function otherEvidence(
  c: Criterion,
  scenario: Scenario,
): { rationale: string; codes: CriterionAssessment['evidenceCodes'] } | null {
  if (c.evidence === 'knowledge')
    return {
      rationale:
        'Knowledge criterion: it cannot be inferred from performance, so it needs the learner’s own answers (questioning, professional discussion or a reflective account).',
      codes: ['Q&A', 'PD', 'RA'],
    };
  if (c.evidence === 'reflection')
    return {
      rationale:
        'Needs the learner’s reflective account (RA): the draft generated from this session is raw material the learner must complete in their own words and sign.',
      codes: ['RA'],
    };
  if (c.simulation === false || !c.shownBy)
    return {
      rationale: `A conversation cannot show this${c.why ? ` (${noStop(c.why)})` : ''}, so it needs observation, witness testimony or products of work.`,
      codes: ['O', 'WT', 'P'],
    };
  const techniques = c.shownBy.techniques;
  const offered = Object.values(scenario.beats).some((b) =>
    b.responses.some((r) => r.techniques.some((t) => techniques.includes(t))),
  );
  const why =
    techniques.length > 0 && !offered && !techniques.includes('safety-action')
      ? `no response in this scenario uses ${labels(techniques)}`
      : c.shownBy.rule
        ? RULE_PREREQUISITES[c.shownBy.rule]?.(scenario)
        : null;
  return why
    ? {
        rationale: `This scenario cannot show it (${why}); it needs another scenario or observation at work.`,
        codes: ['S', 'O'],
      }
    : null;
}

/** The occasion each rule needs, as "a session in which …" finishes it. */
const OCCASION: Readonly<Record<ScoringRule, string>> = {
  'adapting-approach': 'the learner answers the customer',
  'recognise-mood-change': 'the customer’s mood changes',
  'help-within-policy':
    'the request goes beyond the learner’s authority or behaviour crosses the limit',
  'safety-when-needed': 'behaviour crosses the tolerance limit',
  'way-forward-agreed': 'the learner answers the customer',
  'unresolvable-explained': 'the issue cannot be resolved here',
  'signposted-when-unresolvable': 'the issue cannot be resolved here',
  'next-steps-summarised': 'the learner answers the customer',
  'calm-throughout': `the learner answers the customer at least ${MIN_ENGAGED_TURNS} times`,
};

/**
 * Why a criterion needs other evidence when this session gave its rule no occasion (`why`: the
 * rule's rationale): the session neither shows nor counts against it, so it is never "not
 * demonstrated"; another session that gives the occasion, or observation at work, can show it.
 */
export function noOccasion(
  rule: ScoringRule,
  why: string,
): { rationale: string; codes: CriterionAssessment['evidenceCodes'] } {
  return {
    rationale: `Needs other evidence: this session gave no occasion to show it (${noStop(why)}); another simulation (S) in which ${OCCASION[rule]}, or observation at work (O) or witness testimony (WT) of it, can show it.`,
    codes: ['S', 'O', 'WT'],
  };
}

/**
 * What evidence a criterion needs when this session cannot be it: knowledge and reflection
 * criteria, performance a conversation cannot show, and criteria this scenario never gives an
 * occasion for. Codes are the BTEC evidence abbreviations (O, Q&A, P, RA, PD, WT, S).
 */
import { TECHNIQUE_INFO, type Technique } from '../escalation/techniques';
import type { Scenario } from '../scenario/schema';
import type { CriterionAssessment } from './assessment-types';
import type { Criterion } from './framework-schema';
import { RULE_PREREQUISITES } from './rules';

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

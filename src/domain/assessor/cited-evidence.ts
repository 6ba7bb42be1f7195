/**
 * The evidence Defuse's scorer cites for a criterion, as one factual sentence an assessor may put in
 * their comment and edit: which turns, what the learner said and what it showed. It says where the
 * criterion is evidenced and nothing about how to do better, as a decision must.
 */
import { TECHNIQUE_INFO } from '../escalation/techniques';
import type { CriterionAssessment } from '../scoring/assessment-types';

/** The first few words of what the learner said. */
export function openingWords(text: string, count = 8): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/**
 * "Evidenced in the simulation (S) at turn 2 (“I’m sorry it never reached you…”: sincere apology;
 * tension 62 → 48)." Null when the scorer cites no turn for the criterion.
 */
export function citedEvidenceSentence(c: CriterionAssessment): string | null {
  const refs = c.refs.filter((r) => r.bearing === 'for');
  if (refs.length === 0) return null;
  const parts = refs.map((r) => {
    const shown = r.techniques.map((t) => TECHNIQUE_INFO[t].label.toLowerCase()).join(', ');
    const { tensionBefore, tensionAfter } = r.reaction;
    return `turn ${r.turn} (“${openingWords(r.text)}”${shown ? `: ${shown}` : ''}; tension ${tensionBefore} → ${tensionAfter})`;
  });
  const list =
    parts.length === 1
      ? parts[0]
      : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `Evidenced in the simulation (S) at ${list}.`;
}

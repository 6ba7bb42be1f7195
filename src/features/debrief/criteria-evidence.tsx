// A criterion's evidence cell: one link per cited turn (for or against, in words and by shape) that
// jumps to the turn in the transcript (a history entry on the debrief, so Back returns to the link),
// what other evidence it needs, and the one-sentence rationale.
import { useContext, type MouseEvent } from 'react';
import type { CriterionAssessment, EvidenceRef } from '../../domain/scoring/assessment-types';
import { jumpToTurn, turnAnchor } from './criteria-jump';
import { neededInWords } from './criteria-labels';
import { DebriefNavContext } from './debrief-nav';

/** The first few words of what the learner said, to tell one turn's link from another. */
export function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/** A element id for the link from criterion `code` to a turn. */
const linkId = (code: string, turn: number, bearing: EvidenceRef['bearing']) =>
  `evidence-${code.replace(/[^\w.-]+/g, '-')}-${turn}-${bearing}`;

function EvidenceLink({ code, evidence }: { code: string; evidence: EvidenceRef }) {
  const { turn, bearing, text } = evidence;
  const nav = useContext(DebriefNavContext);
  const id = linkId(code, turn, bearing);
  const jump = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!nav) return jumpToTurn(turn)(e);
    e.preventDefault();
    nav.jumpToTurn(turn, { id, section: 'criteria', back: 'Back to the criteria' });
  };
  return (
    <li className={`evidence-ref bearing-${bearing}`}>
      <span className="bearing">
        <span aria-hidden="true">{bearing === 'for' ? '+ ' : '− '}</span>
        {bearing === 'for' ? 'For' : 'Against'}
      </span>{' '}
      <a
        id={id}
        href={`#${turnAnchor(turn)}`}
        onClick={jump}
        aria-label={`Turn ${turn}: ${firstWords(text)}`}
      >
        Turn {turn}
      </a>
    </li>
  );
}

export function CriterionEvidence({ criterion }: { criterion: CriterionAssessment }) {
  const { refs, status, evidenceCodes, rationale } = criterion;
  return (
    <div className="criterion-evidence">
      {refs.length > 0 && (
        <ul className="evidence-refs" aria-label={`Turns cited for ${criterion.code}`}>
          {refs.map((r) => (
            <EvidenceLink key={`${r.turn}-${r.bearing}`} code={criterion.code} evidence={r} />
          ))}
        </ul>
      )}
      {status === 'needs-other-evidence' && evidenceCodes.length > 0 && (
        <p className="evidence-other">Needs {neededInWords(evidenceCodes)}.</p>
      )}
      <p className="evidence-rationale">{rationale}</p>
    </div>
  );
}

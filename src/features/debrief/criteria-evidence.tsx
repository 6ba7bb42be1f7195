// A criterion's evidence cell: one link per cited turn (for or against, in words and by shape) that
// jumps to the turn in the transcript, what other evidence it needs, and the one-sentence rationale.
import type { CriterionAssessment, EvidenceRef } from '../../domain/scoring/assessment-types';
import { jumpToTurn, turnAnchor } from './criteria-jump';
import { codeInWords, orList } from './criteria-labels';

/** The first few words of what the learner said, to tell one turn's link from another. */
export function firstWords(text: string, count = 6): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

function EvidenceLink({ evidence }: { evidence: EvidenceRef }) {
  const { turn, bearing, text } = evidence;
  return (
    <li className={`evidence-ref bearing-${bearing}`}>
      <span className="bearing">
        <span aria-hidden="true">{bearing === 'for' ? '+ ' : '− '}</span>
        {bearing === 'for' ? 'For' : 'Against'}
      </span>{' '}
      <a
        href={`#${turnAnchor(turn)}`}
        onClick={jumpToTurn(turn)}
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
            <EvidenceLink key={`${r.turn}-${r.bearing}`} evidence={r} />
          ))}
        </ul>
      )}
      {status === 'needs-other-evidence' && evidenceCodes.length > 0 && (
        <p className="evidence-other">Needs {orList(evidenceCodes.map(codeInWords))}.</p>
      )}
      <p className="evidence-rationale">{rationale}</p>
    </div>
  );
}

// Above the matrix: how many criteria have each status, and what the evidence codes mean for this
// unit — an assessment session is simulation evidence (S), a practice one is not; which criteria need something else, and what.
import type { Assessment, CriterionStatus } from '../../domain/scoring/assessment-types';
import { CRITERION_STATUSES } from '../../domain/scoring/assessment-types';
import { criteriaCount, neededInWords, STATUS_LABEL } from './criteria-labels';
import { StatusIcon } from './criteria-status';

/** Criteria that need other evidence, grouped by the evidence they need. */
function otherEvidenceGroups(assessment: Assessment) {
  const groups = new Map<string, { codes: string[]; needs: string }>();
  for (const c of assessment.criteria) {
    if (c.status !== 'needs-other-evidence') continue;
    const needs = neededInWords(c.evidenceCodes);
    const group = groups.get(needs) ?? { codes: [], needs };
    group.codes.push(c.code);
    groups.set(needs, group);
  }
  return [...groups.values()];
}

const countLine = (status: CriterionStatus, n: number) => `${STATUS_LABEL[status]}: ${n}`;

export function CriteriaSummary({
  assessment,
  practice,
}: {
  assessment: Assessment;
  /** A practice session is never presented as evidence. */
  practice: boolean;
}) {
  const { counts, criteria, unit } = assessment;
  const other = otherEvidenceGroups(assessment);
  return (
    <div className="criteria-summary">
      <p role="status" className="criteria-showing">
        Showing the {criteriaCount(criteria.length)} of “{unit.title}”.
      </p>
      <ul className="criteria-counts" aria-label="Criteria by status">
        {CRITERION_STATUSES.map((s) => (
          <li key={s} className={`criterion-status status-${s}`}>
            <StatusIcon status={s} />
            {countLine(s, counts[s])}
          </li>
        ))}
      </ul>
      <div className="criteria-note">
        {practice ? (
          <p>
            This was a <strong>practice</strong> session, so it is not assessment evidence: the
            criteria show what an assessment session played this way would evidence.
          </p>
        ) : (
          <p>
            This session is <strong>simulation evidence (S)</strong>: each credited criterion cites
            the turns that show it, and your assessor makes the final judgement.
          </p>
        )}
        {other.length > 0 && (
          <>
            <p>This session cannot be the evidence for every criterion:</p>
            <ul>
              {other.map((g) => (
                <li key={g.needs}>
                  {g.codes.join(', ')} need{g.codes.length === 1 ? 's' : ''} {g.needs}.
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

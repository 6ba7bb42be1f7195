// The criteria as a real table: code, the criterion's own wording, evidence kind, status and the
// evidence. Criteria under a learning outcome are grouped beneath it, as the unit documents list them.
// On narrow screens CSS stacks each row into a card; the explicit roles keep it a table for screen
// readers whose browsers drop table semantics when table elements change their display.
import { inLearnersTerms, isMarkerGuidance } from '../../domain/evidence/criterion-wording';
import type { Assessment, CriterionAssessment } from '../../domain/scoring/assessment-types';
import { CriterionEvidence } from './criteria-evidence';
import { EVIDENCE_KIND_LABEL } from './criteria-labels';
import { CriterionStatusBadge } from './criteria-status';

interface OutcomeGroup {
  outcome: string | null;
  criteria: CriterionAssessment[];
}

/** Consecutive criteria that share a learning outcome (or have none). */
function byOutcome(criteria: readonly CriterionAssessment[]): OutcomeGroup[] {
  const groups: OutcomeGroup[] = [];
  for (const c of criteria) {
    const last = groups[groups.length - 1];
    if (last && last.outcome === c.outcome) last.criteria.push(c);
    else groups.push({ outcome: c.outcome, criteria: [c] });
  }
  return groups;
}

const COLUMNS = ['Code', 'Criterion', 'Evidence kind', 'Status', 'Evidence from this session'];

/**
 * The criterion as the unit words it, quoted. Wording addressed to the marker ("Award credit for…")
 * is said to be that, with what it asks of the learner beside it.
 */
function CriterionWording({ text }: { text: string }) {
  if (!isMarkerGuidance(text)) return <q className="criterion-wording">{text}</q>;
  return (
    <>
      <span className="criterion-wording-label">The unit’s guidance to its markers:</span>{' '}
      <q className="criterion-wording">{text}</q>
      <span className="criterion-asks">
        <strong>What it asks of you:</strong> {inLearnersTerms(text)}
      </span>
    </>
  );
}

function CriterionRow({ criterion: c }: { criterion: CriterionAssessment }) {
  return (
    <tr role="row" className={`criterion-row row-${c.status}`}>
      <th role="rowheader" scope="row" className="criterion-code">
        {c.code}
      </th>
      <td role="cell" className="criterion-text">
        <CriterionWording text={c.text} />
      </td>
      <td role="cell" className="criterion-kind" data-label="Evidence kind">
        {EVIDENCE_KIND_LABEL[c.evidence]}
      </td>
      <td role="cell" className="criterion-status-cell">
        <CriterionStatusBadge status={c.status} />
      </td>
      <td role="cell" className="criterion-evidence-cell" data-label="Evidence from this session">
        <CriterionEvidence criterion={c} />
      </td>
    </tr>
  );
}

export function CriteriaTable({ assessment }: { assessment: Assessment }) {
  return (
    <table role="table" className="criteria-table">
      <caption>Criteria of “{assessment.unit.title}” judged against this session</caption>
      <thead role="rowgroup">
        <tr role="row">
          {COLUMNS.map((c) => (
            <th key={c} role="columnheader" scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      {byOutcome(assessment.criteria).map((g, i) => (
        <tbody role="rowgroup" key={`${i}-${g.outcome ?? ''}`}>
          {g.outcome && (
            <tr role="row" className="outcome-row">
              <th role="columnheader" scope="colgroup" colSpan={COLUMNS.length}>
                Learning outcome {g.outcome}
              </th>
            </tr>
          )}
          {g.criteria.map((c) => (
            <CriterionRow key={c.code} criterion={c} />
          ))}
        </tbody>
      ))}
    </table>
  );
}

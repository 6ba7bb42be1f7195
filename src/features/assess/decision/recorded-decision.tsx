// A decision already recorded on this log and unit: what was decided, by whom and when, criterion
// by criterion; its exports; and "Change the decision", which opens the form filled in from it.
import type { Ref } from 'react';
import {
  CRITERION_DECISION_LABEL,
  OVERALL_DECISION_LABEL,
  type DecisionRecord,
} from '../../../domain/assessor/decision-types';
import { dateTimeInWords } from '../../../domain/evidence/dates';

interface RecordedDecisionProps {
  record: DecisionRecord;
  headingRef: Ref<HTMLHeadingElement>;
  onChange(): void;
}

export function RecordedDecision({ record: r, headingRef, onChange }: RecordedDecisionProps) {
  return (
    <div className="recorded-decision">
      <h3 ref={headingRef} tabIndex={-1}>
        Decision recorded: {OVERALL_DECISION_LABEL[r.overall.decision]}
      </h3>
      <p>
        By <bdi>{r.assessor.name}</bdi> (<bdi>{r.assessor.role}</bdi>) on{' '}
        {dateTimeInWords(r.decidedAt, r.log.timeZone)}, for {r.unit.title}. Kept in this browser.
      </p>
      {r.overall.comment && (
        <p className="recorded-comment">
          <bdi>{r.overall.comment}</bdi>
        </p>
      )}
      <table className="decision-table">
        <caption>Each criterion as decided</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Decision</th>
            <th scope="col">How it was met, or why not yet</th>
          </tr>
        </thead>
        <tbody>
          {r.criteria.map((c) => (
            <tr key={c.code}>
              <th scope="row">{c.code}</th>
              <td>{CRITERION_DECISION_LABEL[c.decision]}</td>
              <td>
                <bdi>{c.comment || '—'}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button-secondary" onClick={onChange}>
        Change the decision
      </button>
    </div>
  );
}

// The overall decision on the unit from this evidence, and an optional comment on how it was reached.
import { OVERALL_DECISION_LABEL, OVERALL_DECISIONS } from '../../../domain/assessor/decision-types';
import type { DecisionDraft } from '../../../domain/assessor/decision-draft';
import { FieldError } from './field-error';
import { OVERALL_COMMENT_ID, OVERALL_ID } from './field-ids';
import { Radios } from './radios';

interface OverallFieldsProps {
  draft: DecisionDraft;
  onChange(change: Partial<DecisionDraft>): void;
  errors: (id: string) => string[];
}

export function OverallFields({ draft, onChange, errors }: OverallFieldsProps) {
  const decisionErrors = errors(OVERALL_ID);
  const commentErrors = errors(OVERALL_COMMENT_ID);
  return (
    <fieldset className={`overall-decision${decisionErrors.length > 0 ? ' field-invalid' : ''}`}>
      <legend>Overall decision</legend>
      <p className="field-hint">
        “Achieved” needs every criterion of the unit met, from this or other evidence.
      </p>
      <FieldError id={`${OVERALL_ID}-error`} messages={decisionErrors} />
      <Radios
        name="decision-overall"
        choices={OVERALL_DECISIONS.map((value) => ({
          value,
          id: value === 'achieved' ? OVERALL_ID : `decision-overall-${value}`,
          label: OVERALL_DECISION_LABEL[value],
        }))}
        value={draft.overall}
        onChange={(overall) => onChange({ overall })}
      />
      <div className="field">
        <label htmlFor={OVERALL_COMMENT_ID}>How the decision was reached (optional)</label>
        <FieldError id={`${OVERALL_COMMENT_ID}-error`} messages={commentErrors} />
        <textarea
          id={OVERALL_COMMENT_ID}
          rows={3}
          value={draft.overallComment}
          aria-invalid={commentErrors.length > 0 ? true : undefined}
          aria-describedby={commentErrors.length > 0 ? `${OVERALL_COMMENT_ID}-error` : undefined}
          onChange={(e) => onChange({ overallComment: e.target.value })}
        />
      </div>
    </fieldset>
  );
}

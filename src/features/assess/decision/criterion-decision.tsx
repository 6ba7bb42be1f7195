// One criterion in the decision form: its code and wording, what Defuse's scorer judged from the
// simulation (a suggestion, shown beside the choice), met or not yet met, and the comment saying
// how. "Add the cited evidence" puts the scorer's citation into the comment as a factual sentence.
import { citedEvidenceSentence } from '../../../domain/assessor/cited-evidence';
import {
  CRITERION_DECISION_LABEL,
  CRITERION_DECISIONS,
} from '../../../domain/assessor/decision-types';
import type { CriterionDraft } from '../../../domain/assessor/decision-draft';
import { STATUS_LABEL, turnRefs } from '../../../domain/evidence/words';
import type { CriterionAssessment } from '../../../domain/scoring/assessment-types';
import { FieldError } from './field-error';
import { criterionIds } from './field-ids';
import { Radios } from './radios';

interface CriterionDecisionProps {
  criterion: CriterionAssessment;
  draft: CriterionDraft;
  onChange(change: Partial<CriterionDraft>): void;
  decisionErrors: readonly string[];
  commentErrors: readonly string[];
}

export function CriterionDecisionField({
  criterion: c,
  draft,
  onChange,
  decisionErrors,
  commentErrors,
}: CriterionDecisionProps) {
  const ids = criterionIds(c.code);
  const cited = citedEvidenceSentence(c);
  const forTurns = c.refs.filter((r) => r.bearing === 'for').map((r) => r.turn);
  const addCited = () => {
    if (!cited) return;
    const comment = draft.comment.trim();
    if (!comment.includes(cited)) onChange({ comment: comment ? `${comment} ${cited}` : cited });
  };
  return (
    <fieldset
      id={ids.group}
      className={`criterion-decision${decisionErrors.length + commentErrors.length > 0 ? ' field-invalid' : ''}`}
      aria-describedby={ids.hint}
    >
      <legend>
        <span className="criterion-code">{c.code}</span> {c.text}
      </legend>
      <p id={ids.hint} className="field-hint">
        Defuse’s judgement of the simulation: {STATUS_LABEL[c.status]}
        {forTurns.length > 0 && ` (${turnRefs(forTurns)})`}.
      </p>
      <FieldError id={`${ids.met}-error`} messages={decisionErrors} />
      <Radios
        name={ids.group}
        choices={CRITERION_DECISIONS.map((value) => ({
          value,
          id: value === 'met' ? ids.met : `${ids.group}-${value}`,
          label: CRITERION_DECISION_LABEL[value],
        }))}
        value={draft.decision}
        onChange={(decision) => onChange({ decision })}
      />
      <div className="field">
        <label htmlFor={ids.comment}>How {c.code} was met, or why not yet</label>
        <FieldError id={`${ids.comment}-error`} messages={commentErrors} />
        <textarea
          id={ids.comment}
          rows={2}
          value={draft.comment}
          aria-invalid={commentErrors.length > 0 ? true : undefined}
          aria-describedby={commentErrors.length > 0 ? `${ids.comment}-error` : undefined}
          onChange={(e) => onChange({ comment: e.target.value })}
        />
        {cited && (
          <button type="button" className="button button-secondary button-small" onClick={addCited}>
            Add the cited evidence{' '}
            <span className="visually-hidden">to the comment on {c.code}</span>
          </button>
        )}
      </div>
    </fieldset>
  );
}

/**
 * The decision form: each criterion met or not yet met with a comment, the overall decision, and
 * the assessor's name, role and declaration. "Record the decision" runs the domain's draftProblems;
 * each problem is listed in an error summary linked to its field (and shown at the field), and the
 * form is recorded only when there are none. Wording that coaches the learner is one such problem.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  draftProblems,
  type CriterionDraft,
  type DecisionDraft,
  type DraftProblem,
} from '../../../domain/assessor/decision-draft';
import type { Assessment } from '../../../domain/scoring/assessment-types';
import { ErrorSummary } from '../../debrief/declaration-error-summary';
import { AssessorFields } from './assessor-fields';
import { CriterionDecisionField } from './criterion-decision';
import { criterionIds, fieldId } from './field-ids';
import { OverallFields } from './overall-fields';

interface DecisionFormProps {
  assessment: Assessment;
  initial: DecisionDraft;
  /** Records the draft (it has no problems); rejects when it could not be kept. */
  onRecord(draft: DecisionDraft): Promise<void>;
  onCancel?: () => void;
}

export function DecisionForm({ assessment, initial, onRecord, onCancel }: DecisionFormProps) {
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  const change = (c: Partial<DecisionDraft>) => setDraft((d) => ({ ...d, ...c }));
  const changeCriterion = (code: string, c: Partial<CriterionDraft>) =>
    setDraft((d) => ({
      ...d,
      criteria: { ...d.criteria, [code]: { ...d.criteria[code]!, ...c } },
    }));
  const errors = (id: string) => problems.filter((p) => fieldId(p) === id).map((p) => p.message);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = draftProblems(draft, assessment);
    setProblems(found);
    if (found.length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      await onRecord(draft);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="decision-form" noValidate onSubmit={(e) => void submit(e)}>
      {problems.length > 0 && (
        <ErrorSummary
          problems={problems.map((p) => ({ message: p.message, fieldId: fieldId(p) }))}
          summaryRef={summary}
        />
      )}
      <p>
        For each criterion, say how or where it was met — the turns, or other evidence you hold — or
        why it is not yet met. A decision must not coach the learner on how to improve the evidence.
      </p>
      {assessment.criteria.map((c) => {
        const ids = criterionIds(c.code);
        return (
          <CriterionDecisionField
            key={c.code}
            criterion={c}
            draft={draft.criteria[c.code] ?? { decision: null, comment: '' }}
            onChange={(ch) => changeCriterion(c.code, ch)}
            decisionErrors={errors(ids.met)}
            commentErrors={errors(ids.comment)}
          />
        );
      })}
      <OverallFields draft={draft} onChange={change} errors={errors} />
      <AssessorFields draft={draft} onChange={change} errors={errors} />
      <div className="assess-actions">
        <button type="submit" className="button" disabled={saving}>
          Record the decision
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Keep the recorded decision
          </button>
        )}
      </div>
    </form>
  );
}

// Who is deciding: the assessor's name and role, and the declaration the specification asks of them.
import { ASSESSOR_DECLARATION } from '../../../domain/assessor/decision-types';
import type { DecisionDraft } from '../../../domain/assessor/decision-draft';
import { FieldError } from './field-error';
import { DECLARED_ID, NAME_ID, ROLE_ID } from './field-ids';

interface AssessorFieldsProps {
  draft: DecisionDraft;
  onChange(change: Partial<DecisionDraft>): void;
  errors: (id: string) => string[];
}

function TextField(props: {
  id: string;
  label: string;
  value: string;
  autoComplete: string;
  errors: string[];
  onChange(value: string): void;
}) {
  const invalid = props.errors.length > 0;
  return (
    <div className={`field${invalid ? ' field-invalid' : ''}`}>
      <label htmlFor={props.id}>{props.label}</label>
      <FieldError id={`${props.id}-error`} messages={props.errors} />
      <input
        id={props.id}
        type="text"
        autoComplete={props.autoComplete}
        value={props.value}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={invalid ? `${props.id}-error` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

export function AssessorFields({ draft, onChange, errors }: AssessorFieldsProps) {
  const declaredErrors = errors(DECLARED_ID);
  return (
    <fieldset className="assessor-fields">
      <legend>Assessor’s declaration</legend>
      <TextField
        id={NAME_ID}
        label="Assessor’s name"
        value={draft.assessorName}
        autoComplete="name"
        errors={errors(NAME_ID)}
        onChange={(assessorName) => onChange({ assessorName })}
      />
      <TextField
        id={ROLE_ID}
        label="Role (for example, assessor or internal verifier)"
        value={draft.assessorRole}
        autoComplete="organization-title"
        errors={errors(ROLE_ID)}
        onChange={(assessorRole) => onChange({ assessorRole })}
      />
      <blockquote className="declaration-statement">{ASSESSOR_DECLARATION}</blockquote>
      <div className={`field checkbox${declaredErrors.length > 0 ? ' field-invalid' : ''}`}>
        <FieldError id={`${DECLARED_ID}-error`} messages={declaredErrors} />
        <input
          id={DECLARED_ID}
          type="checkbox"
          checked={draft.declared}
          aria-invalid={declaredErrors.length > 0 ? true : undefined}
          aria-describedby={declaredErrors.length > 0 ? `${DECLARED_ID}-error` : undefined}
          onChange={(e) => onChange({ declared: e.target.checked })}
        />
        <label htmlFor={DECLARED_ID}>I make this declaration</label>
      </div>
    </fieldset>
  );
}

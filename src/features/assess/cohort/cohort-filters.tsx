// The cohort's filters, each a labelled control: learner or file name, scenario, verification.
import { useId } from 'react';
import { FILE_KIND_LABEL, type FileKind } from '../../../domain/assessor/checked-file';
import type { CohortFilter } from '../../../domain/assessor/cohort';

interface CohortFiltersProps {
  filter: CohortFilter;
  scenarios: readonly { id: string; title: string }[];
  onChange(change: Partial<CohortFilter>): void;
}

const KINDS = Object.keys(FILE_KIND_LABEL) as FileKind[];

export function CohortFilters({ filter, scenarios, onChange }: CohortFiltersProps) {
  const textId = useId();
  const scenarioId = useId();
  const statusId = useId();
  return (
    <div className="cohort-filters">
      <div className="field">
        <label htmlFor={textId}>Learner or file name contains</label>
        <input
          id={textId}
          type="search"
          value={filter.text}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={scenarioId}>Scenario</label>
        <select
          id={scenarioId}
          value={filter.scenarioId}
          onChange={(e) => onChange({ scenarioId: e.target.value })}
        >
          <option value="">All scenarios</option>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={statusId}>Verification</label>
        <select
          id={statusId}
          value={filter.status}
          onChange={(e) => onChange({ status: e.target.value as CohortFilter['status'] })}
        >
          <option value="all">All files</option>
          <option value="failed">Any failure</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {FILE_KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

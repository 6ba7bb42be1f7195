// "Cohort": every loaded file in one sortable, filterable table for the chosen unit, and the table
// as shown downloaded as CSV. The unit list is every unit a loaded log's scenario evidences.
import { memo, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { runtime } from '../../../app/runtime';
import {
  cohortRows,
  cohortUnits,
  filterRows,
  sortRows,
  type CohortFile,
} from '../../../domain/assessor/cohort';
import { localDate } from '../../../domain/evidence/dates';
import { downloadFile } from '../../../export/download';
import type { BatchFile } from '../../../store/assess-batch';
import { overallOf, useDecisions } from '../../../store/decisions-store';
import { unitLabelById } from '../../debrief/assessment-frameworks';
import { CohortFilters } from './cohort-filters';
import { CohortTable } from './cohort-table';
import { useCohortView } from './cohort-view';

/** Memoised: the workspace redraws on every verdict; the cohort only when its files change. */
export const CohortSection = memo(function CohortSection({
  files,
}: {
  files: readonly BatchFile[];
}) {
  const unitSelect = useId();
  const view = useCohortView(
    useShallow((s) => ({
      unitId: s.unitId,
      sort: s.sort,
      filter: s.filter,
      setUnit: s.setUnit,
      sortBy: s.sortBy,
      setFilter: s.setFilter,
    })),
  );
  const records = useDecisions((s) => s.records);
  const [problem, setProblem] = useState<string | null>(null);
  const checked = useMemo(
    () =>
      files.flatMap((f): CohortFile[] =>
        f.checked ? [{ id: f.id, name: f.name, checked: f.checked }] : [],
      ),
    [files],
  );
  const units = useMemo(() => cohortUnits(checked), [checked]);
  const unitId = view.unitId && units.includes(view.unitId) ? view.unitId : (units[0] ?? null);
  const all = useMemo(
    () => cohortRows(checked, unitId, overallOf(records)),
    [checked, unitId, records],
  );
  const shown = useMemo(
    () => sortRows(filterRows(all, view.filter), view.sort),
    [all, view.filter, view.sort],
  );
  const scenarios = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of all)
      if (r.scenarioId && r.scenarioTitle) seen.set(r.scenarioId, r.scenarioTitle);
    return [...seen].map(([id, title]) => ({ id, title }));
  }, [all]);

  if (checked.length === 0) return null;
  const download = async () => {
    setProblem(null);
    try {
      const { cohortCsv, cohortCsvFileName } = await import('../../../export/cohort-csv');
      const today = localDate(runtime.now(), runtime.timeZone());
      downloadFile(
        cohortCsvFileName(today),
        cohortCsv(shown, unitId ? unitLabelById(unitId) : ''),
        'text/csv;charset=utf-8',
      );
    } catch (e) {
      setProblem(`The CSV could not be made (${e instanceof Error ? e.message : String(e)}).`);
    }
  };

  return (
    <section className="assess-cohort card" aria-labelledby="cohort-heading">
      <h2 id="cohort-heading">Cohort</h2>
      {units.length > 0 && (
        <div className="field">
          <label htmlFor={unitSelect}>Unit for “Criteria covered”</label>
          <select
            id={unitSelect}
            value={unitId ?? ''}
            onChange={(e) => view.setUnit(e.target.value)}
          >
            {units.map((id) => (
              <option key={id} value={id}>
                {unitLabelById(id)}
              </option>
            ))}
          </select>
          <p className="field-hint">
            Criteria covered are Defuse’s judgement of each simulation, not a decision: yours is
            recorded when you review a log.
          </p>
        </div>
      )}
      <CohortFilters filter={view.filter} scenarios={scenarios} onChange={view.setFilter} />
      <CohortTable rows={shown} total={all.length} sort={view.sort} onSort={view.sortBy} />
      <div className="assess-actions">
        <button type="button" className="button button-secondary" onClick={() => void download()}>
          Download the cohort (CSV)
        </button>
        <p className="field-hint">The rows shown above, in this order, for the unit chosen.</p>
      </div>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
});

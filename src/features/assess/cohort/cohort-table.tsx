// The cohort as a real table: one row per loaded file; every column sorts from its header button
// (aria-sort on the sorted one), and the caption says what is shown. Text from files is text.
import type { CohortRow, CohortSort } from '../../../domain/assessor/cohort';
import { coverageWords, decisionWords, statusWords } from '../../../domain/assessor/cohort-words';
import { dateTimeInWords } from '../../../domain/evidence/dates';
import { reviewHref } from '../review/review-link';
import { COLUMNS, columnLabel } from './cohort-columns';

interface CohortTableProps {
  rows: readonly CohortRow[];
  total: number;
  sort: CohortSort;
  onSort(key: CohortSort['key']): void;
}

function Cells({ row }: { row: CohortRow }) {
  const dash = (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">none</span>
    </>
  );
  return (
    <>
      <th scope="row" className="cohort-file">
        <bdi>{row.fileName}</bdi>
      </th>
      <td>
        {row.learner === null ? (
          dash
        ) : row.sealHash ? (
          <a href={reviewHref(row.sealHash)}>
            <bdi>{row.learner || 'No learner name'}</bdi>
          </a>
        ) : (
          <bdi>{row.learner || 'No learner name'}</bdi>
        )}
      </td>
      <td>{row.scenarioTitle === null ? dash : <bdi>{row.scenarioTitle}</bdi>}</td>
      <td>{row.attempt ?? dash}</td>
      <td>
        {row.startedAt !== null && row.timeZone !== null
          ? dateTimeInWords(row.startedAt, row.timeZone)
          : dash}
      </td>
      <td>{row.ending ?? dash}</td>
      <td>{coverageWords(row)}</td>
      <td className={`cohort-status status-${row.kind}`}>{statusWords(row)}</td>
      <td>{row.sealHash ? decisionWords(row) : dash}</td>
    </>
  );
}

export function CohortTable({ rows, total, sort, onSort }: CohortTableProps) {
  return (
    <div className="cohort-scroll">
      <table className="cohort-table">
        <caption>
          {rows.length} of {total} loaded {total === 1 ? 'file' : 'files'} shown, sorted by{' '}
          {columnLabel(sort.key).toLowerCase()} ({sort.direction})
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? sort.direction : undefined}
              >
                <button type="button" className="sort-button" onClick={() => onSort(c.key)}>
                  {c.label}
                  <span aria-hidden="true" className="sort-mark">
                    {sort.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.evidence ? 'row-evidence' : 'row-other'}>
              <Cells row={r} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

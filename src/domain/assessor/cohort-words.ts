/** The cohort's cells in words: one wording for the table on screen and the CSV. */
import { FILE_KIND_LABEL } from './checked-file';
import type { CohortRow } from './cohort';
import { OVERALL_DECISION_LABEL } from './decision-types';

/** "Verified", "Verified (practice: not assessment evidence)", "Tampered", … */
export const statusWords = (row: Pick<CohortRow, 'kind' | 'practice'>): string =>
  row.kind === 'verified' && row.practice
    ? 'Verified (practice: not assessment evidence)'
    : FILE_KIND_LABEL[row.kind];

/** "3 of 12 demonstrated, 2 partly", or why there is no figure. */
export function coverageWords(row: Pick<CohortRow, 'coverage' | 'turns'>): string {
  const c = row.coverage;
  if (!c) return row.turns === null ? 'Not replayed' : 'Not a unit of this scenario';
  const partly = c.partly.length > 0 ? `, ${c.partly.length} partly` : '';
  return `${c.demonstrated.length} of ${c.total} demonstrated${partly}`;
}

/** The recorded overall decision, or that there is none. */
export const decisionWords = (row: Pick<CohortRow, 'decision'>): string =>
  row.decision ? OVERALL_DECISION_LABEL[row.decision] : 'None recorded';

// The cohort table's columns: heading, the key it sorts by.
import type { SortKey } from '../../../domain/assessor/cohort';

export const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: 'file', label: 'File' },
  { key: 'learner', label: 'Learner' },
  { key: 'scenario', label: 'Scenario' },
  { key: 'attempt', label: 'Attempt' },
  { key: 'date', label: 'Started' },
  { key: 'ending', label: 'Ending' },
  { key: 'criteria', label: 'Criteria covered' },
  { key: 'status', label: 'Verification' },
  { key: 'decision', label: 'Decision' },
];

export const columnLabel = (key: SortKey): string =>
  COLUMNS.find((c) => c.key === key)?.label ?? key;

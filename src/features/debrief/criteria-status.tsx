// A criterion's status in words with a shape beside it (tick, half-filled circle, cross, dashed
// circle): colour and shape only repeat what the word says. "Needs other evidence" is muted text
// with a dashed outline, never a link's blue or an external-link arrow: it is not a link.
import type { ReactNode } from 'react';
import type { CriterionStatus } from '../../domain/scoring/assessment-types';
import { STATUS_LABEL } from './criteria-labels';

const SHAPES: Readonly<Record<CriterionStatus, ReactNode>> = {
  demonstrated: <path d="M20 6 9 17l-5-5" />,
  'partly-demonstrated': (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M12 4a8 8 0 0 1 0 16z" fill="currentColor" />
    </>
  ),
  'not-demonstrated': <path d="M18 6 6 18M6 6l12 12" />,
  'needs-other-evidence': <circle cx="12" cy="12" r="8" strokeDasharray="3.5 3" />,
};

export function StatusIcon({ status }: { status: CriterionStatus }) {
  return (
    <svg
      className="status-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[status]}
    </svg>
  );
}

export function CriterionStatusBadge({ status }: { status: CriterionStatus }) {
  return (
    <span className={`criterion-status status-${status}`}>
      <StatusIcon status={status} />
      {STATUS_LABEL[status]}
    </span>
  );
}

// The error summary above the declaration, as GOV.UK forms do: "There is a problem", then one link
// per problem that takes the learner to the field to fix. It is focused when it appears.
import type { Ref } from 'react';

export interface FormProblem {
  message: string;
  /** The field to fix, by id; absent when there is nothing on the page to change. */
  fieldId?: string;
  /** Takes the learner to the field (focus, and for prompts, select the first one). */
  go?: () => void;
}

interface ErrorSummaryProps {
  problems: readonly FormProblem[];
  summaryRef: Ref<HTMLDivElement>;
}

export function ErrorSummary({ problems, summaryRef }: ErrorSummaryProps) {
  return (
    <div className="error-summary" tabIndex={-1} ref={summaryRef}>
      <div role="alert">
        <h3 className="error-summary-title">There is a problem</h3>
        <ul>
          {problems.map((p) => (
            <li key={p.message}>
              {p.fieldId ? (
                <a
                  href={`#${p.fieldId}`}
                  onClick={(e) => {
                    // A plain #id would change the hash route.
                    e.preventDefault();
                    if (p.go) p.go();
                    else document.getElementById(p.fieldId!)?.focus();
                  }}
                >
                  {p.message}
                </a>
              ) : (
                p.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * "Your decision" for the log under review and the unit chosen: the form, or the decision already
 * recorded (kept in `defuse-assess` under the log's seal and the unit, so it is there after a
 * reload) with its exports. A practice session gets no form: it is not assessment evidence. A save
 * that fails keeps the form and offers the decision as a file, so it is never lost.
 */
import { useEffect, useRef, useState } from 'react';
import { runtime } from '../../../app/runtime';
import {
  decisionRecord,
  draftFromRecord,
  emptyDraft,
  type DecisionDraft,
} from '../../../domain/assessor/decision-draft';
import type { DecisionRecord } from '../../../domain/assessor/decision-types';
import type { Assessment } from '../../../domain/scoring/assessment-types';
import type { Framework } from '../../../domain/scoring/framework-schema';
import type { ExportedLog } from '../../../domain/session/log-types';
import type { Trace } from '../../../domain/session/trace';
import { findDecision, useDecisions } from '../../../store/decisions-store';
import { DecisionExports } from './decision-exports';
import { DecisionForm } from './decision-form';
import { RecordedDecision } from './recorded-decision';

interface DecisionPanelProps {
  log: ExportedLog;
  trace: Trace;
  assessment: Assessment;
  framework: Framework;
}

/** The last assessor to record a decision here: their name and role start the next form. */
function lastAssessor(records: readonly DecisionRecord[]) {
  const last = [...records].sort((a, b) => b.decidedAt - a.decidedAt)[0];
  return last ? { name: last.assessor.name, role: last.assessor.role } : undefined;
}

export function DecisionPanel({ log, trace, assessment, framework }: DecisionPanelProps) {
  const records = useDecisions((s) => s.records);
  const status = useDecisions((s) => s.status);
  const save = useDecisions((s) => s.save);
  const recorded = findDecision(records, log.seal.hash, framework.id);
  const [editing, setEditing] = useState(false);
  const [unsaved, setUnsaved] = useState<{ record: DecisionRecord; problem: string } | null>(null);
  const [recordings, setRecordings] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (recordings > 0) heading.current?.focus();
  }, [recordings]);

  const practice = log.header.mode === 'practice';
  const onRecord = async (draft: DecisionDraft) => {
    const record = decisionRecord(draft, {
      log,
      assessment,
      decidedAt: runtime.now(),
      appVersion: runtime.appVersion,
    });
    try {
      await save(record);
      setUnsaved(null);
      setEditing(false);
      setRecordings((n) => n + 1);
    } catch (e) {
      setUnsaved({ record, problem: e instanceof Error ? e.message : String(e) });
    }
  };

  let body;
  if (practice)
    body = (
      <p>
        This is a practice session. It is not assessment evidence, so no decision can be recorded on
        it and no criterion may be credited from it.
      </p>
    );
  else if (status === 'loading' || status === 'idle')
    body = <p role="status">Reading the decisions kept in this browser…</p>;
  else if (recorded && !editing)
    body = (
      <>
        <RecordedDecision
          record={recorded}
          headingRef={heading}
          onChange={() => setEditing(true)}
        />
        <DecisionExports
          record={recorded}
          log={log}
          trace={trace}
          assessment={assessment}
          framework={framework}
        />
      </>
    );
  else
    body = (
      <>
        <DecisionForm
          key={`${framework.id}:${recorded?.decidedAt ?? 'new'}`}
          assessment={assessment}
          initial={
            recorded ? draftFromRecord(recorded) : emptyDraft(assessment, lastAssessor(records))
          }
          onRecord={onRecord}
          onCancel={recorded ? () => setEditing(false) : undefined}
        />
        {unsaved && (
          <div className="notice notice-warning" role="alert">
            <p>
              The decision could not be kept in this browser ({unsaved.problem}). Download it now so
              it is not lost, then try again.
            </p>
            <DecisionExports
              record={unsaved.record}
              log={log}
              trace={trace}
              assessment={assessment}
              framework={framework}
            />
          </div>
        )}
      </>
    );

  return (
    <section className="decision-panel card" aria-labelledby="decision-heading">
      <h2 id="decision-heading">Your decision: {assessment.unit.title}</h2>
      {body}
    </section>
  );
}

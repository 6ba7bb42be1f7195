// "Remove your sessions from this computer?" (and, signing out of a shared computer, "Sign out and
// remove your sessions?"): the one confirmation before a learner's sessions go. It says how many, and
// names each assessment attempt whose log has not been downloaded (or has changed since), with a
// button to download it there and then. Focus starts on "Keep them"; a failure changes nothing more.
import { useState, type ReactNode } from 'react';
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { exportState, useExportedLogs } from '../../store/exported-logs';
import type { SessionRecord } from '../../store/session-view';
import { useSessions } from '../../store/sessions-store';
import { downloadSessionLog } from './download-session-log';
import { sessionDate } from './session-words';

export const sessionsWord = (n: number) => `${n} session${n === 1 ? '' : 's'}`;

interface Props {
  title: string;
  /** The button that removes them: "Remove 3 sessions". */
  confirmLabel: string;
  sessions: readonly SessionRecord[];
  /** Above the count: a choice of whose sessions, when that is needed. */
  children?: ReactNode;
  onKeep(): void;
  /** After every session has gone (and before the dialog closes). */
  onRemoved(count: number): void;
  returnFocusTo(): HTMLElement | null;
}

function NotKept({ session: s }: { session: SessionRecord }) {
  const kept = useExportedLogs((x) => exportState(x.exported, s.id, s.log.entries.length));
  const [problem, setProblem] = useState<string | null>(null);
  const what = `${s.scenarioTitle}, assessment attempt ${s.attempt}, ${sessionDate(s)}`;
  return (
    <li>
      <span>
        {what}:{' '}
        {kept === 'never'
          ? 'its session log has not been downloaded.'
          : 'it has changed since its session log was downloaded.'}
      </span>{' '}
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() =>
          void downloadSessionLog(s.log).then(
            () => setProblem(null),
            (e: unknown) =>
              setProblem(`It could not be made (${e instanceof Error ? e.message : String(e)}).`),
          )
        }
      >
        Download its session log <span className="visually-hidden">({what})</span>
      </button>
      {problem && <p role="alert">{problem}</p>}
    </li>
  );
}

/**
 * The assessment attempts among `sessions` whose logs have not been kept, each with its download;
 * nothing when every one has been.
 */
export function NotKeptWarning({ sessions }: { sessions: readonly SessionRecord[] }) {
  const exported = useExportedLogs((x) => x.exported);
  const notKept = sessions.filter(
    (s) => s.mode === 'assessment' && exportState(exported, s.id, s.log.entries.length) !== 'kept',
  );
  if (notKept.length === 0) return null;
  return (
    <div className="notice-warning remove-not-kept">
      <p>
        <strong>
          {notKept.length === 1
            ? 'An assessment attempt has not been kept:'
            : `${notKept.length} assessment attempts have not been kept:`}
        </strong>
      </p>
      <ul>
        {notKept.map((s) => (
          <NotKept key={s.id} session={s} />
        ))}
      </ul>
    </div>
  );
}

export function RemoveSessionsDialog({
  title,
  confirmLabel,
  sessions,
  children,
  onKeep,
  onRemoved,
  returnFocusTo,
}: Props) {
  return (
    <ConfirmDeleteDialog
      title={title}
      deleteLabel={confirmLabel}
      keepLabel="Keep them"
      ready={sessions.length > 0}
      failed={(reason) =>
        `Not every session could be removed (${reason}). The rest are still here.`
      }
      onKeep={onKeep}
      onDelete={async () => {
        await useSessions.getState().removeAll(sessions.map((s) => s.id));
        onRemoved(sessions.length);
      }}
      returnFocusTo={returnFocusTo}
    >
      {children}
      <p>
        {sessions.length === 0
          ? 'Choose whose sessions to remove.'
          : `This removes ${sessionsWord(sessions.length)} from this computer: the conversations, their evidence logs and reflective accounts. It cannot be undone.`}
      </p>
      <NotKeptWarning sessions={sessions} />
    </ConfirmDeleteDialog>
  );
}

// On a shared computer, the debrief's "Keep your evidence" says that this session will not stay,
// and whether its log has been downloaded since it last changed.
import { exportState, useExportedLogs } from '../../store/exported-logs';
import { useSharedComputer } from '../../store/shared-computer';

const KEPT_WORDS = {
  never: 'You have not downloaded its session log yet.',
  'changed-since': 'It has changed since you last downloaded its session log.',
  kept: 'You have downloaded its session log as it is now.',
} as const;

export function SharedComputerNote({ sessionId, entries }: { sessionId: string; entries: number }) {
  const signedIn = useSharedComputer((s) => s.signedIn);
  const kept = useExportedLogs((s) => exportState(s.exported, sessionId, entries));
  if (!signedIn) return null;
  return (
    <p className="notice-info shared-note" role="status">
      <strong>Shared computer:</strong> this session is removed from this computer when you sign out
      or close the browser. {KEPT_WORDS[kept]}
    </p>
  );
}

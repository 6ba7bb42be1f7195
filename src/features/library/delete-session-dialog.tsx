// "Delete this session?": the confirmation before a saved session is removed for good. An assessment
// attempt whose log has not been downloaded (or has changed since) says so, with the download.
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import { NotKeptWarning } from './remove-sessions-dialog';
import type { SessionRecord } from '../../store/session-view';
import { sessionDate } from './session-words';

interface Props {
  session: SessionRecord;
  onKeep(): void;
  onDelete(): Promise<void>;
  returnFocusTo(): HTMLElement | null;
}

export function DeleteSessionDialog({ session, ...actions }: Props) {
  return (
    <ConfirmDeleteDialog title="Delete this session?" {...actions}>
      <p>
        <strong>{session.scenarioTitle}</strong>, {sessionDate(session)}
      </p>
      <p>
        This removes the conversation and its evidence log from this device. It cannot be undone.
      </p>
      <NotKeptWarning sessions={[session]} />
    </ConfirmDeleteDialog>
  );
}

// "Delete this record?": the confirmation before a record that could not be opened is removed.
import { ConfirmDeleteDialog } from '../../components/confirm-delete-dialog';
import type { BadRecord } from '../../store/session-store-types';

interface Props {
  record: BadRecord;
  title: string;
  onKeep(): void;
  onDelete(): Promise<void>;
  returnFocusTo(): HTMLElement | null;
}

export function DeleteBadRecordDialog({ record, title, ...actions }: Props) {
  return (
    <ConfirmDeleteDialog title="Delete this record?" {...actions}>
      <p>
        <strong>{title}</strong>: {record.problem}
      </p>
      <p>
        This removes the record from this device for good. Download it first if you or your tutor
        may need it.
      </p>
    </ConfirmDeleteDialog>
  );
}

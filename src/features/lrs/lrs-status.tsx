// What the sender is doing, as it changes: "3 statements waiting to send", "Sent: …", with "Send now"
// while anything waits. Loading this starts the sender (lrs-service.ts), which sends what is waiting.
import { useSyncExternalStore } from 'react';
import { lrsOutbox } from '../../lrs/lrs-service';
import { statusInWords } from '../../lrs/status-words';

export default function LrsStatus() {
  const outbox = lrsOutbox();
  const status = useSyncExternalStore(outbox.subscribe, outbox.status);
  const set = status.quarantined.length;
  return (
    <>
      <p role="status" className="lrs-status">
        {statusInWords(status)}
      </p>
      {status.waiting > 0 && status.configured && status.state !== 'sending' && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void outbox.send()}
        >
          Send now
        </button>
      )}
      {status.problem && <p role="alert">{status.problem}</p>}
      {set > 0 && (
        <p role="alert">
          {set === 1 ? 'One stored statement' : `${set} stored statements`} could not be read and{' '}
          {set === 1 ? 'was' : 'were'} set aside, not sent ({status.quarantined[0]}).
        </p>
      )}
    </>
  );
}

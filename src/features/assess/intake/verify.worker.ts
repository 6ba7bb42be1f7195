// The verification worker: checks each file it is sent, one message at a time, off the page's main
// thread (hashing, parsing and replaying a large batch would otherwise freeze the workspace), and
// posts back the verdict. checkFile never throws for a bad file; a failure here is the worker's own.
import { checkFile } from './check-file';
import type { VerifyReply, VerifyRequest } from './verify-messages';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<VerifyRequest>) => void) | null;
  postMessage(message: VerifyReply): void;
};

scope.onmessage = (e) => {
  const { id, file } = e.data;
  checkFile(file).then(
    (checked) => scope.postMessage({ id, checked }),
    (error: unknown) =>
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};

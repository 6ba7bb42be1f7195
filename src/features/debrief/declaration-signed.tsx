// What the learner sees once they have signed: who signed and when, how much of the account was their
// own words at signing, and the download of the signed account.
import { useMemo, type Ref } from 'react';
import { authorship } from '../../domain/reflection/authorship';
import type { AuthenticityDeclaration } from '../../domain/reflection/declaration';
import type { SessionRecord } from '../../store/session-view';
import type { ReflectionRecord } from './reflection-state';
import { dateInWords } from './declaration-dates';
import { downloadText } from '../../export/download';
import { accountFileName, accountFileText } from './declaration-download';
import { shareSentence } from './reflection-authorship';

interface SignedDeclarationProps {
  record: SessionRecord;
  reflection: ReflectionRecord;
  declaration: AuthenticityDeclaration;
  panelRef: Ref<HTMLDivElement>;
}

export function SignedDeclaration({
  record,
  reflection,
  declaration,
  panelRef,
}: SignedDeclarationProps) {
  // Any change to the text clears the declaration, so the current text is the text signed.
  const share = useMemo(
    () => authorship(reflection.draft, reflection.final),
    [reflection.draft, reflection.final],
  );
  const download = () =>
    downloadText(
      accountFileName(record.scenarioId, declaration.date),
      accountFileText({
        record,
        frameworkId: reflection.frameworkId,
        text: reflection.final,
        share,
        declaration,
      }),
    );
  return (
    <div className="declaration-signed" tabIndex={-1} ref={panelRef}>
      <p className="declaration-signed-by">
        <svg
          className="status-icon"
          viewBox="0 0 24 24"
          width="20"
          height="20"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
          strokeLinejoin="round"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M20 6 9 17l-5-5" />
        </svg>
        Signed by {declaration.name} on {dateInWords(declaration.date)}
      </p>
      <p>Authored share at signing: {shareSentence(share)}.</p>
      <blockquote className="declaration-statement">{declaration.statement}</blockquote>
      <button type="button" className="button" onClick={download}>
        Download the reflective account
      </button>
      <p className="field-hint">
        A text file with the session, the unit, your account, how much of it is your own words, and
        this declaration.
      </p>
    </div>
  );
}

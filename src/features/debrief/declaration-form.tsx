/**
 * The authenticity declaration: the statement, the learner's name, today's date and "I confirm this
 * is my own work". Signing runs the domain's validateDeclaration against the current text and lists
 * each problem in an error summary linked to its field; a valid declaration is saved on the record.
 * Changing the text afterwards clears it (ReflectionState), and this section says so.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  createDeclaration,
  DECLARATION_STATEMENT,
  validateDeclaration,
  type DeclarationError,
} from '../../domain/reflection/declaration';
import type { SessionRecord } from '../../store/session-view';
import { useSharedComputer } from '../../store/shared-computer';
import { dateInWords, todayIso } from './declaration-dates';
import { ErrorSummary, type FormProblem } from './declaration-error-summary';
import { SignedDeclaration } from './declaration-signed';
import { selectNextPrompt } from './reflection-prompts';
import { REFLECTION_TEXT_ID, type ReflectionState } from './reflection-state';
import './assessment.css';

const NAME_ID = 'declaration-name';
/** As on the start form: a name, not a document (a 100 KB name would push the page sideways). */
export const NAME_MAX = 80;
const CONFIRM_ID = 'declaration-confirm';

const goToText = () => document.getElementById(REFLECTION_TEXT_ID)?.focus();
const goToPrompt = () => {
  const text = document.getElementById(REFLECTION_TEXT_ID);
  if (text instanceof HTMLTextAreaElement) selectNextPrompt(text, 0);
};

/** Where each of the domain's problems is fixed. */
function problemFor(error: DeclarationError): FormProblem {
  switch (error.code) {
    case 'name-empty':
      return { message: error.message, fieldId: NAME_ID };
    case 'text-empty':
      return { message: error.message, fieldId: REFLECTION_TEXT_ID, go: goToText };
    case 'prompts-unfilled':
      return { message: error.message, fieldId: REFLECTION_TEXT_ID, go: goToPrompt };
    default:
      return { message: error.message };
  }
}

const NOT_CONFIRMED: FormProblem = {
  message: 'Tick “I confirm this is my own work” to sign.',
  fieldId: CONFIRM_ID,
};

interface DeclarationFormProps {
  account: ReflectionState;
  record: SessionRecord;
}

export function DeclarationForm({ account, record }: DeclarationFormProps) {
  const { reflection, needsSigningAgain } = account;
  const signedIn = useSharedComputer((s) => s.signedIn !== null);
  const [name, setName] = useState(record.learnerName);
  const [confirmed, setConfirmed] = useState(false);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [signings, setSignings] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const signed = useRef<HTMLDivElement>(null);
  const today = todayIso();

  // Each failed attempt takes focus to the summary; signing takes it to the signed declaration.
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);
  useEffect(() => {
    if (signings > 0) signed.current?.focus();
  }, [signings]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const declaration = createDeclaration(name.trim(), todayIso());
    const found = validateDeclaration(declaration, reflection.final).map(problemFor);
    if (!confirmed) found.push(NOT_CONFIRMED);
    if (found.length > 0) {
      setProblems(found);
      setAttempt((n) => n + 1);
      return;
    }
    setProblems([]);
    await account.sign(declaration);
    setConfirmed(false);
    setSignings((n) => n + 1);
  };

  const nameProblem = problems.find((p) => p.fieldId === NAME_ID);
  const confirmProblem = problems.find((p) => p.fieldId === CONFIRM_ID);

  return (
    <section className="declaration card" aria-labelledby="declaration-heading">
      <h3 id="declaration-heading">Declaration</h3>
      <div role="status" className="declaration-status">
        {needsSigningAgain && (
          <p className="notice-warning declaration-unsigned">
            You changed the account after signing, so it needs signing again.
          </p>
        )}
      </div>
      {reflection.declaration ? (
        <SignedDeclaration
          record={record}
          reflection={reflection}
          declaration={reflection.declaration}
          panelRef={signed}
        />
      ) : (
        <>
          <p className="print-only">Not signed yet.</p>
          <form noValidate onSubmit={(e) => void submit(e)}>
            {problems.length > 0 && <ErrorSummary problems={problems} summaryRef={summary} />}
            <p>
              Before your account can be used as evidence, sign this declaration, as awarding bodies
              require.
            </p>
            <blockquote className="declaration-statement">{DECLARATION_STATEMENT}</blockquote>
            <div className={`field${nameProblem ? ' field-invalid' : ''}`}>
              <label htmlFor={NAME_ID}>Your name</label>
              {nameProblem && (
                <p id={`${NAME_ID}-error`} className="field-error">
                  <span className="visually-hidden">Error:</span> {nameProblem.message}
                </p>
              )}
              <input
                id={NAME_ID}
                type="text"
                // On a shared computer, never the name the browser remembers from someone else.
                autoComplete={signedIn ? 'off' : 'name'}
                maxLength={NAME_MAX}
                value={name}
                aria-invalid={nameProblem ? true : undefined}
                aria-describedby={nameProblem ? `${NAME_ID}-error` : undefined}
                onChange={(e) => setName(e.target.value)}
              />
            </div>
            <p className="declaration-date">
              Date: <time dateTime={today}>{dateInWords(today)}</time>
            </p>
            <div className={`field checkbox${confirmProblem ? ' field-invalid' : ''}`}>
              {confirmProblem && (
                <p id={`${CONFIRM_ID}-error`} className="field-error">
                  <span className="visually-hidden">Error:</span> {confirmProblem.message}
                </p>
              )}
              <input
                id={CONFIRM_ID}
                type="checkbox"
                checked={confirmed}
                aria-invalid={confirmProblem ? true : undefined}
                aria-describedby={confirmProblem ? `${CONFIRM_ID}-error` : undefined}
                onChange={(e) => setConfirmed(e.target.checked)}
              />
              <label htmlFor={CONFIRM_ID}>I confirm this is my own work</label>
            </div>
            <button type="submit" className="button">
              Sign the declaration
            </button>
          </form>
        </>
      )}
    </section>
  );
}

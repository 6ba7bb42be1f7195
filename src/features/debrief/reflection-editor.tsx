// "Your reflective account": the draft generated from this session, which the learner makes their
// own. The bracketed prompts mark what only they can write; the share of their own words is shown
// as they type, and every change is saved to the session record.
import { useRef, useState } from 'react';
import { unfilledPrompts } from '../../domain/reflection/plain-text';
import type { Assessment } from '../../domain/scoring/assessment-types';
import { unitLabel, unitLabelById } from './assessment-frameworks';
import { AuthorshipShare } from './reflection-authorship';
import { ConfirmReplace } from './reflection-confirm';
import { selectNextPrompt } from './reflection-prompts';
import { REFLECTION_TEXT_ID, type ReflectionState } from './reflection-state';
import './assessment.css';

interface ReflectionEditorProps {
  account: ReflectionState;
  /** The unit chosen in the criteria matrix. */
  assessment: Assessment;
}

type Confirming = 'start-again' | 'regenerate' | null;

export function ReflectionEditor({ account, assessment }: ReflectionEditorProps) {
  const { reflection, edited, saveError } = account;
  const [confirming, setConfirming] = useState<Confirming>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const prompts = unfilledPrompts(reflection.final).length;
  const otherUnit = reflection.frameworkId !== assessment.frameworkId;
  const chosenUnit = unitLabel({
    qualification: assessment.unit.qualification,
    unit: assessment.unit,
  });

  return (
    <section className="reflection card" aria-labelledby="reflection-heading">
      <h3 id="reflection-heading">Your reflective account</h3>
      <p className="reflection-guide">
        Below is a draft written from this session for “{unitLabelById(reflection.frameworkId)}”,
        following Gibbs’ reflective cycle. It quotes what you said, with turn numbers. Check that
        every sentence describes what you did and thought, change anything that does not, and make
        it yours.
      </p>
      <p id="reflection-prompts-hint" className="reflection-guide">
        The parts marked <strong>“[Your words: …]”</strong> are for what only you can write: how you
        felt, your own workplace experience, and answers to the knowledge criteria. Replace each
        one, brackets included, with your own words.
      </p>
      {otherUnit && (
        <div className="reflection-unit-notice notice-warning">
          <p>
            You chose “{chosenUnit}” above, but this account was drafted for another unit. Your text
            has been kept.
          </p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setConfirming('regenerate')}
          >
            Draft again for “{assessment.unit.title}”
          </button>
        </div>
      )}
      <div className="field">
        <label htmlFor={REFLECTION_TEXT_ID}>Your reflective account</label>
        {reflection.declaration && (
          <p id="reflection-signed-hint" className="field-hint">
            You have signed this account. If you change it, you will need to sign it again.
          </p>
        )}
        <textarea
          ref={textarea}
          id={REFLECTION_TEXT_ID}
          className="reflection-text"
          rows={24}
          spellCheck
          value={reflection.final}
          aria-describedby={
            reflection.declaration
              ? 'reflection-prompts-hint reflection-signed-hint'
              : 'reflection-prompts-hint'
          }
          onChange={(e) => account.edit(e.target.value)}
          onBlur={account.flush}
        />
      </div>
      {/* On paper the account is printed in full as text (debrief-print.css); never shown on screen. */}
      <div className="reflection-print" aria-hidden="true">
        {reflection.final}
      </div>
      <AuthorshipShare draft={reflection.draft} text={reflection.final} />
      {saveError && (
        <p role="alert" className="field-error">
          Your latest changes could not be saved ({saveError}). Keep this page open; they will be
          saved again when you next type or leave the box.
        </p>
      )}
      <div className="reflection-actions">
        {prompts > 0 ? (
          <>
            <p className="reflection-prompts-left">
              {prompts} prompt{prompts === 1 ? '' : 's'} still marked “[Your words: …]”.
            </p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => textarea.current && selectNextPrompt(textarea.current)}
            >
              Go to the next prompt
            </button>
          </>
        ) : (
          <p className="reflection-prompts-left">Every prompt has your own words.</p>
        )}
        {edited && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setConfirming('start-again')}
          >
            Start again from the draft
          </button>
        )}
      </div>
      {confirming === 'start-again' && (
        <ConfirmReplace
          title="Start again from the draft?"
          confirmLabel="Start again"
          keepLabel="Keep my changes"
          onKeep={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            account.startAgain();
          }}
        >
          <p>
            Your changes will be replaced by the draft as it was first written. This cannot be
            undone.
          </p>
        </ConfirmReplace>
      )}
      {confirming === 'regenerate' && (
        <ConfirmReplace
          title="Replace your account with a new draft?"
          confirmLabel="Replace my account"
          keepLabel="Keep my account"
          onKeep={() => setConfirming(null)}
          onConfirm={() => {
            setConfirming(null);
            account.regenerate(assessment);
          }}
        >
          <p>
            A new draft for “{chosenUnit}” will replace your current text, including anything you
            have written. This cannot be undone.
          </p>
        </ConfirmReplace>
      )}
    </section>
  );
}

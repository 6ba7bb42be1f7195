/**
 * The learner's reflective account while the debrief is open. The text on screen is the source of
 * truth: every change updates it at once and is written to the session log (see AccountWriter), so
 * nothing typed is lost on blur, page hide, reload or leaving the debrief. The generated draft is
 * kept beside the learner's text; the log's declaration applies only to the revision it signed, so
 * any change to the text after signing needs signing again.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { runtime } from '../../app/runtime';
import type { AuthenticityDeclaration } from '../../domain/reflection/declaration';
import { draftReflection } from '../../domain/reflection/draft-reflection';
import { toPlainText } from '../../domain/reflection/plain-text';
import type { Assessment } from '../../domain/scoring/assessment-types';
import type { Trace } from '../../domain/session/trace';
import { readWorkingText } from '../../store/reflection-draft';
import { AccountWriter, type AccountText } from './account-writer';

/** The account's textarea: error links and dialogs return focus to it. */
export const REFLECTION_TEXT_ID = 'reflection-text';

/** The account as the debrief shows it. */
export interface ReflectionRecord {
  /** The criteria framework the draft was generated for. */
  frameworkId: string;
  /** The draft as generated (plain text, prompts included). */
  draft: string;
  /** The learner's current text. */
  final: string;
  /** Set when the learner signed exactly `final`. */
  declaration: AuthenticityDeclaration | null;
}

/** A fresh account for `assessment`: the generated draft, which is also the learner's starting text. */
export function generatedReflection(assessment: Assessment, t: Trace): ReflectionRecord {
  const draft = toPlainText(draftReflection(assessment, t.scenario));
  return { frameworkId: assessment.frameworkId, draft, final: draft, declaration: null };
}

/** The account as the log (and any newer working copy of the text) leaves it. */
function storedReflection(t: Trace): ReflectionRecord | null {
  const r = t.reflection;
  if (!r) return null;
  const working = readWorkingText(t.log.header.sessionId);
  const final = working && working.at >= r.updatedAt ? working.text : r.text;
  const d = t.declaration;
  return {
    frameworkId: r.frameworkId,
    draft: r.draft,
    final,
    declaration:
      d && d.current && final === r.text
        ? { name: d.name, date: d.date, statement: d.statement }
        : null,
  };
}

/**
 * The learner has worked on the account (changed the draft, signed it, or typed into the working
 * copy since the last revision): the debrief then opens with the account open.
 */
export function accountWorkedOn(t: Trace): boolean {
  const stored = storedReflection(t);
  if (stored) return stored.final !== stored.draft || t.declaration !== null;
  return readWorkingText(t.log.header.sessionId) !== null;
}

export interface ReflectionState {
  reflection: ReflectionRecord;
  /** The learner has changed the generated text. */
  edited: boolean;
  /** A signature no longer applies because the text changed after signing. */
  needsSigningAgain: boolean;
  /** Why the last save failed, until a save succeeds. */
  saveError: string | null;
  /** The learner typed: saved after a pause. */
  edit(text: string): void;
  /** Back to the kept draft (saved at once). */
  startAgain(): void;
  /** A new draft for `assessment`, replacing the text (saved at once). */
  regenerate(assessment: Assessment): void;
  /** The unit changed: an untouched draft follows it; an edited account is kept as it is. */
  followUnit(assessment: Assessment): void;
  /** Stores the declaration; resolves once it is saved. */
  sign(declaration: AuthenticityDeclaration): Promise<void>;
  /** Saves any pending change now. */
  flush(): void;
}

const textOf = (r: ReflectionRecord): AccountText => ({
  frameworkId: r.frameworkId,
  draft: r.draft,
  text: r.final,
});

export function useReflection(t: Trace, assessment: Assessment): ReflectionState {
  const [initial] = useState(() => {
    const stored = storedReflection(t);
    if (stored) return { stored, reflection: stored };
    // Typed before the first draft reached the log (a reload straight after opening): keep it.
    const generated = generatedReflection(assessment, t);
    const working = readWorkingText(t.log.header.sessionId);
    return { stored, reflection: working ? { ...generated, final: working.text } : generated };
  });
  const [reflection, setReflection] = useState<ReflectionRecord>(initial.reflection);
  const [needsSigningAgain, setNeedsSigningAgain] = useState(
    () => t.declaration !== null && initial.reflection.declaration === null,
  );
  const [saveError, setSaveError] = useState<string | null>(null);
  const [writer] = useState(
    () =>
      new AccountWriter(t.log.header.sessionId, t.scenario, runtime.now, {
        onSaved: () => setSaveError(null),
        onError: setSaveError,
      }),
  );
  const current = useRef(reflection);

  useEffect(() => {
    // The first draft, or text recovered from the working copy, is stored as soon as it is shown.
    const r = initial.reflection;
    if (!initial.stored || initial.stored.final !== t.reflection?.text)
      void writer.saveNow(textOf(r));
    const flush = () => void writer.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
    // Once per debrief: the writer and the initial account never change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [writer]);

  const commit = useCallback(
    (next: ReflectionRecord, when: 'later' | 'now') => {
      const before = current.current;
      if (before.declaration && next.final !== before.final) {
        next = { ...next, declaration: null };
        setNeedsSigningAgain(true);
      }
      current.current = next;
      setReflection(next);
      if (when === 'now') return writer.saveNow(textOf(next));
      writer.edit(textOf(next));
      return Promise.resolve();
    },
    [writer],
  );

  const edit = useCallback(
    (text: string) => void commit({ ...current.current, final: text }, 'later'),
    [commit],
  );
  const startAgain = useCallback(
    () => void commit({ ...current.current, final: current.current.draft }, 'now'),
    [commit],
  );
  const regenerate = useCallback(
    (a: Assessment) => void commit(generatedReflection(a, t), 'now'),
    [commit, t],
  );
  const followUnit = useCallback(
    (a: Assessment) => {
      const r = current.current;
      if (r.frameworkId !== a.frameworkId && r.final === r.draft && !r.declaration) regenerate(a);
    },
    [regenerate],
  );
  const sign = useCallback(
    async (declaration: AuthenticityDeclaration) => {
      await writer.saveNow(textOf(current.current));
      await writer.sign(declaration);
      setNeedsSigningAgain(false);
      const next = { ...current.current, declaration };
      current.current = next;
      setReflection(next);
    },
    [writer],
  );
  const flush = useCallback(() => void writer.flush(), [writer]);

  return {
    reflection,
    edited: reflection.final !== reflection.draft,
    needsSigningAgain: needsSigningAgain && !reflection.declaration,
    saveError,
    edit,
    startAgain,
    regenerate,
    followUnit,
    sign,
    flush,
  };
}

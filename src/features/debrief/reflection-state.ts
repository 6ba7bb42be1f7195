/**
 * The learner's reflective account while the debrief is open. The text on screen is the source of
 * truth: every change updates it at once and is saved to the session record (see ReflectionSaver),
 * so nothing typed is lost on blur, page hide or leaving the debrief. The generated draft is kept
 * beside the learner's text; any change to the text clears a signed declaration.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { runtime } from '../../app/runtime';
import type { AuthenticityDeclaration } from '../../domain/reflection/declaration';
import { draftReflection } from '../../domain/reflection/draft-reflection';
import { toPlainText } from '../../domain/reflection/plain-text';
import type { Scenario } from '../../domain/scenario/schema';
import type { Assessment } from '../../domain/scoring/assessment-types';
import type { ReflectionRecord, SessionRecord } from '../../domain/session/session-record';
import { ReflectionSaver } from './reflection-saver';

/** The account's textarea: error links and dialogs return focus to it. */
export const REFLECTION_TEXT_ID = 'reflection-text';

/** A fresh account for `assessment`: the generated draft, which is also the learner's starting text. */
export function generatedReflection(
  assessment: Assessment,
  scenario: Scenario,
  now: number,
): ReflectionRecord {
  const draft = toPlainText(draftReflection(assessment, scenario));
  return {
    frameworkId: assessment.frameworkId,
    draft,
    final: draft,
    declaration: null,
    updatedAt: now,
  };
}

export interface ReflectionState {
  reflection: ReflectionRecord;
  /** The learner has changed the generated text. */
  edited: boolean;
  /** A signature was cleared because the text changed after signing. */
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

export function useReflection(
  record: SessionRecord,
  scenario: Scenario,
  assessment: Assessment,
): ReflectionState {
  const [reflection, setReflection] = useState<ReflectionRecord>(
    () => record.reflection ?? generatedReflection(assessment, scenario, runtime.now()),
  );
  const [needsSigningAgain, setNeedsSigningAgain] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saver] = useState(
    () =>
      new ReflectionSaver(record.id, {
        onSaved: () => setSaveError(null),
        onError: setSaveError,
      }),
  );
  const current = useRef(reflection);
  // The first draft is stored as soon as it is shown, so the record keeps exactly what was generated.
  const unsaved = useRef(record.reflection ? null : reflection);

  useEffect(() => {
    if (unsaved.current) void saver.saveNow(unsaved.current);
    unsaved.current = null;
    const flush = () => void saver.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [saver]);

  const commit = useCallback(
    (change: Omit<ReflectionRecord, 'updatedAt'>, when: 'later' | 'now') => {
      const before = current.current;
      const next = { ...change, updatedAt: runtime.now() };
      if (before.declaration && next.final !== before.final) {
        next.declaration = null;
        setNeedsSigningAgain(true);
      }
      current.current = next;
      setReflection(next);
      if (when === 'now') return saver.saveNow(next);
      saver.schedule(next);
      return Promise.resolve();
    },
    [saver],
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
    (a: Assessment) => void commit(generatedReflection(a, scenario, runtime.now()), 'now'),
    [commit, scenario],
  );
  const followUnit = useCallback(
    (a: Assessment) => {
      const r = current.current;
      if (r.frameworkId !== a.frameworkId && r.final === r.draft && !r.declaration) regenerate(a);
    },
    [regenerate],
  );
  const sign = useCallback(
    (declaration: AuthenticityDeclaration) => {
      setNeedsSigningAgain(false);
      return commit({ ...current.current, declaration }, 'now');
    },
    [commit],
  );
  const flush = useCallback(() => void saver.flush(), [saver]);

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

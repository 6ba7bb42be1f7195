// Which qualification unit the learner is looking at, and the session assessed against it. A unit's
// criteria are loaded when it is chosen (assessment-frameworks.ts); the session's one analysis is
// assessed once per unit, so switching back and forth never re-scores.
import { useCallback, useMemo, useState } from 'react';
import type { SessionAnalysis } from '../../domain/analysis/analysis-types';
import type { Assessment } from '../../domain/scoring/assessment-types';
import type { Framework } from '../../domain/scoring/framework-schema';
import { assess } from '../../domain/scoring/score-session';
import type { Scenario } from '../../domain/scenario/schema';
import type { SessionLog } from '../../domain/session/log-types';
import { trace, type Trace } from '../../domain/session/trace';
import {
  frameworkCriteria,
  frameworksFor,
  useFrameworkCriteria,
  type FrameworkEntry,
} from './assessment-frameworks';

/** A unit with its criteria, and the session assessed against it. */
export interface ShownUnit {
  framework: Framework;
  assessment: Assessment;
}

export interface UnitChoice {
  /** The unit chosen (its criteria may still be loading). */
  chosenId: string;
  /** The unit on screen: the chosen one once loaded, until then the one before (null at first). */
  shown: ShownUnit | null;
  /** The chosen unit's criteria could not be loaded. */
  failed: boolean;
  choose(frameworkId: string): void;
}

/** The unit to show first: the one the learner's account was drafted for, else the scenario's first. */
export function initialUnit<F extends { id: string }>(options: readonly F[], t: Trace): F {
  const drafted = t.reflection?.frameworkId;
  return options.find((f) => f.id === drafted) ?? options[0]!;
}

/** Loads the criteria of the unit a debrief of `log` opens on, ahead of it (preload-route.ts). */
export async function preloadFirstUnit(scenario: Scenario, log: SessionLog): Promise<void> {
  const options = frameworksFor(scenario);
  if (options.length > 0) await frameworkCriteria(initialUnit(options, trace(scenario, log)).id);
}

/** `options` must not be empty; `preferredId` is chosen first when it is one of them. */
export function useUnitChoice(
  t: Trace,
  analysis: SessionAnalysis,
  options: readonly FrameworkEntry[],
  preferredId?: string | null,
): UnitChoice {
  const { scenario } = t;
  const assessmentFor = useMemo(() => {
    const scored = new Map<string, Assessment>();
    return (framework: Framework) => {
      let a = scored.get(framework.id);
      if (!a) {
        a = assess(scenario, analysis, framework);
        scored.set(framework.id, a);
      }
      return a;
    };
  }, [scenario, analysis]);
  const [chosenId, setChosenId] = useState(
    () => options.find((f) => f.id === preferredId)?.id ?? initialUnit(options, t).id,
  );
  const { framework, failed } = useFrameworkCriteria(chosenId);
  const [last, setLast] = useState<ShownUnit | null>(null);
  const current = useMemo(
    () => (framework ? { framework, assessment: assessmentFor(framework) } : null),
    [framework, assessmentFor],
  );
  if (current && current !== last) setLast(current);
  const choose = useCallback(
    (id: string) => setChosenId(options.find((f) => f.id === id)?.id ?? id),
    [options],
  );
  return { chosenId, shown: current ?? last, failed, choose };
}

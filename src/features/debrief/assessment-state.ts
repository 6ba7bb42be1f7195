// Which qualification unit the learner is looking at, and the session assessed against it. The
// session's one analysis is assessed once per unit, so switching back and forth never re-scores.
import { useMemo, useState } from 'react';
import type { Scenario } from '../../domain/scenario/schema';
import type { Assessment } from '../../domain/scoring/assessment-types';
import type { Framework } from '../../domain/scoring/framework-schema';
import type { SessionAnalysis } from '../../domain/analysis/analysis-types';
import { assess } from '../../domain/scoring/score-session';
import type { Trace } from '../../domain/session/trace';

export interface UnitChoice {
  framework: Framework;
  assessment: Assessment;
  choose(frameworkId: string): Framework;
  assessmentFor(framework: Framework): Assessment;
}

/** The unit to show first: the one the learner's account was drafted for, else the scenario's first. */
export function initialUnit(options: readonly Framework[], t: Trace): Framework {
  const drafted = t.reflection?.frameworkId;
  return options.find((f) => f.id === drafted) ?? options[0]!;
}

/** `options` must not be empty; `preferredId` is shown first when it is one of them. */
export function useUnitChoice(
  t: Trace,
  analysis: SessionAnalysis,
  options: readonly Framework[],
  preferredId?: string | null,
): UnitChoice {
  const scenario: Scenario = t.scenario;
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
  const framework = options.find((f) => f.id === chosenId) ?? options[0]!;
  return {
    framework,
    assessment: assessmentFor(framework),
    assessmentFor,
    choose(id) {
      const next = options.find((f) => f.id === id) ?? framework;
      setChosenId(next.id);
      return next;
    },
  };
}

// Which qualification unit the learner is looking at, and the session scored against it. Scoring is
// memoised per unit for this session's events, so switching back and forth never re-scores.
import { useMemo, useState } from 'react';
import type { Scenario } from '../../domain/scenario/schema';
import type { Assessment } from '../../domain/scoring/assessment-types';
import type { Framework } from '../../domain/scoring/framework-schema';
import { scoreSession } from '../../domain/scoring/score-session';
import type { SessionRecord } from '../../domain/session/session-record';

export interface UnitChoice {
  framework: Framework;
  assessment: Assessment;
  choose(frameworkId: string): Framework;
  assessmentFor(framework: Framework): Assessment;
}

/** The unit to show first: the one the learner's account was drafted for, else the scenario's first. */
export function initialUnit(options: readonly Framework[], record: SessionRecord): Framework {
  const drafted = record.reflection?.frameworkId;
  return options.find((f) => f.id === drafted) ?? options[0]!;
}

/** `options` must not be empty. */
export function useUnitChoice(
  record: SessionRecord,
  scenario: Scenario,
  options: readonly Framework[],
): UnitChoice {
  const { events, startedAt } = record;
  const assessmentFor = useMemo(() => {
    const scored = new Map<string, Assessment>();
    return (framework: Framework) => {
      let a = scored.get(framework.id);
      if (!a) {
        a = scoreSession(scenario, events, framework, { startedAt });
        scored.set(framework.id, a);
      }
      return a;
    };
  }, [scenario, events, startedAt]);
  const [chosenId, setChosenId] = useState(() => initialUnit(options, record).id);
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

/**
 * How the analysis judges a turn where the engine's record is not the whole story. The engine
 * records "Step back and get support" as the safety action whenever it is chosen; stepping back
 * before behaviour crossed the tolerance limit is not a safety action but passing the customer on,
 * exactly as the engine already judges seeking help that was not needed. Every reader of a session
 * (the scorer, the reflection, the exports) sees the judged turn, so none presents it as good.
 */
import type { TurnRecord } from '../escalation/types';

/** Whether `t` stepped back (the safety action) while behaviour was still within the limit. */
export const needlessStepBack = (t: TurnRecord): boolean =>
  t.responseId === null && !t.limitCrossed;

/** `t` as the analysis judges it: a needless step back counts as passing the customer on. */
export function judgedTurn(t: TurnRecord): TurnRecord {
  if (!needlessStepBack(t)) return t;
  return {
    ...t,
    effect: {
      ...t.effect,
      techniques: t.effect.techniques.map((x) => (x === 'safety-action' ? 'passing-on' : x)),
      parts: t.effect.parts.map((p) =>
        p.technique === 'safety-action' ? { ...p, technique: 'passing-on' } : p,
      ),
    },
  };
}

// What a turn did: tension and mood before and after, and the engine's reasons for the size of it.
import { MOOD_LABEL } from '../../domain/escalation/mood';
import { TECHNIQUE_INFO } from '../../domain/escalation/techniques';
import type { TurnRecord } from '../../domain/escalation/types';

export function describeChange(before: number, after: number): string {
  if (after === before) return 'no change';
  return after > before ? `up ${after - before}` : `down ${before - after}`;
}

export function TurnEffect({ turn }: { turn: TurnRecord }) {
  const reasons = turn.effect.parts.flatMap((p) =>
    p.factors.map((f) => `${TECHNIQUE_INFO[p.technique].label}: ${f.reason}.`),
  );
  return (
    <div className="turn-effect">
      <h4>What it did</h4>
      <p>
        Tension {turn.tensionBefore} → {turn.tensionAfter} (
        {describeChange(turn.tensionBefore, turn.tensionAfter)}). Mood {MOOD_LABEL[turn.moodBefore]}{' '}
        → {MOOD_LABEL[turn.moodAfter]}.
      </p>
      {turn.effect.overridden && (
        <p>The scenario’s author set this effect directly for this response.</p>
      )}
      {reasons.length > 0 && (
        <ul className="reasons">
          {reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

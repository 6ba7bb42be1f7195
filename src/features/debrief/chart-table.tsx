// The chart's data as a table for screen readers (the turn list below gives sighted readers the same).
import { MOOD_LABEL } from '../../domain/escalation/mood';
import { QUALITY_LABEL } from './chart-marker';
import type { Debrief } from './debrief-model';

export function ChartTable({ debrief }: { debrief: Debrief }) {
  return (
    // Hidden on a wrapper: a <table> itself ignores the 1px width and would widen the page.
    <div className="visually-hidden">
      <table>
        <caption>Tension by turn</caption>
        <thead>
          <tr>
            <th scope="col">Turn</th>
            <th scope="col">Your response</th>
            <th scope="col">Tension after</th>
            <th scope="col">Mood after</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Start</th>
            <td>None yet</td>
            <td>{debrief.initialTension}</td>
            <td>
              {debrief.turns[0]
                ? MOOD_LABEL[debrief.turns[0].turn.moodBefore]
                : MOOD_LABEL[debrief.final.mood]}
            </td>
          </tr>
          {debrief.turns.map((t) => (
            <tr key={t.turn.turn}>
              <th scope="row">{t.turn.turn}</th>
              <td>{QUALITY_LABEL[t.quality]}</td>
              <td>{t.turn.tensionAfter}</td>
              <td>{MOOD_LABEL[t.turn.moodAfter]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

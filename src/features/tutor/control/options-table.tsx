// Each option as the tutor sees it: its number on the projected screen, what it says, the techniques
// it shows and what it would do (alternativesAt: the engine's own step, from the state now), with the
// class's votes (− and + counters) and a button to choose it.
import { endingOf } from '../../../domain/scenario/lookup';
import { alternativesAt } from '../../../domain/escalation/alternatives';
import { isLimitCrossed } from '../../../domain/escalation/limit';
import { MOOD_LABEL } from '../../../domain/escalation/mood';
import { isPoorTechnique, TECHNIQUE_INFO } from '../../../domain/escalation/techniques';
import type { EngineState, TurnRecord } from '../../../domain/escalation/types';
import type { Scenario } from '../../../domain/scenario/schema';
import { STEP_BACK_TEXT } from '../../../domain/classroom/class-record';
import { numberedOptions, votesFor, type VoteOption } from '../../../domain/classroom/votes';
import type { ClassVotes } from '../../../domain/session/log-types';
import { ControlButton } from './control-button';

interface OptionsTableProps {
  scenario: Scenario;
  engine: EngineState;
  shown: readonly string[];
  votes: ClassVotes;
  /** Votes and choices are taken (the options are up and nothing is being saved). */
  active: boolean;
  /** The default choice (most votes), to mark it. */
  top: VoteOption | undefined;
  onVote(option: VoteOption, delta: 1 | -1): void;
  onChoose(option: VoteOption): void;
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

function predicted(scenario: Scenario, t: TurnRecord): string {
  const mood =
    t.moodAfter === t.moodBefore
      ? `stays ${MOOD_LABEL[t.moodAfter].toLowerCase()}`
      : `becomes ${MOOD_LABEL[t.moodAfter].toLowerCase()}`;
  const ending = endingOf(scenario, t.next);
  const then = ending ? `ends: ${ending.title}` : `then beat “${t.next}”`;
  return `Tension ${t.tensionBefore} → ${t.tensionAfter} (${signed(t.tensionAfter - t.tensionBefore)}), ${mood}; ${then}`;
}

export function OptionsTable(p: OptionsTableProps) {
  const byId = new Map(alternativesAt(p.scenario, p.engine).map((a) => [a.response.id, a]));
  const crossed = isLimitCrossed(p.scenario, p.engine);
  const safety = endingOf(p.scenario, p.scenario.flow.safetyEnding);
  return (
    <table className="tutor-options">
      <caption>Options, as numbered on the projected screen</caption>
      <thead>
        <tr>
          <th scope="col">No.</th>
          <th scope="col">Response</th>
          <th scope="col">Techniques</th>
          <th scope="col">Predicted effect</th>
          <th scope="col">Votes</th>
          <th scope="col">
            <span className="visually-hidden">Choose</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {numberedOptions(p.shown).map((option, i) => {
          const n = i + 1;
          const alt = option.kind === 'response' ? byId.get(option.responseId) : undefined;
          const text = alt ? alt.response.text : STEP_BACK_TEXT;
          const count = votesFor(p.votes, option);
          const isTop =
            p.top !== undefined &&
            p.top.kind === option.kind &&
            (option.kind === 'step-back' ||
              (p.top.kind === 'response' && p.top.responseId === option.responseId));
          return (
            <tr
              key={option.kind === 'response' ? option.responseId : 'step-back'}
              className={isTop ? 'tutor-top' : undefined}
            >
              <th scope="row">{n}</th>
              <td>{text}</td>
              <td>
                {alt ? (
                  <ul className="tutor-techniques">
                    {alt.turn.effect.techniques.map((t) => (
                      <li key={t} className={isPoorTechnique(t) ? 'poor' : 'good'}>
                        {TECHNIQUE_INFO[t].label}
                        {isPoorTechnique(t) && ' (poor)'}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <ul className="tutor-techniques">
                    <li className={crossed ? 'good' : 'poor'}>
                      {crossed
                        ? TECHNIQUE_INFO['safety-action'].label
                        : `${TECHNIQUE_INFO['passing-on'].label} (poor)`}
                    </li>
                  </ul>
                )}
              </td>
              <td>
                {alt
                  ? predicted(p.scenario, alt.turn)
                  : `Ends: ${safety?.title ?? 'a colleague takes over'}. ${
                      crossed
                        ? 'Behaviour has crossed the limit: stepping back is right.'
                        : 'Behaviour is within the limit: this passes the customer on.'
                    }`}
              </td>
              <td>
                <div className="tutor-votes" role="group" aria-label={`Votes for option ${n}`}>
                  <ControlButton
                    className="tutor-vote-button"
                    aria-label={`One vote fewer for option ${n}`}
                    aria-keyshortcuts={n <= 9 ? `Shift+${n}` : undefined}
                    active={p.active && count > 0}
                    onPress={() => p.onVote(option, -1)}
                  >
                    −
                  </ControlButton>
                  <span className="tutor-vote-count">{count}</span>
                  <ControlButton
                    className="tutor-vote-button"
                    aria-label={`One more vote for option ${n}`}
                    aria-keyshortcuts={n <= 9 ? String(n) : undefined}
                    active={p.active}
                    onPress={() => p.onVote(option, 1)}
                  >
                    +
                  </ControlButton>
                </div>
              </td>
              <td>
                <ControlButton
                  className="button button-secondary tutor-choose-one"
                  active={p.active}
                  onPress={() => p.onChoose(option)}
                >
                  Choose {n}
                </ControlButton>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * What the projected screen shows, as plain data: the one place that decides what the class may see.
 * The control panel derives it from the tutor machine's state and posts it to the presenter window
 * (presenter-channel.ts), so the presenter cannot show what this leaves out — the tutor's notes, the
 * techniques, tension, predicted effects and votes never enter it. The discussion prompts enter only
 * while the tutor has paused for discussion, and what a choice did only once the tutor reveals it.
 */
import { beatOf, endingOf } from '../../../domain/scenario/lookup';
import { STEP_BACK_TEXT } from '../../../domain/classroom/class-record';
import { customerNow } from '../../../domain/escalation/engine';
import { MOOD_LABEL } from '../../../domain/escalation/mood';
import { shownOrder } from '../../../domain/escalation/shown-order';
import type { EngineState, TurnRecord } from '../../../domain/escalation/types';
import type { Channel, Mood, Scenario } from '../../../domain/scenario/schema';
import { isConversation, type SessionLog } from '../../../domain/session/log-types';
import type { ClassStage } from '../../../machines/tutor.machine';

/** The stages the class sees (the machine's busy stages show the one before). */
export type PresenterStage = 'voting' | 'discussing' | 'chosen' | 'revealed' | 'ended';

export interface NumberedText {
  number: number;
  text: string;
}

export interface PresenterView {
  /** The branch on screen. */
  sessionId: string;
  scenarioTitle: string;
  setting: string;
  channel: Channel;
  customerName: string;
  /** For the figure's posture only; never written out while the class is choosing. */
  mood: Mood;
  stage: PresenterStage;
  /** The turn being answered, or the one just taken. */
  turn: number;
  maxTurns: number;
  /** What the customer says and shows now: the beat's line (open), the reply to the choice (chosen). */
  customer: { line: string; cue: string } | null;
  /** The options, numbered for voting: the responses as shown, then stepping back. Open only. */
  options: NumberedText[];
  /** The beat's discussion prompt, while paused for discussion (a list, for a screen that shows several). */
  discussion: string[];
  /** What the class chose at the turn just taken. */
  choice: NumberedText | null;
  /** What the choice did and why, once revealed. */
  reveal: { whatItDid: string; why: string; change: string } | null;
  ending: { title: string; text: string } | null;
  /** The reason for the tutor's latest curveball, until the class answers it. */
  curveball: string | null;
}

/** What the machine's state says to show: enough of its snapshot to derive the view. */
export interface PresenterSource {
  scenario: Scenario;
  log: SessionLog;
  engine: EngineState;
  stage: ClassStage;
}

/** When the class has not discussed yet: a prompt for a beat the author wrote none for. */
export const DEFAULT_DISCUSSION = 'What would you say here, and why?';

const lower = (mood: Mood) => MOOD_LABEL[mood].toLowerCase();

/** How the customer changed, in words the class can read (no figures). */
export function changeInWords(
  name: string,
  turn: Pick<TurnRecord, 'tensionBefore' | 'tensionAfter' | 'moodBefore' | 'moodAfter'>,
): string {
  const delta = turn.tensionAfter - turn.tensionBefore;
  const tension =
    delta < 0 ? 'Tension fell' : delta > 0 ? 'Tension rose' : 'Tension did not change';
  const mood =
    turn.moodBefore === turn.moodAfter
      ? `${name} is still ${lower(turn.moodAfter)}`
      : `${name} went from ${lower(turn.moodBefore)} to ${lower(turn.moodAfter)}`;
  return `${tension}: ${mood}.`;
}

function revealOf(scenario: Scenario, t: TurnRecord) {
  const change = changeInWords(scenario.customer.name, t);
  if (t.responseId === null) {
    const behaviour = scenario.policy.tolerance.behaviour;
    return {
      whatItDid: endingOf(scenario, scenario.flow.safetyEnding)?.text ?? 'A colleague took over.',
      why: t.limitCrossed
        ? `Behaviour had crossed the line the organisation draws (${behaviour}): stepping back and getting support was right.`
        : `Behaviour had not crossed the line the organisation draws (${behaviour}): stepping back here passes the customer on.`,
      change,
    };
  }
  const response = beatOf(scenario, t.beatId)?.responses.find((r) => r.id === t.responseId);
  return {
    whatItDid: response?.feedback.consequence ?? '',
    why: response?.feedback.why ?? '',
    change,
  };
}

/** The turn's choice with the number it had on screen. */
function choiceOf(scenario: Scenario, log: SessionLog, t: TurnRecord): NumberedText {
  const shown = shownOrder(scenario, { beatId: t.beatId, turn: t.turn - 1 }, log.header.optionSeed);
  if (t.responseId === null) return { number: shown.length + 1, text: STEP_BACK_TEXT };
  return { number: shown.indexOf(t.responseId) + 1, text: t.text };
}

/** The stage the class sees while the machine is in `stage`; null while busy (keep the last view). */
export function presenterStage(stage: ClassStage): PresenterStage | null {
  switch (stage) {
    case 'voting':
    case 'discussing':
    case 'chosen':
    case 'revealed':
    case 'ended':
      return stage;
    default:
      return null;
  }
}

/** The projected screen for `source`, or null while the machine is busy (saving, branching). */
export function presenterView(source: PresenterSource): PresenterView | null {
  const { scenario, log, engine } = source;
  const stage = presenterStage(source.stage);
  if (!stage) return null;
  const last = engine.history.at(-1);
  const base = {
    sessionId: log.header.sessionId,
    scenarioTitle: scenario.title,
    setting: scenario.setting,
    channel: scenario.channel,
    customerName: scenario.customer.name,
    mood: engine.mood,
    stage,
    maxTurns: scenario.flow.maxTurns,
    options: [] as NumberedText[],
    discussion: [] as string[],
    choice: null,
    reveal: null,
    ending: null,
    curveball: null,
  };
  if (stage === 'voting' || stage === 'discussing') {
    const beat = beatOf(scenario, engine.beatId);
    const byId = new Map(beat?.responses.map((r) => [r.id, r.text]));
    const shown = shownOrder(scenario, engine, log.header.optionSeed);
    const lastEntry = log.entries.filter(isConversation).at(-1);
    const now = customerNow(scenario, engine);
    return {
      ...base,
      turn: engine.turn + 1,
      customer: { line: now.line, cue: now.cue },
      options: [
        ...shown.map((id, i) => ({ number: i + 1, text: byId.get(id) ?? '' })),
        { number: shown.length + 1, text: STEP_BACK_TEXT },
      ],
      discussion: stage === 'discussing' ? [beat?.discussion ?? DEFAULT_DISCUSSION] : [],
      curveball: lastEntry?.type === 'tutor.override' ? lastEntry.reason || null : null,
    };
  }
  const ending = engine.ending ? endingOf(scenario, engine.ending.id) : undefined;
  return {
    ...base,
    turn: engine.turn,
    customer: stage === 'ended' ? null : (last?.reply ?? null),
    choice: last ? choiceOf(scenario, log, last) : null,
    reveal: stage === 'revealed' && last ? revealOf(scenario, last) : null,
    ending: stage === 'ended' && ending ? { title: ending.title, text: ending.text } : null,
  };
}

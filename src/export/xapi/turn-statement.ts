/**
 * One learner turn as an `answered` statement: the beat as a choice interaction (the responses shown,
 * in the order shown), the response chosen, how long it took, the techniques, the customer's mood and
 * tension before and after, and the criteria of the chosen unit that cite the turn.
 */
import { judgedTurn } from '../../domain/analysis/judged-turn';
import { shownOrder } from '../../domain/escalation/shown-order';
import type { Assessment } from '../../domain/scoring/assessment-types';
import type { Trace, TraceStep } from '../../domain/session/trace';
import { isoDuration } from './iso-duration';
import type { StatementFrame } from './statement-frame';
import { beatActivity } from './xapi-activities';
import { EXTENSIONS, STEP_BACK_CHOICE } from './xapi-iris';
import type { Extensions, XapiStatement } from './xapi-types';

const cited = (assessment: Assessment, turn: number, bearing: 'for' | 'against') =>
  assessment.criteria
    .filter((c) => c.refs.some((r) => r.turn === turn && r.bearing === bearing))
    .map((c) => c.code);

export function turnStatement(
  frame: StatementFrame,
  trace: Trace,
  step: TraceStep,
  assessment: Assessment | undefined,
): Promise<XapiStatement> {
  const { entry, before, after } = step;
  const turn = step.turn;
  if (!turn || entry.type === 'tutor.override')
    throw new Error(`entry ${entry.seq} is not a learner turn`);
  // A response entry records the order shown; stepping back records none, so it is the replay's.
  const shown =
    entry.type === 'learner.respond'
      ? entry.shown
      : shownOrder(trace.scenario, before, trace.log.header.optionSeed);
  const techniques = judgedTurn(turn).effect.techniques;
  const resultExtensions: Extensions = {
    [EXTENSIONS.mood]: { before: before.mood, after: after.mood },
    [EXTENSIONS.tension]: { before: before.tension, after: after.tension },
    [EXTENSIONS.techniques]: [...techniques],
  };
  if (assessment)
    resultExtensions[EXTENSIONS.criteriaCited] = {
      for: cited(assessment, turn.turn, 'for'),
      against: cited(assessment, turn.turn, 'against'),
    };
  return frame.statement(
    'answered',
    { seq: entry.seq, hash: entry.hash, at: entry.at },
    {
      object: beatActivity(trace.scenario, turn.beatId, shown),
      result: {
        response: turn.responseId ?? STEP_BACK_CHOICE,
        ...(entry.ms !== null ? { duration: isoDuration(entry.ms) } : {}),
        extensions: resultExtensions,
      },
    },
    {
      parent: true,
      extensions: {
        [EXTENSIONS.turn]: turn.turn,
        [EXTENSIONS.shown]: [...shown],
        [EXTENSIONS.customer]: {
          line: turn.customerLine,
          cue: turn.customerCue,
          ...(turn.reply ? { reply: turn.reply } : {}),
        },
      },
    },
  );
}

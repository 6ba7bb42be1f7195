/**
 * A session as xAPI 1.0.3 statements, made from its trace alone (docs/xapi.md): `initialized` at the
 * start, one `answered` per learner turn, and, once the conversation has ended, `completed` with the
 * result and `terminated`. Pure and deterministic: every id and timestamp comes from the log, so the
 * same log always gives the same statements and sending them again duplicates nothing.
 *
 * There is no `passed` or `failed`: no unit defines a pass from a simulation. Every unit Defuse
 * serves has knowledge criteria, which "cannot be inferred from performance", and a unit is passed
 * only when the assessor judges every criterion met across all the evidence (see docs/xapi.md).
 */
import { CRITERION_STATUSES, type Assessment } from '../../domain/scoring/assessment-types';
import type { Framework } from '../../domain/scoring/framework-schema';
import type { Trace } from '../../domain/session/trace';
import { isoDuration } from './iso-duration';
import { statementFrame, type LogPoint, type StatementFrame } from './statement-frame';
import { turnStatement } from './turn-statement';
import { EXTENSIONS } from './xapi-iris';
import type { XapiStatement } from './xapi-types';

/** What the statements are made from. */
export interface XapiInput {
  /** The session, traced against the scenario version it was played on. */
  trace: Trace;
  /** The unit to group the statements under, with the session assessed against it (if any). */
  unit?: { framework: Framework; assessment: Assessment };
  /**
   * The home page of the Defuse installation the learner used (the app's address): the learner's
   * xAPI account is an account on it.
   */
  homePage: string;
}

/** Refused input, with the reason in words. */
export class XapiExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XapiExportError';
  }
}

function check({ trace, unit, homePage }: XapiInput): void {
  if (!/^https?:\/\/[^\s]+$/.test(homePage))
    throw new XapiExportError(`the account home page must be a web address, not "${homePage}"`);
  if (unit && unit.assessment.frameworkId !== unit.framework.id)
    throw new XapiExportError(
      `the assessment is for framework "${unit.assessment.frameworkId}", not "${unit.framework.id}"`,
    );
  if (unit && unit.assessment.scenarioId !== trace.scenario.id)
    throw new XapiExportError(
      `the assessment is for scenario "${unit.assessment.scenarioId}", not "${trace.scenario.id}"`,
    );
  const first = trace.discrepancies[0];
  if (first)
    throw new XapiExportError(
      `the session log does not replay as it was recorded (entry ${first.seq}: ${first.message}), so no learning record is made from it`,
    );
}

function criteriaByStatus(assessment: Assessment): Record<string, string[]> {
  return Object.fromEntries(
    CRITERION_STATUSES.map((s) => [
      s,
      assessment.criteria.filter((c) => c.status === s).map((c) => c.code),
    ]),
  );
}

/** `completed` and `terminated`, at the entry that ended the conversation. */
function closingStatements(
  frame: StatementFrame,
  trace: Trace,
  end: LogPoint,
  assessment: Assessment | undefined,
): Promise<XapiStatement>[] {
  const ending = trace.final.ending!;
  const duration = isoDuration(Math.max(0, end.at - frame.start.at));
  const overrides = trace.steps.filter((s) => s.entry.type === 'tutor.override').length;
  const completed = frame.statement('completed', end, {
    object: frame.scenario,
    result: {
      completion: true,
      duration,
      extensions: {
        [EXTENSIONS.ending]: {
          id: ending.id,
          kind: ending.kind,
          title: trace.outcome?.title ?? ending.id,
          cause: ending.cause,
        },
        [EXTENSIONS.mood]: { before: trace.initial.mood, after: trace.final.mood },
        [EXTENSIONS.tension]: { before: trace.initial.tension, after: trace.final.tension },
        [EXTENSIONS.turns]: trace.turns.length,
        [EXTENSIONS.overrides]: overrides,
        ...(assessment ? { [EXTENSIONS.criteriaStatus]: criteriaByStatus(assessment) } : {}),
      },
    },
  });
  const terminated = frame.statement('terminated', end, {
    object: frame.scenario,
    result: { duration },
  });
  return [completed, terminated];
}

/** The session's statements, in the order they happened (see the file comment). */
export async function xapiStatements(input: XapiInput): Promise<XapiStatement[]> {
  check(input);
  const { trace } = input;
  const assessment = input.unit?.assessment;
  const frame = await statementFrame(trace, input.unit?.framework, input.homePage);
  const made: Promise<XapiStatement>[] = [
    frame.statement('initialized', frame.start, { object: frame.scenario }),
  ];
  for (const step of trace.steps)
    if (step.turn) made.push(turnStatement(frame, trace, step, assessment));
  const last = trace.steps.at(-1);
  if (trace.final.ending && last)
    made.push(
      ...closingStatements(
        frame,
        trace,
        { seq: last.entry.seq, hash: last.entry.hash, at: last.entry.at },
        assessment,
      ),
    );
  return Promise.all(made);
}

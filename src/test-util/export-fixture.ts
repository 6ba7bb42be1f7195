/**
 * A real session for export tests: the built-in passport-delay scenario, played with one poor
 * response and a tutor override among good ones, scored against BTEC Unit 7, with a signed reflective
 * account, traced and sealed exactly as the app would. Node only (reads the scenario files).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFrameworkFiles } from '../../scripts/load-frameworks';
import { bestAlternative } from '../domain/escalation/alternatives';
import { applyEvent, initialState } from '../domain/escalation/engine';
import type { EngineState } from '../domain/escalation/types';
import { loadScenarioOrThrow } from '../domain/scenario/load-scenario';
import type { Scenario } from '../domain/scenario/schema';
import type { Assessment } from '../domain/scoring/assessment-types';
import type { Framework } from '../domain/scoring/framework-schema';
import { scoreSession } from '../domain/scoring/score-session';
import { sealHash } from '../domain/session/chain';
import type { SessionLog, SessionMode } from '../domain/session/log-types';
import { trace, type Trace } from '../domain/session/trace';
import type { RecordInput } from '../export/record/record-input';
import { makeLog, type Step } from './make-log';

// A string, not `new URL(…)`: under jsdom, URL is jsdom's, which node:url does not accept.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The built-in scenario `id`, loaded as the build loads it. */
export function builtInScenario(id: string): Scenario {
  const file = `scenarios/${id}.yaml`;
  return loadScenarioOrThrow(readFileSync(join(root, file), 'utf8'), file);
}

/** The criteria framework `id` from scenarios/frameworks. */
export function builtInFramework(id: string): Framework {
  const f = loadFrameworkFiles(join(root, 'scenarios', 'frameworks')).find((x) => x.id === id);
  if (!f) throw new Error(`no framework "${id}"`);
  return f;
}

/** `prefix` played as given, then the best available response at every turn until the end. */
export function playThenBest(scenario: Scenario, prefix: readonly Step[]): Step[] {
  let state: EngineState = initialState(scenario);
  for (const s of prefix)
    state = applyEvent(
      scenario,
      state,
      typeof s === 'object'
        ? { type: 'tutor.override', tension: s.tension, at: null }
        : { type: 'learner.respond', responseId: s, at: null },
    );
  const steps = [...prefix];
  while (!state.ending) {
    const id = bestAlternative(scenario, state)!.response.id;
    steps.push(id);
    state = applyEvent(scenario, state, { type: 'learner.respond', responseId: id, at: null });
  }
  return steps;
}

export interface ExportFixture {
  scenario: Scenario;
  framework: Framework;
  log: SessionLog;
  trace: Trace;
  assessment: Assessment;
  exportedAt: number;
  /** The seal of the log exported at `exportedAt`. */
  seal: string;
  input: RecordInput;
}

export interface FixtureOptions {
  mode?: SessionMode;
  learnerName?: string;
  /** Replaces the account's text. */
  account?: string;
  /** Leave the account unsigned. */
  unsigned?: boolean;
  /** Overrides the default steps. */
  steps?: Step[];
}

export const FIXTURE_DRAFT =
  'In this session I spoke with a customer whose passport had not arrived. [Your words: what you noticed]';
export const FIXTURE_ACCOUNT =
  'In this session I spoke with a customer whose passport had not arrived. I noticed her voice rise ' +
  'when I quoted the website, so I went back to listening and explained plainly what I could do.';

/** The fixture session (see the file comment). */
export async function exportFixture(o: FixtureOptions = {}): Promise<ExportFixture> {
  const scenario = builtInScenario('passport-delay');
  const framework = builtInFramework('btec-l2-unit7-conflict');
  const steps =
    o.steps ??
    playThenBest(scenario, [
      'acknowledge-and-invite',
      'website-says',
      { tension: 55, reason: 'The queue behind her is growing' },
    ]);
  const name = o.learnerName ?? 'Ana Learner';
  const log = await makeLog(scenario, steps, {
    mode: o.mode ?? 'assessment',
    learnerName: name,
    sessionId: '3f2a9c1b-7d4e-4c1a-9b2f-0a1b2c3d4e5f',
    attempt: 2,
    reflection: {
      frameworkId: framework.id,
      draft: FIXTURE_DRAFT,
      text: o.account ?? FIXTURE_ACCOUNT,
    },
    ...(o.unsigned ? {} : { sign: { name, date: '2026-06-01' } }),
  });
  const t = trace(scenario, log);
  const assessment = scoreSession(scenario, t.events, framework, {
    startedAt: log.header.startedAt,
  });
  const exportedAt = Date.UTC(2026, 5, 1, 11, 0, 0);
  const seal = await sealHash(log, exportedAt);
  return {
    scenario,
    framework,
    log,
    trace: t,
    assessment,
    exportedAt,
    seal,
    input: { trace: t, assessment, framework, sealHash: seal, exportedAt },
  };
}

/**
 * "The debrief of a session played before a scenario edit is unchanged after it": a log is always
 * traced against the version its header names, which the shipped versions keep after the YAML changes.
 */
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  loadShippedScenarioVersions,
  writeMissingSnapshots,
} from '../../scripts/scenario-versions';
import { initialState } from '../../src/domain/escalation/engine';
import { loadScenarioOrThrow } from '../../src/domain/scenario/load-scenario';
import type { Scenario } from '../../src/domain/scenario/schema';
import type { SessionLog } from '../../src/domain/session/log-types';
import { trace, type Trace } from '../../src/domain/session/trace';
import { makeLog } from '../../src/test-util/make-log';
import { bestSession } from '../../src/test-util/sessions';
import { tempScenarioDir, writeScenarioFile } from '../support/temp-scenarios';

const v1 = loadScenarioOrThrow(
  readFileSync('scenarios/passport-delay.yaml', 'utf8'),
  'scenarios/passport-delay.yaml',
);
const played = bestSession(v1);

/** v1 after an author's edit: the opening line the learner answered, and the first response's effect. */
function edit(s: Scenario): Scenario {
  const v2 = structuredClone(s);
  const start = v2.beats[v2.flow.start]!;
  start.customer[initialState(v2).mood].line = 'A line rewritten after the session was played.';
  const response = start.responses.find((r) => r.id === played[0])!;
  response.effect = 35;
  response.techniques = ['dismissing', 'quoting-rules'];
  return v2;
}

/** What the debrief shows of a trace: the transcript turn by turn, the ending and the account. */
const debrief = (t: Trace) => ({
  turns: t.turns.map((x) => ({
    customer: [x.customerLine, x.customerCue],
    said: x.text,
    techniques: x.effect.techniques,
    tension: [x.tensionBefore, x.tensionAfter],
    mood: [x.moodBefore, x.moodAfter],
    next: x.next,
  })),
  outcome: t.outcome,
});

const dir = tempScenarioDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The version a log is traced against: the one its header names, from the shipped versions. */
async function versionOf(log: SessionLog): Promise<Scenario> {
  const shipped = await loadShippedScenarioVersions(dir);
  const scenario = shipped.get(log.header.scenario.hash);
  expect(scenario, 'the version the log was played on is shipped').toBeDefined();
  return scenario!;
}

describe('a scenario edit after a session', () => {
  it('leaves the old session’s debrief unchanged, and tracing it against the new version would not', async () => {
    writeScenarioFile(dir, v1);
    await writeMissingSnapshots(dir);
    const log = await makeLog(v1, played);
    const before = trace(await versionOf(log), log);
    expect(before.discrepancies).toEqual([]);
    expect(before.turns.length).toBe(played.length);

    const v2 = edit(v1);
    writeScenarioFile(dir, v2);
    expect(await writeMissingSnapshots(dir)).toHaveLength(1);
    const after = trace(await versionOf(log), log);
    expect(after.scenario).toEqual(v1);
    expect(debrief(after)).toEqual(debrief(before));
    expect(after.discrepancies).toEqual([]);

    const wrong = trace(v2, log);
    expect(debrief(wrong).turns[0]!.customer[0]).toBe(
      'A line rewritten after the session was played.',
    );
    expect(wrong.discrepancies).toContainEqual({
      seq: 1,
      message: expect.stringMatching(
        /^recorded techniques \[.*\], replay gives \["dismissing","quoting-rules"\]$/,
      ),
    });
    expect(wrong.discrepancies).toContainEqual({
      seq: 1,
      message: expect.stringMatching(/^recorded tension \d+, replay gives \d+$/),
    });
  });
});

// A finished session's statements, made as the debrief would first show them (grouped under the
// unit it opens on: the scenario's first) and handed to the outbox. A session whose statements
// cannot be made is reported, never silently skipped, so the learner knows to download them.
import { runtime } from '../../app/runtime';
import { analyseTrace } from '../../domain/analysis/analyse-session';
import type { Scenario } from '../../domain/scenario/schema';
import { assess } from '../../domain/scoring/score-session';
import type { SessionLog } from '../../domain/session/log-types';
import { trace } from '../../domain/session/trace';
import { xapiStatements } from '../../export/xapi/session-statements';
import { lrsOutbox } from '../../lrs/lrs-service';
import { frameworksFor } from '../debrief/assessment-frameworks';
import { initialUnit } from '../debrief/assessment-state';

export async function queueFinishedSession(scenario: Scenario, log: SessionLog): Promise<void> {
  const outbox = lrsOutbox();
  try {
    const t = trace(scenario, log);
    if (!t.outcome) return;
    const options = frameworksFor(scenario);
    const framework = options.length > 0 ? initialUnit(options, t) : undefined;
    const statements = await xapiStatements({
      trace: t,
      homePage: runtime.homePage(),
      ...(framework
        ? { unit: { framework, assessment: assess(scenario, analyseTrace(t), framework) } }
        : {}),
    });
    await outbox.queue(log.header.sessionId, statements);
  } catch (e) {
    outbox.report(
      `This session’s statements could not be made (${e instanceof Error ? e.message : String(e)}); nothing was sent for it.`,
    );
  }
}

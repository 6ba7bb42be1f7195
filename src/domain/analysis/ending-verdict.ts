/**
 * Was the ending the right one? Withdrawing safely is right when behaviour had crossed the tolerance
 * limit at that moment (otherwise premature); referring is right when the request was beyond the
 * learner's authority or the limit was crossed (otherwise premature: they could still have helped);
 * signposting is right when no `resolved` ending was reachable from where the learner was (otherwise
 * avoidable); resolving is always right; the customer leaving or an incident never is.
 */
import { legacyLimitTension, limitFigures } from '../escalation/limit';
import type { EngineState } from '../escalation/types';
import type { Scenario } from '../scenario/schema';
import type { EndingAnalysis, EndingVerdict } from '../analysis/analysis-types';
import { resolutionReachable } from '../scoring/reachability';
import { endingOf } from '../scenario/lookup';

const CAUSE_CLAUSE = {
  response: 'the response chosen led there',
  'safety-action': 'the learner stepped back and got support',
  'breaking-point': 'tension reached 100',
  'turn-limit': 'the conversation ran out of turns',
} as const;

/** Judges the ending of a replayed session (see the file comment for the definitions). */
export function analyseEnding(scenario: Scenario, final: EngineState): EndingAnalysis {
  const last = final.history[final.history.length - 1];
  const reachable = resolutionReachable(scenario, last?.beatId ?? final.beatId);
  if (!final.ending || !last) {
    return {
      id: null,
      kind: null,
      cause: null,
      title: null,
      turn: null,
      verdict: 'unfinished',
      right: null,
      resolutionReachable: reachable,
      rationale: `The conversation has not ended (${final.turn} turn${final.turn === 1 ? '' : 's'} taken)`,
    };
  }
  const { id, kind, cause } = final.ending;
  const limit = legacyLimitTension(scenario);
  const figures = limitFigures(scenario, last.tensionBefore);
  const at = `at turn ${last.turn}`;
  const judge = (verdict: EndingVerdict, rationale: string): EndingAnalysis => ({
    id,
    kind,
    cause,
    title: endingOf(scenario, id)?.title ?? id,
    turn: last.turn,
    verdict,
    right: verdict === 'right',
    resolutionReachable: reachable,
    rationale,
  });
  switch (kind) {
    case 'resolved':
      return judge('right', `Resolved ${at}: the issue was dealt with here`);
    case 'referred':
      if (last.limitCrossed)
        return judge(
          'right',
          `Referred ${at}, when behaviour had crossed the tolerance limit${figures}`,
        );
      if (last.beyondAuthority)
        return judge(
          'right',
          `Referred ${at}, when what the customer asked for was beyond the learner's authority`,
        );
      {
        // A referral made when it was needed may carry on into agreeing next steps before the
        // conversation closes: the engine records seeking help only where help was appropriate.
        const referral = final.history.find((t) => t.effect.techniques.includes('seek-help'));
        if (referral)
          return judge(
            'right',
            `Referred at turn ${referral.turn}, when ${referral.limitCrossed ? `behaviour had crossed the tolerance limit${limitFigures(scenario, referral.tensionBefore)}` : "what the customer asked for was beyond the learner's authority"}, and the conversation closed ${at}`,
          );
      }
      return judge(
        'premature',
        `Referred ${at} although the request was within the learner's authority and behaviour had not crossed the limit, so the learner could still have helped`,
      );
    case 'signposted':
      return reachable
        ? judge(
            'avoidable',
            `Signposted elsewhere ${at} (${CAUSE_CLAUSE[cause]}) although a resolution here was still reachable`,
          )
        : judge('right', `Signposted elsewhere ${at}, when no resolution was reachable here`);
    case 'withdrew-safely':
      return last.limitCrossed
        ? judge(
            'right',
            `Stepped back ${at}, when behaviour had crossed the tolerance limit${figures}`,
          )
        : judge(
            'premature',
            limit === null
              ? `Stepped back ${at} before the customer’s behaviour had crossed the organisation’s limit`
              : `Stepped back ${at} while tension was ${last.tensionBefore}, below the tolerance limit of ${limit}`,
          );
    case 'customer-left':
    case 'incident':
      return judge('broke-down', `The conversation broke down ${at}: ${CAUSE_CLAUSE[cause]}`);
  }
}

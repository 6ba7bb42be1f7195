/**
 * The scorer: (scenario, session log, framework) -> assessment. How a criterion's status is decided:
 *
 * - knowledge and reflection criteria, performance criteria with `simulation: false`, and criteria
 *   whose techniques or rule this scenario can never show: **needs-other-evidence**, naming it.
 * - otherwise E = turns using one of `shownBy.techniques`; A (against) = turns using one of
 *   `shownBy.underminedBy`, plus the rule's `against` turns; F (for) = (E + the rule's supporting
 *   turns unless the rule is unmet) minus A.
 *   - the rule had no occasion in this session (no mood change, help never needed, fewer than
 *     MIN_ENGAGED_TURNS responses to the customer for calm-throughout…): **needs-other-evidence**,
 *     saying so and naming the evidence that could show it (other-evidence.ts `noOccasion`). A
 *     session that gave no occasion can neither credit nor fail the criterion, so it is never
 *     not-demonstrated (any turns in A are still cited, for the assessor to see)
 *   - the criterion names techniques and none was used outside A: **not-demonstrated** (a rule's
 *     outcome, such as a resolved ending or a session with no poor technique, never stands in for
 *     the technique the criterion asks for; it only adds citations)
 *   - F empty: **not-demonstrated**
 *   - the rule unmet or only partly met, or any turn in A: **partly-demonstrated** (a single
 *     counter-example in one short interaction stops full credit, before or after the good turns)
 *   - otherwise: **demonstrated**.
 *
 * So a credited criterion always cites at least one turn for it. Pure and deterministic.
 */
import { TECHNIQUE_INFO, isPoorTechnique, type Technique } from '../escalation/techniques';
import type { TurnRecord } from '../escalation/types';
import type { Scenario } from '../scenario/schema';
import { listTurns, techniqueLabels } from './phrases';
import type { SessionEvent } from '../session/events';
import { analyseSession, type AnalyseOptions } from '../analysis/analyse-session';
import type { SessionAnalysis } from '../analysis/analysis-types';
import type {
  Assessment,
  CriterionAssessment,
  CriterionStatus,
  EvidenceRef,
} from './assessment-types';
import { CRITERION_STATUSES } from './assessment-types';
import type { Criterion, Framework, ShownBy } from './framework-schema';
import { noOccasion, otherEvidence } from './other-evidence';
import { RULES, type RuleResult } from './rules';
import { beatOf } from '../scenario/lookup';

/** Options for scoreSession (passed on to analyseSession). */
export type ScoreOptions = AnalyseOptions;

const list = listTurns;
const labels = techniqueLabels;

function reaction(
  analysis: SessionAnalysis,
  scenario: Scenario,
  t: TurnRecord,
): EvidenceRef['reaction'] {
  const following = analysis.turns[t.turn];
  const open =
    analysis.ending.turn !== t.turn ? beatOf(scenario, t.next)?.customer[t.moodAfter] : undefined;
  const next = following
    ? { line: following.customerLine, cue: following.customerCue }
    : open
      ? { ...open }
      : null;
  return {
    moodBefore: t.moodBefore,
    moodAfter: t.moodAfter,
    tensionBefore: t.tensionBefore,
    tensionAfter: t.tensionAfter,
    next,
  };
}

function refsFor(
  analysis: SessionAnalysis,
  scenario: Scenario,
  shownBy: ShownBy,
  forTurns: readonly number[],
  against: readonly number[],
): EvidenceRef[] {
  const make = (n: number, bearing: EvidenceRef['bearing']): EvidenceRef => {
    const t = analysis.turns[n - 1]!;
    const named = bearing === 'for' ? shownBy.techniques : (shownBy.underminedBy ?? []);
    const hits = t.effect.techniques.filter((x) => named.includes(x));
    const fallback = t.effect.techniques.filter((x) => (bearing === 'for') !== isPoorTechnique(x));
    return {
      turn: n,
      text: t.text,
      bearing,
      techniques: hits.length ? hits : fallback,
      reaction: reaction(analysis, scenario, t),
    };
  };
  return [...forTurns.map((n) => make(n, 'for')), ...against.map((n) => make(n, 'against'))].sort(
    (a, b) => a.turn - b.turn,
  );
}

function judge(
  c: Criterion & { shownBy: ShownBy },
  scenario: Scenario,
  analysis: SessionAnalysis,
): CriterionAssessment {
  const { shownBy } = c;
  const using = (ts: readonly Technique[]) =>
    analysis.turns
      .filter((t) => t.effect.techniques.some((x) => ts.includes(x)))
      .map((t) => t.turn);
  const rule: RuleResult | undefined = shownBy.rule
    ? RULES[shownBy.rule]({ scenario, analysis, techniques: shownBy.techniques })
    : undefined;
  const E = using(shownBy.techniques);
  const U = using(shownBy.underminedBy ?? []);
  const A = [...new Set([...U, ...(rule?.against ?? [])])].sort((a, b) => a - b);
  const supporting = rule && rule.met !== false ? rule.turns : [];
  const F = [...new Set([...E, ...supporting])].filter((n) => !A.includes(n)).sort((a, b) => a - b);
  const Eclean = E.filter((n) => !A.includes(n));
  const usedLabels = labels(
    [...new Set(Eclean.flatMap((n) => analysis.turns[n - 1]!.effect.techniques))].filter((t) =>
      shownBy.techniques.includes(t),
    ),
  );
  const undermined = U.length
    ? `undermined by ${labels([...new Set(U.flatMap((n) => analysis.turns[n - 1]!.effect.techniques))].filter((t) => shownBy.underminedBy?.includes(t)))} at ${list(U)}`
    : null;
  const named = shownBy.techniques;
  const namedWords =
    named.length <= 3
      ? named.map((t) => TECHNIQUE_INFO[t].label.toLowerCase()).join(' or ')
      : `any of the ${named.length} techniques that show it`;
  const missing =
    named.length && !Eclean.length
      ? E.length
        ? `every turn that used ${namedWords} also counted against it`
        : `no turn used ${namedWords}`
      : null;
  const reasons = [missing, rule?.rationale ?? null, undermined].filter(
    (r): r is string => r !== null,
  );

  let status: CriterionStatus;
  let rationale: string;
  let evidenceCodes: CriterionAssessment['evidenceCodes'] | null = null;
  if (rule && shownBy.rule && !rule.occasion) {
    const other = noOccasion(shownBy.rule, rule.rationale);
    status = 'needs-other-evidence';
    rationale = other.rationale;
    evidenceCodes = other.codes;
  } else if (missing || F.length === 0) {
    status = 'not-demonstrated';
    rationale = `Not demonstrated: ${reasons.join('; ') || 'no turn showed it'}.`;
  } else if ((rule && rule.met !== true) || A.length > 0) {
    status = 'partly-demonstrated';
    rationale = `Partly demonstrated at ${list(F)}${usedLabels ? ` (${usedLabels})` : ''}: ${reasons.join('; ')}.`;
  } else {
    status = 'demonstrated';
    rationale = `Demonstrated at ${list(F)}${usedLabels ? ` (${usedLabels})` : ''}${rule ? `: ${rule.rationale}` : ''}.`;
  }
  const credited = status === 'demonstrated' || status === 'partly-demonstrated';
  const refs = refsFor(analysis, scenario, shownBy, credited ? F : [], A);
  return {
    ...base(c),
    status,
    rationale,
    refs,
    rule: rule && shownBy.rule ? { id: shownBy.rule, ...rule } : null,
    evidenceCodes: evidenceCodes ?? (credited ? ['S'] : []),
  };
}

const base = (c: Criterion) => ({
  code: c.code,
  outcome: c.outcome ?? null,
  text: c.text,
  evidence: c.evidence,
});

/** Judges one criterion against an analysed session (see the file comment for the combination). */
export function assessCriterion(
  c: Criterion,
  scenario: Scenario,
  analysis: SessionAnalysis,
): CriterionAssessment {
  const other = otherEvidence(c, scenario);
  if (other || !c.shownBy)
    return {
      ...base(c),
      status: 'needs-other-evidence',
      rationale: other?.rationale ?? 'A conversation cannot show this.',
      refs: [],
      rule: null,
      evidenceCodes: other?.codes ?? ['O'],
    };
  return judge({ ...c, shownBy: c.shownBy }, scenario, analysis);
}

/** Scores bare events against one framework (tests and tools). Throws EngineError for a bad log. */
export function scoreSession(
  scenario: Scenario,
  events: readonly SessionEvent[],
  framework: Framework,
  options: ScoreOptions = {},
): Assessment {
  return assess(scenario, analyseSession(scenario, events, options), framework);
}

/** Assesses an analysed session against one framework: the app scores each log's one analysis. */
export function assess(
  scenario: Scenario,
  analysis: SessionAnalysis,
  framework: Framework,
): Assessment {
  const criteria = framework.criteria.map((c) => assessCriterion(c, scenario, analysis));
  const counts = Object.fromEntries(
    CRITERION_STATUSES.map((s) => [s, criteria.filter((c) => c.status === s).length]),
  ) as Record<CriterionStatus, number>;
  return {
    frameworkId: framework.id,
    unit: {
      qualification: framework.qualification,
      level: framework.level,
      code: framework.unit.code ?? null,
      title: framework.unit.title,
    },
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    declaredByScenario: scenario.frameworks.includes(framework.id),
    evidenceType: 'S',
    sessionEndedAt: analysis.endedAt,
    criteria,
    counts,
    analysis,
  };
}

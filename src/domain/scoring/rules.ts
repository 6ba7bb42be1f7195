/**
 * The rule table: one small function per SCORING_RULES id, the only place where a session-wide rule
 * is decided. Each returns whether the rule was met (true, 'partly' or false), whether the session
 * gave it an occasion at all, the turns the verdict rests on (for and against) and one clause of
 * rationale. RULE_PREREQUISITES says when a scenario can never give a rule its occasion.
 */
import { legacyLimitTension } from '../escalation/limit';
import { GOOD_TECHNIQUES, isPoorTechnique, type Technique } from '../escalation/techniques';
import type { Scenario } from '../scenario/schema';
import { listTurns, techniqueLabels } from './phrases';
import type { ScoringRule } from './framework-schema';
import type { SessionAnalysis } from '../analysis/analysis-types';
import { unresolvableSignpostBeats } from './reachability';
import { needlessStepBack } from '../analysis/judged-turn';

/** What a rule looks at. */
export interface RuleContext {
  scenario: Scenario;
  analysis: SessionAnalysis;
  /** The criterion's own evidence techniques (adapting-approach counts these); may be empty. */
  techniques: readonly Technique[];
}

/** A rule's verdict on one session. */
export interface RuleResult {
  met: boolean | 'partly';
  /**
   * Whether the session gave the rule its occasion (help was needed, the limit was crossed, the
   * issue could not be resolved here, the mood changed…). Without one the session cannot show it.
   */
  occasion: boolean;
  /** Turns that support the verdict, ascending. */
  turns: number[];
  /** Turns that count against it, ascending. */
  against: number[];
  /** One clause (no final full stop), impersonal. */
  rationale: string;
}

const sortU = (ns: readonly number[]) => [...new Set(ns)].sort((a, b) => a - b);
const list = listTurns;
const labels = techniqueLabels;
const using = (a: SessionAnalysis, ts: readonly Technique[]) =>
  a.turns.filter((t) => t.effect.techniques.some((x) => ts.includes(x))).map((t) => t.turn);
const result = (
  met: RuleResult['met'],
  occasion: boolean,
  turns: number[],
  against: number[],
  rationale: string,
): RuleResult => ({
  met,
  occasion,
  turns: sortU(turns),
  against: sortU(against),
  rationale,
});

/**
 * Passing the customer on (a needless hold for a team leader, a needless step back) is handing the
 * customer to someone else, not adapting: those turns count against, and neither the techniques
 * they carry nor a mood change answered by one counts towards the rule.
 */
function adaptingApproach({ analysis: a, techniques }: RuleContext): RuleResult {
  const pool: readonly Technique[] = techniques.length > 0 ? techniques : GOOD_TECHNIQUES;
  const counted: readonly Technique[] = pool.filter((t) => !isPoorTechnique(t));
  const passing = using(a, ['passing-on']);
  const engaged = a.turns.filter((t) => !passing.includes(t.turn));
  const used = a.profile.distinctGood.filter(
    (t) => counted.includes(t) && engaged.some((e) => e.effect.techniques.includes(t)),
  );
  const adapted = a.adaptations.filter((e) => e.appropriate && !passing.includes(e.turn));
  const two = used.length >= 2;
  const met = two && adapted.length > 0 ? true : two || adapted.length > 0 ? 'partly' : false;
  const what = `${used.length} distinct de-escalation technique${used.length === 1 ? '' : 's'}${used.length ? ` (${labels(used)})` : ''}`;
  const how = adapted.length
    ? `adapted approach after the customer's mood changed at ${list(adapted.map((e) => e.turn))}`
    : 'no change of approach after the customer’s mood changed';
  const passed = passing.length
    ? [`passed the customer on at ${list(passing)}, which is not adapting the approach`]
    : [];
  const turns =
    met === false
      ? []
      : [...using(a, used).filter((n) => !passing.includes(n)), ...adapted.map((e) => e.turn)];
  return result(met, a.turns.length > 0, turns, passing, [what, how, ...passed].join('; '));
}

function recogniseMoodChange({ analysis: a }: RuleContext): RuleResult {
  if (a.moodShifts.length === 0)
    return result(
      false,
      false,
      [],
      [],
      'the customer’s mood did not change between turns, so there was no change to respond to',
    );
  const adapted = new Set(a.adaptations.filter((e) => e.appropriate).map((e) => e.turn));
  const yes = a.moodShifts.filter((s) => adapted.has(s.turn)).map((s) => s.turn);
  const no = a.moodShifts.filter((s) => !adapted.has(s.turn)).map((s) => s.turn);
  const met = no.length === 0 ? true : yes.length > 0 ? 'partly' : false;
  const parts = [
    ...(yes.length ? [`changed approach in the turn after the mood changed at ${list(yes)}`] : []),
    ...(no.length
      ? [`did not change approach appropriately after the mood changed at ${list(no)}`]
      : []),
  ];
  return result(met, true, yes, no, parts.join('; '));
}

function helpWithinPolicy({ analysis: a }: RuleContext): RuleResult {
  const needed = a.turns.filter((t) => t.beyondAuthority || t.limitCrossed).map((t) => t.turn);
  const sought = a.turns
    .filter(
      (t) =>
        t.effect.techniques.includes('seek-help') ||
        (t.limitCrossed && t.effect.techniques.includes('safety-action')),
    )
    .map((t) => t.turn);
  // Includes a step back taken before the limit: the analysis judges it passing on (judged-turn.ts).
  const needless = using(a, ['passing-on']);
  if (needed.length + sought.length + needless.length === 0)
    return result(
      false,
      false,
      [],
      [],
      'help was never needed in this session and the customer was not passed on',
    );
  const steppedBack = a.turns.filter(needlessStepBack).map((t) => t.turn);
  const held = needless.filter((n) => !steppedBack.includes(n));
  const met = sought.length > 0 ? (needless.length === 0 ? true : 'partly') : false;
  const parts = [
    ...(sought.length ? [`sought help at ${list(sought)}, when it was needed`] : []),
    ...(held.length ? [`passed the customer on needlessly at ${list(held)}`] : []),
    ...(steppedBack.length
      ? [
          `stepped back at ${list(steppedBack)} before behaviour crossed the tolerance limit, which passes the customer on`,
        ]
      : []),
    ...(!sought.length && needed.length
      ? [`help was appropriate at ${list(needed)} but was not sought`]
      : []),
  ];
  return result(met, true, sought, needless, parts.join('; '));
}

function safetyWhenNeeded({ scenario, analysis: a }: RuleContext): RuleResult {
  const threshold = legacyLimitTension(scenario);
  const limit = threshold === null ? '' : ` (${threshold})`;
  const crossed = a.limitCrossedTurns;
  const acting = (t: (typeof a.turns)[number]) =>
    t.effect.techniques.includes('safety-action') ||
    (t.limitCrossed && t.effect.techniques.includes('seek-help'));
  // The analysis judges these as passing on (judged-turn.ts); here they are a premature step back.
  const premature = a.turns.filter(needlessStepBack).map((t) => t.turn);
  if (crossed.length === 0)
    return premature.length
      ? result(
          false,
          true,
          [],
          premature,
          `stepped back at ${list(premature)} before behaviour crossed the tolerance limit${limit}`,
        )
      : result(
          false,
          false,
          [],
          [],
          `behaviour never crossed the tolerance limit${limit}, so no safety action was needed`,
        );
  const acted = a.turns.filter((t) => t.limitCrossed && acting(t)).map((t) => t.turn);
  if (acted.length === 0)
    return result(
      false,
      true,
      [],
      crossed,
      `behaviour crossed the tolerance limit at ${list(crossed)} and no safety action was taken`,
    );
  const late = crossed.filter((n) => n < acted[0]!);
  return late.length === 0
    ? result(
        true,
        true,
        acted,
        [],
        `took safety action at ${list(acted)}, as soon as behaviour crossed the tolerance limit`,
      )
    : result(
        'partly',
        true,
        acted,
        late,
        `took safety action at ${list(acted)}, but carried on at ${list(late)} after behaviour had crossed the limit`,
      );
}

function wayForwardAgreed({ analysis: a }: RuleContext): RuleResult {
  const e = a.ending;
  const good = e.kind === 'resolved' || (e.kind === 'referred' && e.right === true);
  const agreed = using(a, ['agree-way-forward']);
  const end = e.turn === null ? [] : [e.turn];
  const how = good
    ? `the session ended ${e.kind} at turn ${e.turn}`
    : `the session ended ${e.kind ?? 'unfinished'}${e.right === false ? ` (${e.verdict})` : ''}`;
  if (good && agreed.length)
    return result(
      true,
      true,
      [...agreed, ...end],
      [],
      `agreed a way forward at ${list(agreed)} and ${how}`,
    );
  if (good)
    return result('partly', true, end, [], `${how}, but no way forward was explicitly agreed`);
  if (agreed.length)
    return result(
      'partly',
      true,
      agreed,
      [],
      `agreed a way forward at ${list(agreed)}, but ${how}`,
    );
  return result(false, a.turns.length > 0, [], [], `no way forward was agreed and ${how}`);
}

/** The session left the issue unresolvable here: a signposted ending that was the right one. */
function unresolvable(a: SessionAnalysis): RuleResult | null {
  const e = a.ending;
  if (e.kind !== 'signposted')
    return result(
      false,
      false,
      [],
      [],
      `the issue was not left unresolved here (ending: ${e.kind ?? 'unfinished'})`,
    );
  if (e.verdict === 'avoidable')
    return result(
      false,
      true,
      [],
      e.turn === null ? [] : [e.turn],
      `signposted elsewhere at turn ${e.turn} although the issue could still be resolved here`,
    );
  return null;
}

function unresolvableExplained({ analysis: a }: RuleContext): RuleResult {
  const stop = unresolvable(a);
  if (stop) return stop;
  const explained = using(a, ['explain-position']);
  return explained.length
    ? result(
        true,
        true,
        explained,
        [],
        `explained the organisation’s position at ${list(explained)} when the issue could not be resolved here`,
      )
    : result(
        false,
        true,
        [],
        [],
        'the issue could not be resolved here but the organisation’s position was never explained',
      );
}

function signpostedWhenUnresolvable({ analysis: a }: RuleContext): RuleResult {
  const stop = unresolvable(a);
  if (stop) return stop;
  const signposted = using(a, ['signposting']);
  return signposted.length
    ? result(
        true,
        true,
        signposted,
        [],
        `signposted the customer elsewhere at ${list(signposted)} when the issue could not be resolved here`,
      )
    : result(
        false,
        true,
        [],
        [],
        'the issue could not be resolved here but the customer was not pointed to another source of help',
      );
}

function nextStepsSummarised({ analysis: a }: RuleContext): RuleResult {
  const summarised = using(a, ['summarise-next-steps']);
  if (!summarised.length)
    return result(false, a.turns.length > 0, [], [], 'next steps were never summarised');
  const closed = a.ending.verdict !== 'broke-down' && a.ending.verdict !== 'unfinished';
  return closed
    ? result(
        true,
        true,
        summarised,
        [],
        `summarised next steps at ${list(summarised)} before the conversation closed`,
      )
    : result(
        'partly',
        true,
        summarised,
        [],
        `summarised next steps at ${list(summarised)}, but the conversation ${a.ending.verdict === 'unfinished' ? 'has not closed' : 'broke down'}`,
      );
}

/**
 * How many of the learner's own responses (the safety action aside) a session needs before "no
 * poor technique in any turn" says anything. Staying calm and professional is shown over an
 * exchange that goes on, not by one or two lines: three responses is the shortest run in which the
 * customer has answered the learner twice, so the learner has had to keep it up under what came
 * back (the built-in scenarios' best paths take five to seven turns). Below it, the session gave no
 * occasion to show the criterion.
 */
export const MIN_ENGAGED_TURNS = 3;

/**
 * No poor technique in any of the learner's responses, over at least MIN_ENGAGED_TURNS of them.
 * Stepping back is not a response to the customer, so it neither counts towards the minimum nor is
 * judged here (a needless step back counts against the help and safety criteria instead).
 */
function calmThroughout({ analysis: a }: RuleContext): RuleResult {
  const engaged = a.turns.filter((t) => t.responseId !== null);
  const poor = engaged.filter((t) => t.effect.techniques.some(isPoorTechnique)).map((t) => t.turn);
  if (poor.length) return result(false, true, [], poor, `used a poor technique at ${list(poor)}`);
  if (engaged.length < MIN_ENGAGED_TURNS)
    return result(
      false,
      false,
      [],
      [],
      `${engaged.length === 0 ? 'no' : `only ${engaged.length}`} response${engaged.length === 1 ? '' : 's'} to the customer${a.turns.length > engaged.length ? ' before stepping back' : ''}, and staying free of poor technique needs at least ${MIN_ENGAGED_TURNS} to show`,
    );
  return result(
    true,
    true,
    engaged.map((t) => t.turn),
    [],
    `no poor technique in any of the ${engaged.length} responses to the customer`,
  );
}

/** The rule table. */
export const RULES: Readonly<Record<ScoringRule, (ctx: RuleContext) => RuleResult>> = {
  'adapting-approach': adaptingApproach,
  'recognise-mood-change': recogniseMoodChange,
  'help-within-policy': helpWithinPolicy,
  'safety-when-needed': safetyWhenNeeded,
  'way-forward-agreed': wayForwardAgreed,
  'unresolvable-explained': unresolvableExplained,
  'signposted-when-unresolvable': signpostedWhenUnresolvable,
  'next-steps-summarised': nextStepsSummarised,
  'calm-throughout': calmThroughout,
};

const anyResponseUses = (s: Scenario, t: Technique) =>
  Object.values(s.beats).some((b) => b.responses.some((r) => r.techniques.includes(t)));

/**
 * When a scenario can never give a rule its occasion: returns why not, or null when it can. Rules
 * not listed here can always be shown (every scenario has turns, moods and the safety action).
 */
export const RULE_PREREQUISITES: Readonly<
  Partial<Record<ScoringRule, (s: Scenario) => string | null>>
> = {
  'help-within-policy': (s) =>
    anyResponseUses(s, 'seek-help')
      ? null
      : 'no response in this scenario seeks help from a colleague',
  'way-forward-agreed': (s) =>
    Object.values(s.endings).some((e) => e.kind === 'resolved' || e.kind === 'referred')
      ? null
      : 'this scenario has no resolved or referred ending',
  'next-steps-summarised': (s) =>
    anyResponseUses(s, 'summarise-next-steps')
      ? null
      : 'no response in this scenario summarises next steps',
  'unresolvable-explained': (s) =>
    unresolvableSignpostBeats(s).length
      ? null
      : 'the issue in this scenario can always be resolved here, so it never becomes unresolvable',
  'signposted-when-unresolvable': (s) =>
    unresolvableSignpostBeats(s).length
      ? null
      : 'the issue in this scenario can always be resolved here, so it never becomes unresolvable',
};

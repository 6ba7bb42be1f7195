/**
 * The reflective-account writer: (assessment, scenario) -> a first-person draft structured by Gibbs'
 * reflective cycle. It quotes the learner's own turns, names what went well and what to improve
 * with the better response that was available, links the standards and legislation the scenario's
 * facts make relevant, and leaves prompts wherever only the learner can write. Pure.
 */
import { limitFigures } from '../escalation/limit';
import { inLearnersTerms } from '../evidence/criterion-wording';
import { isPoorTechnique } from '../escalation/techniques';
import type { Assessment } from '../scoring/assessment-types';
import type { Scenario } from '../scenario/schema';
import { draftContext, mood, oneLine, said, techniques, type DraftContext } from './draft-context';
import { description, evaluation, feelings } from './draft-story';
import {
  GIBBS_STAGES,
  prompt,
  text,
  type DraftParagraph,
  type GibbsStage,
  type ReflectionDraft,
} from './draft-types';
import { relevantLegislation, scenarioFacts } from './legislation';

const codes = (a: Assessment, status: string) =>
  a.criteria.filter((c) => c.status === status).map((c) => c.code);

function analysis(ctx: DraftContext): DraftParagraph[] {
  const { assessment: a, who, scenario } = ctx;
  const out: DraftParagraph[] = [];
  const adapted = a.analysis.adaptations.filter((e) => e.appropriate);
  for (const e of adapted) {
    const t = ctx.turns[e.turn - 1]!;
    out.push([
      text(
        `When ${who}’s mood changed from ${mood(e.moodFrom)} to ${mood(e.moodTo)}, I changed my approach from ${techniques(e.from)} to ${techniques(e.to)}: `,
      ),
      ...said(t),
      text('.'),
    ]);
  }
  const missed = a.analysis.moodShifts.filter((s) => !adapted.some((e) => e.turn === s.turn));
  for (const s of missed)
    out.push([
      text(
        `When ${who}’s mood changed from ${mood(s.moodFrom)} to ${mood(s.moodTo)} before turn ${s.turn}, I did not change to a better approach.`,
      ),
    ]);
  if (a.analysis.moodShifts.length === 0)
    out.push([
      text(
        `${who}’s mood did not change between my turns, so there was no change for me to respond to.`,
      ),
    ]);

  const p = a.analysis.profile;
  const poor = p.techniques.filter((c) => c.quality === 'poor').map((c) => c.technique);
  out.push([
    text(
      (p.distinctGood.length
        ? `Across the conversation I used ${p.distinctGood.length} different good technique${p.distinctGood.length === 1 ? '' : 's'} (${techniques(p.distinctGood)})`
        : 'Across the conversation I used no good techniques') +
        (poor.length
          ? ` and ${poor.length} poor one${poor.length === 1 ? '' : 's'} (${techniques(poor)}).`
          : ' and no poor ones.'),
    ),
  ]);
  const shown = codes(a, 'demonstrated');
  const partly = codes(a, 'partly-demonstrated');
  out.push([
    text(
      `Against “${a.unit.title}” (${a.unit.qualification}), this session shows ` +
        (shown.length || partly.length
          ? [
              shown.length ? `${shown.join(', ')} (demonstrated)` : '',
              partly.length ? `${partly.join(', ')} (partly demonstrated)` : '',
            ]
              .filter(Boolean)
              .join(' and ') + '.'
          : 'no criterion yet.'),
    ),
  ]);
  const laws = relevantLegislation(scenarioFacts(scenario, a.analysis));
  out.push([text('Standards and legislation that applied:')]);
  for (const l of laws) out.push([text(`${l.title}: ${l.relevance}`)]);

  const knowledge = a.criteria.filter((c) => c.evidence === 'knowledge');
  if (knowledge.length) {
    out.push([
      text(
        `The knowledge criteria of “${a.unit.title}” cannot be shown by the simulation, so I answer them in my own words:`,
      ),
    ]);
    // Asked in the learner's terms: a criterion worded for the marker becomes what they do.
    for (const c of knowledge)
      out.push([prompt(`knowledge-${c.code}`, `${c.code} ${oneLine(inLearnersTerms(c.text))}`)]);
  }
  return out;
}

function conclusion(ctx: DraftContext): DraftParagraph[] {
  const { assessment: a } = ctx;
  const showable = a.criteria.filter((c) => c.status !== 'needs-other-evidence').length;
  const worse = [...new Set(a.analysis.madeWorse.flatMap((w) => w.causes.map((c) => c.technique)))];
  const helped = [
    ...new Set(
      ctx.turns
        .filter((t) => t.effect.delta < 0 && !t.effect.techniques.some(isPoorTechnique))
        .flatMap((t) => t.effect.techniques),
    ),
  ];
  const lesson = worse.length
    ? `What made things worse was ${techniques(worse)}${helped.length ? `; what helped was ${techniques(helped)}` : ''}.`
    : helped.length
      ? `Nothing I said raised the tension; what helped was ${techniques(helped)}.`
      : 'Nothing I said raised the tension.';
  return [
    [
      text(
        `Of the ${showable} criteri${showable === 1 ? 'on' : 'a'} this session could show, I demonstrated ${a.counts.demonstrated} and partly demonstrated ${a.counts['partly-demonstrated']}. ${lesson}`,
      ),
    ],
    [
      prompt(
        'conclusion-learned',
        'What is the most important thing you learned from this conversation?',
      ),
    ],
  ];
}

function actionPlan(ctx: DraftContext): DraftParagraph[] {
  const { assessment: a, who } = ctx;
  const severity = (n: number) => {
    const t = ctx.turns[n - 1]!;
    const alt = a.analysis.alternatives[n - 1]!;
    return (
      t.effect.techniques.filter(isPoorTechnique).length * 100 +
      (t.tensionAfter - (alt.best?.tensionAfter ?? t.tensionAfter))
    );
  };
  const better = a.analysis.alternatives
    .filter((x) => x.betterAvailable && x.best)
    .sort((x, y) => severity(y.turn) - severity(x.turn) || x.turn - y.turn)
    .slice(0, 3)
    .sort((x, y) => x.turn - y.turn);
  const out: DraftParagraph[] = [];
  for (const x of better) {
    const t = ctx.turns[x.turn - 1]!;
    const b = x.best!;
    out.push([
      ...said(t, 'When I'),
      text(
        `, a better response was available: “${b.text}” It uses ${techniques(b.techniques)} and would have taken tension from ${t.tensionBefore} to ${b.tensionAfter} (my response took it to ${t.tensionAfter}), leaving ${who} ${mood(b.moodAfter)}. ` +
          `Why it is better: ${oneLine(b.why)} Next time, at a moment like this, I will use ${techniques(b.techniques)}` +
          (t.responseId === null
            ? ' rather than stepping back before the limit is crossed.'
            : ` rather than ${techniques(t.effect.techniques)}.`),
      ),
    ]);
  }
  // Carrying on once behaviour had crossed the limit: the procedure was to step back and get support.
  const carriedOn = ctx.turns.filter(
    (t) =>
      t.limitCrossed &&
      !t.effect.techniques.some((x) => x === 'safety-action' || x === 'seek-help'),
  );
  if (carriedOn.length > 0) {
    const t = carriedOn[0]!;
    out.push([
      text(
        `At turn ${t.turn} ${who}’s behaviour had crossed the organisation’s tolerance limit${limitFigures(ctx.scenario, t.tensionBefore)} and I carried on. Next time, once behaviour crosses the limit, I will step back and get support, as the procedure requires.`,
      ),
    ]);
  }
  if (better.length === 0 && carriedOn.length === 0)
    out.push([
      text(
        'At every turn I chose the best response available, so my next step is to keep this up under more pressure.',
      ),
    ]);
  out.push([
    prompt(
      'action-workplace',
      'Describe a similar situation from your own workplace, and what you will do differently there.',
    ),
  ]);
  out.push([
    prompt(
      'action-when',
      'How and by when will you practise this (for example another scenario, shadowing a colleague, or being observed at work)?',
    ),
  ]);
  return out;
}

const WRITERS: Readonly<Record<GibbsStage, (ctx: DraftContext) => DraftParagraph[]>> = {
  description,
  feelings,
  evaluation,
  analysis,
  conclusion,
  'action-plan': actionPlan,
};

/** Drafts a reflective account of the session behind `assessment`. */
export function draftReflection(assessment: Assessment, scenario: Scenario): ReflectionDraft {
  const ctx = draftContext(assessment, scenario);
  return {
    scenarioId: scenario.id,
    frameworkId: assessment.frameworkId,
    title: `Reflective account: ${scenario.title}`,
    sections: GIBBS_STAGES.map(({ stage, title }) => ({
      stage,
      title,
      paragraphs: WRITERS[stage](ctx),
    })),
    legislation: relevantLegislation(scenarioFacts(scenario, assessment.analysis)).map((l) => l.id),
  };
}

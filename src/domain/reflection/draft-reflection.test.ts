// The reflective-account draft: Gibbs' structure, grounded quotes, prompts where only the learner can write.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { loadFrameworkFiles } from '../../../scripts/load-frameworks';
import { builtInScenarios } from '../../../tests/support/built-in-scenarios';
import type { Scenario } from '../scenario/schema';
import { scoreSession } from '../scoring/score-session';
import { fakeScenario } from '../../test-util/fake-scenario';
import { fakeVariants, session, sessionArb, WITHDRAW } from '../../test-util/sessions';
import { draftReflection } from './draft-reflection';
import type { DraftPart, ReflectionDraft } from './draft-types';
import { toPlainText, unfilledPrompts } from './plain-text';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const frameworks = new Map(
  loadFrameworkFiles(path.join(root, 'scenarios', 'frameworks')).map((f) => [f.id, f]),
);
const fake = fakeScenario();
const draftOf = (
  ids: string[],
  scenario: Scenario = fake,
  frameworkId = 'btec-l2-unit7-conflict',
) => draftReflection(scoreSession(scenario, session(ids), frameworks.get(frameworkId)!), scenario);
const parts = (d: ReflectionDraft, stage?: string): DraftPart[] =>
  d.sections.filter((s) => !stage || s.stage === stage).flatMap((s) => s.paragraphs.flat());
const prose = (d: ReflectionDraft, stage: string) =>
  parts(d, stage)
    .map((p) => (p.type === 'text' ? p.text : p.type === 'quote' ? `«${p.turn}»` : '[prompt]'))
    .join('');

describe('draftReflection', () => {
  const good = draftOf(['acknowledge', 'offer', 'summarise']);
  const poor = draftOf(['rules', 'promise', 'argue']);

  it('follows Gibbs’ six stages in order', () => {
    expect(good.sections.map((s) => s.title)).toEqual([
      'Description',
      'Feelings',
      'Evaluation',
      'Analysis',
      'Conclusion',
      'Action plan',
    ]);
    expect(good.title).toBe('Reflective account: A test counter');
  });

  it('describes every turn in the learner’s exact words, with the turn number', () => {
    const quotes = parts(good, 'description').filter((p) => p.type === 'quote');
    expect(quotes).toEqual([
      { type: 'quote', turn: 1, text: 'That sounds really worrying.' },
      { type: 'quote', turn: 2, text: 'I can book an urgent appointment for tomorrow.' },
      { type: 'quote', turn: 3, text: 'You come in at nine; bring your ticket.' },
    ]);
    expect(prose(good, 'description')).toContain(
      'The conversation ended with the issue resolved (Way forward agreed)',
    );
  });

  it('leaves feelings to the learner: prompts only, no invented feelings', () => {
    const feelings = parts(poor, 'feelings');
    expect(feelings.every((p) => p.type === 'prompt')).toBe(true);
    expect(feelings.map((p) => (p.type === 'prompt' ? p.id : ''))).toEqual([
      'feelings-start',
      'feelings-peak',
      'feelings-end',
    ]);
  });

  it('good session: names what went well and why, and which criteria it counts towards', () => {
    const evaluation = prose(good, 'evaluation');
    expect(evaluation).toContain(
      'When I said «1», I used acknowledging feelings (empathy). It worked: tension fell from 50 to 38',
    );
    expect(evaluation).toContain(
      'Most of the effect came from acknowledging feelings (empathy): naming and accepting how the customer feels',
    );
    expect(evaluation).toContain(
      'It counts towards 2.1, 2.2, 2.3 of Handling Customer Conflict and Challenge.',
    );
    expect(evaluation).toContain('What went less well: I did not use any poor technique');
    expect(prose(good, 'action-plan')).toContain(
      'At every turn I chose the best response available',
    );
  });

  it('poor session: quotes the poor turns, what they did, and the better response available, word for word', () => {
    expect(prose(poor, 'evaluation')).toContain(
      'When I said «1», that was quoting rules at the customer, and it made things worse: tension rose from 50 to 62',
    );
    const plan = prose(poor, 'action-plan');
    expect(plan).toContain(
      'When I said «1», a better response was available: “That sounds really worrying.” It uses acknowledging feelings (empathy) and would have taken tension from 50 to 38 (my response took it to 62)',
    );
    expect(plan).toContain('Why it is better: Feelings first.');
    expect(plan).toContain(
      'Next time, at a moment like this, I will use acknowledging feelings (empathy) rather than quoting rules at the customer.',
    );
    expect(plan).toContain('“I can book an urgent appointment for tomorrow.”');
    expect(prose(poor, 'conclusion')).toContain(
      'What made things worse was quoting rules at the customer and arguing or blaming',
    );
  });

  it('plans to step back when the learner carried on after behaviour crossed the limit', () => {
    const plan = prose(draftOf(['options-early', WITHDRAW], fakeVariants.tense(95)), 'action-plan');
    expect(plan).toContain(
      'At turn 1 Sam’s behaviour had crossed the organisation’s tolerance limit (tension 95, limit 85) and I carried on.',
    );
    expect(prose(draftOf([WITHDRAW], fakeVariants.tense()), 'action-plan')).not.toContain(
      'I carried on',
    );
  });

  it('describes adaptation to the customer’s mood in the analysis', () => {
    expect(prose(good, 'analysis')).toContain(
      'When Sam’s mood changed from frustrated to calmer (de-escalated), I changed my approach from offering alternatives to agreeing a way forward and summarising next steps: I said «3».',
    );
    expect(prose(poor, 'analysis')).toContain('Sam’s mood did not change between my turns');
  });

  it('prompts for each knowledge criterion of the chosen framework, and only those', () => {
    const ids = (d: ReflectionDraft) =>
      parts(d, 'analysis').flatMap((p) => (p.type === 'prompt' ? [p.id] : []));
    expect(ids(good)).toEqual([
      'knowledge-1.1',
      'knowledge-1.2',
      'knowledge-1.3',
      'knowledge-1.4',
      'knowledge-1.5',
    ]);
    expect(ids(draftOf(['acknowledge'], fake, 'l2-pss-icsa4-4-4'))).toEqual(['knowledge-4.4']);
    expect(ids(draftOf(['acknowledge'], fake, 'l2-pss-icsf2-follow-rules'))).toHaveLength(10);
  });

  it('links the standards and legislation the scenario’s facts make relevant', () => {
    expect(good.legislation).toEqual(['complaints-procedure-and-limits-of-authority']);
    expect(draftOf([WITHDRAW], fakeVariants.tense()).legislation).toEqual([
      'health-and-safety-at-work-act-1974',
      'complaints-procedure-and-limits-of-authority',
    ]);
    const [passport, border] = ['passport-delay', 'border-queue'].map((id) =>
      builtInScenarios().find((s) => s.id === id)!,
    );
    const first = (s: Scenario) => [s.beats[s.flow.start]!.responses[0]!.id];
    expect(draftOf(first(passport!), passport).legislation).toContain(
      'data-protection-act-2018-uk-gdpr',
    );
    expect(draftOf(first(border!), border).legislation).toContain('equality-act-2010');
    expect(prose(good, 'analysis')).toContain(
      'My limits of authority in this role (what I may not offer or do): a guaranteed date.',
    );
  });
});

describe('toPlainText', () => {
  it('renders headings, quotes with their turn, and every prompt as a marker', () => {
    const draft = draftOf(['rules', 'promise', 'argue']);
    const plain = toPlainText(draft);
    expect(plain.startsWith('Reflective account: A test counter\n\nDescription\n\n')).toBe(true);
    expect(plain).toContain(
      'First I said “Processing takes ten weeks, as stated.” (turn 1), and tension rose from 50 to 62',
    );
    const prompts = parts(draft).filter((p) => p.type === 'prompt');
    expect(unfilledPrompts(plain)).toHaveLength(prompts.length);
    expect(plain).toContain(
      '[Your words: What is the most important thing you learned from this conversation?]',
    );
  });
});

describe('draftReflection over random sessions', () => {
  it.each([fake, ...builtInScenarios()].map((s) => [s.id, s] as const))(
    '%s: every quote is a turn that exists, word for word',
    (_id, scenario) => {
      const framework = frameworks.get('lsib-l2-difficult-customers')!;
      fc.assert(
        fc.property(sessionArb(scenario), ({ events }) => {
          const assessment = scoreSession(scenario, events, framework);
          const draft = draftReflection(assessment, scenario);
          expect(draftReflection(assessment, scenario)).toEqual(draft);
          for (const p of parts(draft))
            if (p.type === 'quote')
              expect(assessment.analysis.turns[p.turn - 1]?.text).toBe(p.text);
          expect(draft.sections).toHaveLength(6);
        }),
        { numRuns: 30 },
      );
    },
  );
});

/**
 * A small, valid scenario for tests, built in code so each test can override just what it is about.
 * It goes through the real schema, so defaults apply exactly as they do for scenario files.
 */
import { scenarioSchema, type Scenario, type ScenarioInput } from '../domain/scenario/schema';

const lines = (what: string) => ({
  calm: { line: `${what} (calm)`, cue: 'Relaxed shoulders, steady eye contact.' },
  frustrated: { line: `${what} (frustrated)`, cue: 'Arms folded, sighing.' },
  aggressive: { line: `${what} (aggressive)`, cue: 'Leaning over the counter, voice raised.' },
  'de-escalated': { line: `${what} (de-escalated)`, cue: 'Sitting back, breathing slower.' },
});

export function fakeScenarioInput(): ScenarioInput {
  return {
    format: 1,
    id: 'fake-counter',
    title: 'A test counter',
    summary: 'A customer wants something the learner can only partly give.',
    setting: 'Test office counter',
    channel: 'face-to-face',
    difficulty: 'introductory',
    minutes: 5,
    role: 'You are a counter officer.',
    situation: 'A customer arrives upset about a delay.',
    customer: {
      name: 'Sam Test',
      age: 40,
      wants: 'Their document today.',
      background: 'Has waited weeks.',
      components: {
        environmental: ['Long queue'],
        organisational: ['Processing backlog'],
        personal: ['Travel stress'],
      },
      initialTension: 50,
    },
    policy: {
      mayOffer: ['An urgent appointment'],
      mayNotOffer: ['A guaranteed date'],
      tolerance: { behaviour: 'Threats or abuse', tension: 85 },
    },
    flow: {
      start: 'opening',
      maxTurns: 6,
      safetyEnding: 'stepped-back',
      breakingPointEnding: 'walked-out',
      turnLimitEnding: 'walked-out',
    },
    beats: {
      opening: {
        stage: 'opening',
        customer: lines('Where is my passport?'),
        next: { default: 'options', aggressive: 'opening' },
        responses: [
          {
            id: 'acknowledge',
            text: 'That sounds really worrying.',
            techniques: ['empathy'],
            feedback: { why: 'Feelings first.', consequence: 'They soften.' },
          },
          {
            id: 'rules',
            text: 'Processing takes ten weeks, as stated.',
            techniques: ['quoting-rules'],
            feedback: { why: 'Rules at a person.', consequence: 'They bristle.' },
          },
          {
            id: 'calm-down',
            text: 'Calm down, please.',
            techniques: ['dismissing'],
            feedback: { why: 'Dismissive.', consequence: 'Anger rises.' },
          },
          {
            id: 'options-early',
            text: 'I can book you an urgent appointment.',
            techniques: ['offer-alternatives'],
            feedback: { why: 'Too soon?', consequence: 'Depends on mood.' },
          },
        ],
      },
      options: {
        stage: 'options',
        beyondAuthority: true,
        customer: lines('Can you just fast-track it?'),
        next: 'agree',
        responses: [
          {
            id: 'supervisor',
            text: 'Let me ask my supervisor, who can approve that.',
            techniques: ['seek-help'],
            next: 'referred',
            feedback: { why: 'Beyond authority.', consequence: 'Referred.' },
          },
          {
            id: 'offer',
            text: 'I can book an urgent appointment for tomorrow.',
            techniques: ['offer-alternatives'],
            feedback: { why: 'Within policy.', consequence: 'Considered.' },
          },
          {
            id: 'promise',
            text: 'I will make sure it is ready tomorrow.',
            techniques: ['over-promising'],
            feedback: { why: 'Cannot promise.', consequence: 'False hope.' },
          },
        ],
      },
      agree: {
        stage: 'agreement',
        customer: lines('So what happens now?'),
        next: 'resolved',
        responses: [
          {
            id: 'summarise',
            text: 'You come in at nine; bring your ticket.',
            techniques: ['agree-way-forward', 'summarise-next-steps'],
            feedback: { why: 'Clear.', consequence: 'Agreed.' },
          },
          {
            id: 'explain',
            text: 'The backlog is why; here is what we can do.',
            techniques: ['explain-position'],
            feedback: { why: 'Honest.', consequence: 'Accepted.' },
          },
          {
            id: 'argue',
            text: 'You should have applied earlier.',
            techniques: ['arguing-blaming'],
            next: 'walked-out',
            feedback: { why: 'Blame.', consequence: 'They leave.' },
          },
        ],
      },
    },
    endings: {
      resolved: {
        kind: 'resolved',
        title: 'Way forward agreed',
        text: 'They leave with an appointment.',
      },
      referred: {
        kind: 'referred',
        title: 'Supervisor takes over',
        text: 'The supervisor reviews the case.',
      },
      'stepped-back': {
        kind: 'withdrew-safely',
        title: 'You stepped back',
        text: 'A colleague took over.',
      },
      'walked-out': {
        kind: 'customer-left',
        title: 'The customer walked out',
        text: 'They left angry.',
      },
    },
  };
}

export function fakeScenario(patch: (s: ScenarioInput) => void = () => {}): Scenario {
  const input = fakeScenarioInput();
  patch(input);
  return scenarioSchema.parse(input);
}

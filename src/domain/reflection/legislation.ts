/**
 * The standards and legislation a reflective account links to, as data: each entry says when the
 * scenario's facts make it relevant and how it bears on this conversation. The IAO criterion asks
 * for "linking to relevant standards or legislation"; the seeds name the Equality Act 2010, the
 * Health and Safety at Work etc. Act 1974 and data protection, and every unit names the
 * organisation's complaints procedure and limits of authority.
 */
import { legacyLimitTension } from '../escalation/limit';
import type { SessionAnalysis } from '../analysis/analysis-types';
import type { Scenario } from '../scenario/schema';

/** What the table's predicates look at, derived from the scenario and the session. */
export interface ScenarioFacts {
  customerName: string;
  /** The words in the persona or situation that show a communication barrier, if any. */
  communicationBarrier: string | null;
  /** The persona's listed vulnerabilities. */
  vulnerabilities: string[];
  /** Turns answered past the limit (an older version: tension at or over its threshold, before or after). */
  limitTurns: number[];
  /** The conversation ended in an incident. */
  incident: boolean;
  /** Turns where the learner stepped back and got support. */
  safetyActionTurns: number[];
  /** The words in the scenario that show personal data is involved, if any. */
  personalData: string | null;
  /** What the learner may not offer (the policy's limits of authority). */
  limits: string[];
}

const BARRIER =
  /\b(interpreter|translat(?:e|or|ion)|first language|limited english|little english|english is not|language barrier|communication barriers?|hard of hearing|deaf|hearing (?:aid|loss|impairment)|sign language|BSL|visual(?:ly)? impair\w*|blind|partially sighted|speech impairment|stammer\w*|learning disabilit(?:y|ies)|dyslexi\w*|autis\w*|dementia)\b/i;
const PERSONAL_DATA =
  /\b(personal (?:data|details|information)|date of birth|national insurance(?: number)?|reference number|bank details|passport number|home address|medical (?:records?|information)|case (?:file|notes|record)|records?)\b/i;

const found = (re: RegExp, texts: readonly string[]) => {
  for (const t of texts) {
    const m = re.exec(t);
    if (m) return m[1]!;
  }
  return null;
};

/** Derives the facts from the scenario text and the session. */
export function scenarioFacts(scenario: Scenario, analysis: SessionAnalysis): ScenarioFacts {
  const c = scenario.customer;
  const persona = [
    c.background,
    c.wants,
    ...c.vulnerabilities,
    ...c.components.personal,
    scenario.situation,
  ];
  const conversation = Object.values(scenario.beats).flatMap((b) => [
    ...Object.values(b.customer).map((m) => m.line),
    ...b.responses.map((r) => r.text),
  ]);
  const everything = [
    scenario.role,
    scenario.situation,
    c.background,
    ...scenario.policy.mayOffer,
    ...scenario.policy.mayNotOffer,
    ...conversation,
  ];
  return {
    customerName: c.name,
    communicationBarrier: found(BARRIER, persona),
    vulnerabilities: [...c.vulnerabilities],
    limitTurns: analysis.turns
      .filter((t) => t.limitCrossed || crossedAfter(scenario, t.tensionAfter))
      .map((t) => t.turn),
    incident: analysis.ending.kind === 'incident',
    safetyActionTurns: analysis.turns
      .filter((t) => t.effect.techniques.includes('safety-action'))
      .map((t) => t.turn),
    personalData: found(PERSONAL_DATA, everything),
    limits: [...scenario.policy.mayNotOffer],
  };
}

/** An older version's threshold also counts a turn whose answer took tension over it. */
const crossedAfter = (scenario: Scenario, tension: number): boolean => {
  const threshold = legacyLimitTension(scenario);
  return threshold !== null && tension >= threshold;
};

/** One entry of the table. */
export interface LegislationLink {
  id: string;
  /** The instrument or standard, by its proper title. */
  title: string;
  /** When the scenario's facts make it relevant. */
  when: (facts: ScenarioFacts) => boolean;
  /** How it bears on this conversation, first person, one or two sentences. */
  relevance: (facts: ScenarioFacts) => string;
}

const turns = (ns: readonly number[]) =>
  ns.length === 1 ? `turn ${ns[0]}` : `turns ${ns.join(', ')}`;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const noStop = (s: string) => s.trim().replace(/[.\s]+$/, '');

/** The table, in the order the draft lists relevant entries. */
export const LEGISLATION: readonly LegislationLink[] = [
  {
    id: 'equality-act-2010',
    title: 'Equality Act 2010',
    when: (f) => f.communicationBarrier !== null || f.vulnerabilities.length > 0,
    relevance: (f) => {
      const barrier = f.communicationBarrier;
      const listed =
        barrier !== null &&
        f.vulnerabilities.some((v) => v.toLowerCase().includes(barrier.toLowerCase()));
      const why = [
        ...(barrier && !listed ? [`a communication barrier (${barrier})`] : []),
        ...f.vulnerabilities.map(noStop),
      ].join('; ');
      return `What made it relevant for ${f.customerName}: ${why}. The Act requires a service that does not discriminate and makes reasonable adjustments for disabled people, so I have to adapt how I communicate (plain words, pace, an interpreter or another format) so that the service is as accessible to them as to anyone else.`;
    },
  },
  {
    id: 'health-and-safety-at-work-act-1974',
    title: 'Health and Safety at Work etc. Act 1974',
    when: (f) => f.limitTurns.length > 0 || f.safetyActionTurns.length > 0 || f.incident,
    relevance: (f) => {
      const crossed = f.limitTurns.length
        ? `Behaviour reached the organisation’s tolerance limit at ${turns(f.limitTurns)}`
        : f.incident
          ? 'The conversation ended in an incident'
          : 'Safety was in question';
      const acted = f.safetyActionTurns.length
        ? `, and I stepped back and got support at ${turns(f.safetyActionTurns)}`
        : '';
      return `${crossed}${acted}. Section 7 of the Act requires me to take reasonable care of my own health and safety and that of others affected by what I do, and to co-operate with my employer’s arrangements, such as its tolerance limit and how to get support.`;
    },
  },
  {
    id: 'data-protection-act-2018-uk-gdpr',
    title: 'Data Protection Act 2018 and UK GDPR',
    when: (f) => f.personalData !== null,
    relevance: (f) =>
      `The conversation involved personal data (${f.personalData}). I may use it only for the purpose it was collected for, should be sure who I am speaking to before discussing a record, and must not let other people overhear or see it.`,
  },
  {
    id: 'complaints-procedure-and-limits-of-authority',
    title: 'The organisation’s complaints procedure and my limits of authority',
    when: () => true,
    relevance: (f) =>
      `My limits of authority in this role (what I may not offer or do): ${f.limits.map((l) => lowerFirst(noStop(l))).join('; ')}. When a customer wants more than I can offer, the complaints procedure and escalation to a colleague or manager are the proper routes, not a promise I cannot keep.`,
  },
];

/** The entries the facts make relevant, with their relevance written out. */
export function relevantLegislation(
  facts: ScenarioFacts,
): { id: string; title: string; relevance: string }[] {
  return LEGISLATION.filter((l) => l.when(facts)).map((l) => ({
    id: l.id,
    title: l.title,
    relevance: l.relevance(facts),
  }));
}

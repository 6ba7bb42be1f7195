/**
 * Per-framework matrices, part 1: IAO Level 3, BTEC Unit 7 and ICSA4 4.4, scored against hand-built
 * sessions of the fake scenario. Every criterion's expected status is worked out from its wording
 * (quoted in the comments) and the session; criteria not listed are expected to need other evidence.
 * D demonstrated, P partly, N not demonstrated, O needs other evidence.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { loadFrameworkFiles } from '../../../scripts/load-frameworks';
import type { Scenario } from '../scenario/schema';
import { fakeScenario } from '../../test-util/fake-scenario';
import {
  fakeVariants,
  session,
  statusLetters,
  WITHDRAW,
  type StatusLetter,
} from '../../test-util/sessions';
import { scoreSession } from './score-session';

const dir = path.join(
  fileURLToPath(new URL('../../..', import.meta.url)),
  'scenarios',
  'frameworks',
);
const frameworks = new Map(loadFrameworkFiles(dir).map((f) => [f.id, f]));
const fake = fakeScenario();

/** The whole matrix for a session: `listed` statuses, every other criterion O. */
function matrix(
  frameworkId: string,
  scenario: Scenario,
  ids: string[],
): Record<string, StatusLetter> {
  return statusLetters(scoreSession(scenario, session(ids), frameworks.get(frameworkId)!));
}
const expected = (frameworkId: string, listed: Record<string, StatusLetter>) => ({
  ...Object.fromEntries(frameworks.get(frameworkId)!.criteria.map((c) => [c.code, 'O'])),
  ...listed,
});

// Sessions (fake scenario): GOOD acknowledges, offers an appointment, agrees and summarises
// (resolved; the customer de-escalates before turn 3 and the learner changes approach). POOR quotes
// rules, over-promises and blames (the customer walks out). MIXED acknowledges, over-promises, then
// agrees (resolved). HELP acknowledges then asks the supervisor when the request is beyond authority.
const GOOD = ['acknowledge', 'offer', 'summarise'];
const POOR = ['rules', 'promise', 'argue'];
const MIXED = ['acknowledge', 'promise', 'summarise'];
const HELP = ['acknowledge', 'supervisor'];
const UNRES = ['acknowledge', 'offer', 'explain', 'signpost'];

describe('IAO Level 3: Dealing with Difficult Customers and Situations', () => {
  const iao = 'iao-l3-difficult-customers';
  // AC1 (list characteristics) and AC2 (break a situation into components) are knowledge; AC4 is a
  // reflective account. AC3: "a minimum of two de-escalation techniques … with evidence of adapting
  // approach based on customer responses".
  it('good: two or more techniques and a change of approach when the mood changed — AC3 demonstrated', () => {
    expect(matrix(iao, fake, GOOD)).toEqual(expected(iao, { AC3: 'D' }));
  });
  it('mixed: two techniques but no adaptation, and an over-promise — AC3 partly', () => {
    expect(matrix(iao, fake, MIXED)).toEqual(expected(iao, { AC3: 'P' }));
  });
  it('help: a single technique and no adaptation — AC3 partly', () => {
    expect(matrix(iao, fake, HELP)).toEqual(expected(iao, { AC3: 'P' }));
  });
  it('poor: no de-escalation technique at all — AC3 not demonstrated', () => {
    expect(matrix(iao, fake, POOR)).toEqual(expected(iao, { AC3: 'N' }));
  });
  it('stepping back at once, over the limit, shows no de-escalation technique', () => {
    expect(matrix(iao, fakeVariants.tense(), [WITHDRAW])).toEqual(expected(iao, { AC3: 'N' }));
  });
});

describe('BTEC Level 2 Unit 7: Handling Customer Conflict and Challenge', () => {
  const btec = 'btec-l2-unit7-conflict';
  // 1.1–1.5 are Describe/Explain/State (knowledge); 2.8 (keep informed over time) and 2.10
  // (records) cannot be shown in a conversation; 2.9 needs checking understanding, which no fake
  // response offers; 3.1/3.2 need an issue that cannot be resolved here, which the base fake
  // scenario never has.
  it('good: every criterion the session can show, except seeking help, which it did not need to', () => {
    expect(matrix(btec, fake, GOOD)).toEqual(
      expected(btec, {
        '2.1': 'D', // changed approach in the turn after the customer de-escalated
        '2.2': 'D', // empathy, and no poor technique anywhere
        '2.3': 'D', // empathy shows the customer's point of view
        '2.4': 'D', // an urgent appointment is a workable option within policy
        '2.5': 'D', // agreed and resolved
        '2.6': 'N', // the fast-track request was beyond authority, and help was not sought
        '2.7': 'D', // next steps summarised before the close
      }),
    );
  });
  it('mixed: the over-promise makes calmness and the agreed resolution only partly shown', () => {
    expect(matrix(btec, fake, MIXED)).toEqual(
      expected(btec, {
        '2.1': 'O', // the mood never changed between answers: no occasion
        '2.2': 'P',
        '2.3': 'D',
        '2.4': 'N',
        '2.5': 'P',
        '2.6': 'N',
        '2.7': 'D',
      }),
    );
  });
  it('help: seeking help when the request was beyond authority is 2.6; nothing was agreed or summarised', () => {
    expect(matrix(btec, fake, HELP)).toEqual(
      expected(btec, {
        '2.1': 'O', // no mood change: no occasion
        '2.2': 'O', // two responses are too few to show calm throughout
        '2.3': 'D',
        '2.4': 'N',
        '2.5': 'N',
        '2.6': 'D',
        '2.7': 'N',
      }),
    );
  });
  it('poor: nothing demonstrated; 2.1 had no change of mood to respond to, so needs other evidence', () => {
    expect(matrix(btec, fake, POOR)).toEqual(
      expected(btec, {
        '2.1': 'O', // so it needs other evidence
        '2.2': 'N',
        '2.3': 'N',
        '2.4': 'N',
        '2.5': 'N',
        '2.6': 'N',
        '2.7': 'N',
      }),
    );
  });
  it('unresolvable: explaining why and signposting elsewhere show 3.1 and 3.2', () => {
    // In this variant no response agrees a way forward or summarises, so 2.5 and 2.7 cannot be shown.
    expect(matrix(btec, fakeVariants.unresolvable(), UNRES)).toEqual(
      expected(btec, {
        '2.1': 'D',
        '2.2': 'D',
        '2.3': 'D',
        '2.4': 'D',
        '2.6': 'N',
        '3.1': 'D',
        '3.2': 'D',
      }),
    );
  });
});

describe('ICSA4 4.4: Explain how to recognise when a customer is angry or confused', () => {
  it('is knowledge, so no session demonstrates it', () => {
    const id = 'l2-pss-icsa4-4-4';
    for (const ids of [GOOD, POOR, HELP]) expect(matrix(id, fake, ids)).toEqual({ '4.4': 'O' });
  });
});

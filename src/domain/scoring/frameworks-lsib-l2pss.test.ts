/**
 * Per-framework matrices, part 2: the two LSIB units and ICSC1/ICSF2, scored against hand-built
 * sessions of the fake scenario (see frameworks-iao-btec.test.ts for the sessions). Criteria not
 * listed are expected to need other evidence (knowledge, not showable in a conversation, or not
 * offered by the fake scenario: it has no active-listening, open-questions or checking-understanding
 * response). D demonstrated, P partly, N not demonstrated, O needs other evidence.
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
const matrix = (id: string, scenario: Scenario, ids: string[]) =>
  statusLetters(scoreSession(scenario, session(ids), frameworks.get(id)!));
const expected = (id: string, listed: Record<string, StatusLetter>) => ({
  ...Object.fromEntries(frameworks.get(id)!.criteria.map((c) => [c.code, 'O'])),
  ...listed,
});

const GOOD = ['acknowledge', 'offer', 'summarise'];
const POOR = ['rules', 'promise', 'argue'];
const MIXED = ['acknowledge', 'promise', 'summarise'];
const HELP = ['acknowledge', 'supervisor'];
const UNRES = ['acknowledge', 'offer', 'explain', 'signpost'];
/** Over the limit at 95; offering too soon only takes it to 91, then the learner steps back. */
const LATE = ['options-early', WITHDRAW];

describe('LSIB: Deliver customer service to difficult customers', () => {
  const id = 'lsib-l2-difficult-customers';
  it('good: recognised the change, saw their view, offered and agreed, summarised; no safety or help occasion', () => {
    expect(matrix(id, fake, GOOD)).toEqual(
      expected(id, {
        '1.1': 'D', // recognised the behaviour: changed approach when the mood changed
        '1.3': 'D', // signs and signals: same
        '1.4': 'D', // "see the situation from the customer's point of view": empathy
        '1.6': 'O', // tolerance limit never reached: no occasion, so other evidence is needed
        '1.7': 'D', // said nothing that provokes (no poor technique)
        '2.3': 'D', // "options that might be available": the appointment
        '2.4': 'D', // empathy without admitting fault
        '2.5': 'N', // never explained the organisation's position
        '2.6': 'D', // agreed a way forward the organisation can deliver
        '2.7': 'N', // options were outside authority (fast-track) and help was not enlisted
        '2.8': 'D', // summarised the actions
        '2.10': 'O', // no safety action was needed: no occasion
      }),
    );
  });
  it('poor: nothing demonstrated', () => {
    // 1.1, 1.3 (no mood change) and 1.6, 2.10 (limit never reached) had no occasion: other evidence.
    const listed = ['1.4', '1.7', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8'];
    expect(matrix(id, fake, POOR)).toEqual(
      expected(id, Object.fromEntries(listed.map((c) => [c, 'N' as const]))),
    );
  });
  it('stepping back as soon as behaviour is over the limit shows 1.6 and 2.10', () => {
    expect(matrix(id, fakeVariants.tense(), [WITHDRAW])).toEqual(
      expected(id, {
        '1.1': 'O', // no mood change to respond to
        '1.3': 'O',
        '1.4': 'N',
        '1.6': 'D',
        '1.7': 'O', // fewer than three responses to the customer: no occasion
        '2.3': 'N',
        '2.4': 'N',
        '2.5': 'N',
        '2.6': 'N',
        '2.7': 'N',
        '2.8': 'N',
        '2.10': 'D',
      }),
    );
  });
  it('carrying on for a turn over the limit before stepping back shows them only partly', () => {
    expect(matrix(id, fakeVariants.tense(95), LATE)).toEqual(
      expected(id, {
        '1.1': 'O', // no mood change to respond to
        '1.3': 'O',
        '1.4': 'N',
        '1.6': 'P',
        '1.7': 'O', // fewer than three responses to the customer: no occasion
        '2.3': 'D',
        '2.4': 'N',
        '2.5': 'N',
        '2.6': 'N',
        '2.7': 'N',
        '2.8': 'N',
        '2.10': 'P',
      }),
    );
  });
});

describe('LSIB: Deal with disorderly and aggressive behaviour', () => {
  const id = 'lsib-l2-disorderly-aggressive';
  it('good: recognised and defused, politely; no safety occasion', () => {
    expect(matrix(id, fake, GOOD)).toEqual(
      expected(id, {
        '1.4': 'D',
        '1.5': 'D',
        '1.6': 'O', // the limit was never crossed: no occasion
        '2.1': 'D',
        '2.2': 'D',
        '2.3': 'D',
        '2.6': 'O',
      }),
    );
  });
  it('poor: nothing demonstrated', () => {
    expect(matrix(id, fake, POOR)).toEqual(
      expected(id, {
        '1.4': 'O', // no mood change: no occasion
        '1.5': 'N',
        '1.6': 'O', // the limit was never crossed: no occasion
        '2.1': 'O',
        '2.2': 'N',
        '2.3': 'N',
        '2.6': 'O',
      }),
    );
  });
  it('over the limit: stepping back at once is the permitted action (1.6, 2.6); late is partly', () => {
    expect(matrix(id, fakeVariants.tense(), [WITHDRAW])).toEqual(
      expected(id, {
        '1.4': 'O', // no mood change: no occasion
        '1.5': 'N',
        '1.6': 'D',
        '2.1': 'O',
        '2.2': 'N',
        '2.3': 'N',
        '2.6': 'D',
      }),
    );
    // One technique and no adaptation: defusing (1.5, 2.2) only partly shown.
    expect(matrix(id, fakeVariants.tense(95), LATE)).toEqual(
      expected(id, {
        '1.4': 'O',
        '1.5': 'P',
        '1.6': 'P',
        '2.1': 'O',
        '2.2': 'P',
        '2.3': 'N',
        '2.6': 'P',
      }),
    );
  });
});

describe('ICSC1: Recognise and deal with customer queries, requests and problems', () => {
  const id = 'l2-pss-icsc1-queries-problems';
  it('good: positive and professional, kept the customer informed; help was not sought', () => {
    expect(matrix(id, fake, GOOD)).toEqual(
      expected(id, {
        '1.1': 'D',
        '1.2': 'N',
        '1.3': 'N',
        '1.4': 'D',
        '2.1': 'D',
        '2.2': 'D',
        '2.3': 'D',
        '2.4': 'N',
        '2.6': 'D',
      }),
    );
  });
  it('help: passing the problem on when it was beyond them is 1.2, 1.3 and 2.4', () => {
    expect(matrix(id, fake, HELP)).toEqual(
      expected(id, {
        '1.1': 'O', // two responses are too few to show no poor technique throughout
        '1.2': 'D',
        '1.3': 'D',
        '1.4': 'N',
        '2.1': 'D',
        '2.2': 'O',
        '2.3': 'O',
        '2.4': 'D',
        '2.6': 'N',
      }),
    );
  });
  it('mixed: the over-promise "makes the problem worse" (2.2) and spoils calm confidence (2.3)', () => {
    expect(matrix(id, fake, MIXED)).toEqual(
      expected(id, {
        '1.1': 'N',
        '1.2': 'N',
        '1.3': 'N',
        '1.4': 'D',
        '2.1': 'D',
        '2.2': 'N',
        '2.3': 'P',
        '2.4': 'N',
        '2.6': 'D',
      }),
    );
  });
  it('poor: nothing demonstrated', () => {
    const listed = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '2.6'];
    expect(matrix(id, fake, POOR)).toEqual(
      expected(id, Object.fromEntries(listed.map((c) => [c, 'N' as const]))),
    );
  });
});

describe('ICSF2: Follow the rules to deliver customer service', () => {
  const id = 'l2-pss-icsf2-follow-rules';
  it('good: options within policy (1.1); the limit of authority was met by an alternative, not a referral', () => {
    expect(matrix(id, fake, GOOD)).toEqual(expected(id, { '1.1': 'D', '1.2': 'N', '1.3': 'N' }));
  });
  it('help: referring to somebody in authority when needed is 1.2 and 1.3', () => {
    expect(matrix(id, fake, HELP)).toEqual(expected(id, { '1.1': 'N', '1.2': 'D', '1.3': 'D' }));
  });
  it('unresolvable: explained the limits but did not refer when the request was beyond authority — 1.2 partly', () => {
    expect(matrix(id, fakeVariants.unresolvable(), UNRES)).toEqual(
      expected(id, { '1.1': 'D', '1.2': 'P', '1.3': 'N' }),
    );
  });
  it('poor and mixed: an over-promise breaks the procedure', () => {
    expect(matrix(id, fake, POOR)).toEqual(expected(id, { '1.1': 'N', '1.2': 'N', '1.3': 'N' }));
    expect(matrix(id, fake, MIXED)).toEqual(expected(id, { '1.1': 'N', '1.2': 'N', '1.3': 'N' }));
  });
});

// @vitest-environment jsdom
// Reviewing one verified log and recording a decision: the facts (attempt, mode), the transcript
// with the customer's cues and replies, the account with the draft's words told apart, the criteria
// with links into the transcript; the decision form's error summary, the coaching check, recording,
// the record kept after a reload, and its JSON export. A practice log gets no decision.
import 'fake-indexeddb/auto';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { decisionProblems } from '../../../domain/assessor/decision-check';
import { downloadFile } from '../../../export/download';
import { useDecisions } from '../../../store/decisions-store';
import {
  batchCases,
  exportedFixture,
  HOSTILE_NAME,
  type BatchCase,
} from '../../../test-util/assess-files';
import { chooseFiles, renderAssess, resetAssess } from '../assess-test-kit';

vi.mock('../../../export/download', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../export/download')>()),
  downloadFile: vi.fn(),
}));

const IAO =
  'IAO Level 3 Certificate in Operational Delivery (Advanced) — Dealing with Difficult Customers and Situations';

let cases: BatchCase[];
let fixture: Awaited<ReturnType<typeof exportedFixture>>['fixture'];
beforeAll(async () => {
  cases = await batchCases();
  ({ fixture } = await exportedFixture({ learnerName: HOSTILE_NAME }));
});
beforeEach(resetAssess);
afterEach(() => vi.mocked(downloadFile).mockClear());

/** Loads `names` from the test batch and opens the review of the first. */
async function openReview(...names: string[]) {
  renderAssess();
  const user = await chooseFiles(cases.filter((c) => names.includes(c.name)));
  await user.click(screen.getByRole('link', { name: `Review ${names[0]}` }));
  await screen.findByRole('heading', { level: 1, name: /^Review: / });
  return user;
}

const group = (name: RegExp | string) => screen.getByRole('group', { name });

/** Decides every criterion shown: met with the cited evidence where there is any, else not yet met. */
async function decideAll(user: UserEvent) {
  const fieldsets = screen
    .getAllByRole('group')
    .filter((g) => g.classList.contains('criterion-decision'));
  for (const g of fieldsets) {
    const cite = within(g).queryByRole('button', { name: /^Add the cited evidence/ });
    if (cite) {
      await user.click(within(g).getByRole('radio', { name: 'Met' }));
      await user.click(cite);
    } else {
      await user.click(within(g).getByRole('radio', { name: 'Not yet met' }));
      await user.type(within(g).getByRole('textbox'), 'The simulation gave no occasion for it.');
    }
  }
  return fieldsets.length;
}

// Typing a decision as an assessor does takes a while on a busy machine.
describe('reviewing a log', { timeout: 30_000 }, () => {
  it('shows whose log it is, its attempt and mode, and every turn with the customer’s cues', async () => {
    const { container } = renderAssess();
    await chooseFiles(cases.slice(0, 1));
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Review ana-learner.json' }));
    const h1 = await screen.findByRole('heading', { level: 1, name: /^Review: / });
    expect(h1).toHaveTextContent(`Review: ${HOSTILE_NAME}, Passport delayed, flight on Friday`);
    await waitFor(() => expect(h1).toHaveFocus());
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByText('assessment (simulation evidence, S)')).toBeInTheDocument();
    expect(screen.getByText('2 (1 earlier in the learner’s browser)')).toBeInTheDocument();
    const transcript = screen.getByRole('region', { name: 'Transcript' });
    for (const t of fixture.trace.turns) {
      const turn = within(transcript)
        .getByRole('heading', { level: 3, name: new RegExp(`^Turn ${t.turn} `) })
        .closest('li')!;
      expect(turn).toHaveTextContent(t.customerCue);
      expect(turn).toHaveTextContent(`“${t.text}”`);
      if (t.reply) expect(turn).toHaveTextContent(t.reply.cue);
    }
    expect(within(transcript).getByText(/^Tutor override/)).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Tension across the conversation' }),
    ).toBeInTheDocument();
  });

  it('tells the learner’s own words from the words kept from the generated draft', async () => {
    await openReview('ana-learner.json');
    const account = screen.getByRole('region', { name: 'Reflective account' });
    expect(account).toHaveTextContent(
      '61% of this account is in the learner’s own words (22 of 36 words)',
    );
    const text = within(account).getByRole('group', {
      name: 'The account, as the learner left it',
    });
    const marked = [...text.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marked[0]).toBe(
      '[kept from the draft: In this session I spoke with a customer whose passport had not arrived. ]',
    );
    expect(text.textContent!.replace(/\[kept from the draft: |\]/g, '')).toBe(
      fixture.trace.reflection!.text,
    );
    expect(account).toHaveTextContent(`Signed by ${HOSTILE_NAME} on 1 June 2026`);
  });

  it('links each criterion’s cited turn to that turn of the transcript', async () => {
    const user = await openReview('ana-learner.json');
    const criteria = screen.getByRole('region', { name: 'Criteria and the evidence cited' });
    const link = within(criteria).getAllByRole('link', { name: /^Turn 1: / })[0]!;
    await user.click(link);
    expect(document.getElementById('turn-1')).toHaveFocus();
  });

  // Long: it types every comment as an assessor would.
  it(
    'lists every problem of the decision, refuses coaching, then records it',
    { timeout: 30_000 },
    async () => {
      const user = await openReview('ana-learner.json');
      await user.selectOptions(screen.getByLabelText('Qualification unit'), IAO);
      await screen.findByRole('heading', {
        level: 2,
        name: /^Your decision: Dealing with Difficult/,
      });
      await user.click(screen.getByRole('button', { name: 'Record the decision' }));
      const summary = await screen.findByRole('alert');
      expect(
        within(summary)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual([
        'Choose met or not yet met for AC1.',
        'Choose met or not yet met for AC2.',
        'Choose met or not yet met for AC3.',
        'Choose met or not yet met for AC4.',
        'Choose the overall decision.',
        'Enter your name as the assessor.',
        'Enter your role (for example, assessor or internal verifier).',
        'Tick the assessor’s declaration to record the decision.',
      ]);
      await user.click(
        within(summary).getByRole('link', { name: 'Enter your name as the assessor.' }),
      );
      expect(screen.getByLabelText('Assessor’s name')).toHaveFocus();

      const decided = await decideAll(user);
      expect(decided).toBe(4);
      await user.click(
        within(group('Overall decision')).getByRole('radio', { name: 'Not yet achieved' }),
      );
      await user.type(
        screen.getByLabelText('How the decision was reached (optional)'),
        'Next time, try to summarise.',
      );
      await user.type(screen.getByLabelText('Assessor’s name'), 'Priya Assessor');
      await user.type(screen.getByLabelText(/^Role/), 'Assessor');
      await user.click(screen.getByLabelText('I make this declaration'));
      await user.click(screen.getByRole('button', { name: 'Record the decision' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'The overall comment reads as advice on improving the evidence (“Next time”)',
      );
      await user.clear(screen.getByLabelText('How the decision was reached (optional)'));
      await user.type(
        screen.getByLabelText('How the decision was reached (optional)'),
        'Criteria met in the simulation are cited by turn.',
      );
      await user.click(screen.getByRole('button', { name: 'Record the decision' }));
      const recorded = await screen.findByRole('heading', {
        name: 'Decision recorded: Not yet achieved',
      });
      await waitFor(() => expect(recorded).toHaveFocus());
      expect(screen.getByRole('region', { name: /^Your decision/ })).toHaveTextContent(
        /By Priya Assessor \(Assessor\) on \d+ \w+ 2\d{3}, \d\d:\d\d/,
      );

      // Reload: the store reads the database again and the review finds the decision there.
      cleanup();
      useDecisions.setState({ status: 'idle', records: [], bad: [] });
      renderAssess(`/assess/review/${sealOf(cases[0]!)}`);
      await screen.findByRole('heading', { level: 1, name: /^Review: / });
      await user.selectOptions(screen.getByLabelText('Qualification unit'), IAO);
      expect(
        await screen.findByRole('heading', { name: 'Decision recorded: Not yet achieved' }),
      ).toBeInTheDocument();

      await user.click(screen.getByRole('button', { name: 'Download the decision (JSON)' }));
      await waitFor(() => expect(downloadFile).toHaveBeenCalled());
      const [name, text] = vi.mocked(downloadFile).mock.calls.at(-1)!;
      expect(name).toMatch(/^defuse-passport-delay-decision-iao-l3-difficult-customers-.*\.json$/);
      const record = JSON.parse(text) as { criteria: { comment: string; decision: string }[] };
      expect(decisionProblems(record)).toEqual([]);
      expect(
        record.criteria
          .filter((c) => c.decision === 'met')
          .every((c) => c.comment.startsWith('Evidenced in the simulation (S) at turn')),
      ).toBe(true);
    },
  );

  it('records no decision on a practice session', async () => {
    await openReview('sam-practice.json');
    expect(
      screen.getByText(/^This is a practice session\. It is not assessment evidence/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record the decision' })).toBeNull();
  });

  it('says so when the log asked for is not loaded', async () => {
    renderAssess(`/assess/review/${'a'.repeat(64)}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This log is not loaded' }),
    ).toBeInTheDocument();
  });
});

/** The seal hash a test file's log carries. */
const sealOf = (c: BatchCase): string =>
  (JSON.parse(new TextDecoder().decode(c.bytes!)) as { seal: { hash: string } }).seal.hash;

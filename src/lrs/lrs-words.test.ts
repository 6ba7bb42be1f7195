import { describe, expect, it } from 'vitest';
import { extract } from './lrs-client';
import { answerInWords } from './lrs-words';
import { statusInWords, waitingWords } from './status-words';
import type { OutboxStatus } from './outbox';

const E = 'https://lrs.example.org/xAPI';

describe('what the learner is told', () => {
  it('quotes what an LRS said as one short line of text: no control characters, no direction overrides', () => {
    const said = extract(
      `<script>alert(1)</script>\n=HYPERLINK("x")\u202e\u0007${'x'.repeat(300)}`,
    );
    expect(said.startsWith('<script>alert(1)</script> =HYPERLINK("x") x')).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(said).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/);
    expect(said.length).toBe(161);
    expect(answerInWords({ kind: 'invalid', status: 400, detail: said.slice(0, 41) }, E)).toBe(
      'The LRS refused the statements as not valid (400: “<script>alert(1)</script> =HYPERLINK("x")”).',
    );
  });

  it('counts waiting statements in words', () => {
    expect(waitingWords(1)).toBe('1 statement waiting to send');
    expect(waitingWords(3)).toBe('3 statements waiting to send');
  });

  it('says what the sender is doing', () => {
    const base: OutboxStatus = {
      state: 'idle',
      waiting: 0,
      configured: true,
      last: null,
      sent: 0,
      quarantined: [],
      problem: null,
    };
    expect(statusInWords(base)).toBe('Nothing is waiting to send.');
    expect(statusInWords({ ...base, state: 'sending', waiting: 1 })).toBe(
      'Sending 1 statement to the LRS…',
    );
    expect(statusInWords({ ...base, waiting: 3 })).toBe('3 statements waiting to send.');
    expect(
      statusInWords({
        ...base,
        state: 'stuck',
        waiting: 3,
        last: { ok: false, message: 'The LRS refused the key and secret (401).', at: 0 },
      }),
    ).toBe(
      '3 statements waiting to send. The LRS refused the key and secret (401). Check the LRS settings, then send again.',
    );
    expect(
      statusInWords({
        ...base,
        waiting: 0,
        last: { ok: true, message: 'Sent: the LRS stored all 8 statements.', at: 0 },
      }),
    ).toBe('Sent: the LRS stored all 8 statements.');
  });
});

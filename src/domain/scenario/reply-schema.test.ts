// A response's `reply`: one line and cue, or a choice by mood like `next`; optional, so older files
// (format 1, written before replies existed) still read as they are.
import { describe, expect, it } from 'vitest';
import { fakeScenarioInput } from '../../test-util/fake-scenario';
import { scenarioSchema } from './schema';

/** The fake scenario's input with `reply` set on its first response. */
function withReply(reply: unknown) {
  const input = fakeScenarioInput();
  const first = input.beats.opening!.responses[0]!;
  Object.assign(first, { reply });
  return scenarioSchema.safeParse(input);
}

const issuePaths = (r: ReturnType<typeof withReply>) =>
  r.success ? [] : r.error.issues.map((i) => i.path.join('.'));

describe('a response’s reply', () => {
  it('is optional: a file without replies reads as it did', () => {
    const parsed = scenarioSchema.parse(fakeScenarioInput());
    expect(parsed.beats.opening!.responses[0]!.reply).toBeUndefined();
  });

  it('may be one line and cue', () => {
    const r = withReply({ line: 'Yes, that’s right.', cue: 'She nods.' });
    expect(r.success).toBe(true);
    expect(r.data?.beats.opening!.responses[0]!.reply).toEqual({
      line: 'Yes, that’s right.',
      cue: 'She nods.',
    });
  });

  it('may be chosen by mood, with a default', () => {
    const r = withReply({
      default: { line: 'Yes.', cue: 'A nod.' },
      aggressive: { line: 'Obviously!', cue: 'Arms folded.' },
      'de-escalated': { line: 'Yes, thank you.', cue: 'A small smile.' },
    });
    expect(r.success).toBe(true);
  });

  it('refuses unknown fields, at either level', () => {
    expect(withReply({ line: 'Yes.', cue: 'A nod.', tone: 'warm' }).success).toBe(false);
    expect(withReply({ default: { line: 'Yes.', cue: 'A nod.' }, furious: {} }).success).toBe(
      false,
    );
    expect(withReply({ default: { line: 'Yes.', cue: 'A nod.', volume: 3 } }).success).toBe(false);
  });

  it('refuses an empty line or cue, a missing cue and a by-mood reply without a default', () => {
    expect(issuePaths(withReply({ line: '   ', cue: 'A nod.' })).join(' ')).toMatch(/reply/);
    expect(withReply({ line: '', cue: 'A nod.' }).success).toBe(false);
    expect(withReply({ line: 'Yes.', cue: '' }).success).toBe(false);
    expect(withReply({ line: 'Yes.' }).success).toBe(false);
    expect(withReply({ calm: { line: 'Yes.', cue: 'A nod.' } }).success).toBe(false);
    expect(withReply('Yes.').success).toBe(false);
  });
});

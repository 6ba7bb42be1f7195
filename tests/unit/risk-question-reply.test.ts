// In benefit-stopped, the learner who asks Denise directly whether she is thinking about harming
// herself hears her answer in the call itself (the turn's reply), before the next beat's line, in
// whatever mood the question leaves her; the answer is not only in the debrief's feedback.
import { describe, expect, it } from 'vitest';
import { customerNow, resolveReply } from '../../src/domain/escalation/engine';
import { MOODS } from '../../src/domain/scenario/schema';
import { trace } from '../../src/domain/session/trace';
import { makeLog } from '../../src/test-util/make-log';
import { pathTo } from '../../src/test-util/path-to';
import { builtInScenarios } from '../support/built-in-scenarios';

const scenario = builtInScenarios().find((s) => s.id === 'benefit-stopped')!;
const askAndStay = scenario.beats['not-coping']!.responses.find((r) => r.id === 'ask-and-stay')!;
/** A direct answer to "are you thinking about harming yourself?": no, or she doesn't know. */
const ANSWERS = /^(No\b|I don't know\b)/;

describe('benefit-stopped: the risk question is answered in the conversation', () => {
  it('asks the question the reply answers', () => {
    expect(askAndStay.text).toMatch(/are you thinking about harming yourself\?/);
    expect(askAndStay.text).toMatch(/I'm staying on the line with you/);
  });

  it('has an answer in every mood after the question, without details of self-harm', () => {
    for (const mood of MOODS) {
      const { line, cue } = resolveReply(askAndStay.reply!, mood);
      expect(line, mood).toMatch(ANSWERS);
      expect(`${line} ${cue}`, mood).not.toMatch(/pills|tablets|overdose|kill|end it/i);
      // She is not asked to hold: the learner said they were staying on the line.
      expect(line, mood).not.toMatch(/\bhold\b/i);
    }
  });

  it('records the answer on the traced turn, before the next beat’s line', async () => {
    const { events } = pathTo(scenario, 'not-coping');
    const steps = events.map((e) => (e.type === 'learner.respond' ? e.responseId : ''));
    const log = await makeLog(scenario, [...steps, 'ask-and-stay']);
    const t = trace(scenario, log);
    expect(t.discrepancies).toEqual([]);
    const turn = t.turns.at(-1)!;
    expect(turn).toMatchObject({ beatId: 'not-coping', responseId: 'ask-and-stay' });
    expect(turn.reply).toEqual(resolveReply(askAndStay.reply!, turn.moodAfter));
    expect(turn.reply!.line).toMatch(ANSWERS);
    // The reply is derived from the scenario, so the log entry does not carry it.
    expect(JSON.stringify(log.entries.at(-1))).not.toContain(turn.reply!.line);
    expect(t.final.ending).toBeNull();
    expect(t.final.beatId).toBe('pay-today');
    expect(customerNow(scenario, t.final).line).not.toBe(turn.reply!.line);
  });
});

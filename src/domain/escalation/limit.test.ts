import { describe, expect, it } from 'vitest';
import { fakeScenario, fakeScenarioInput } from '../../test-util/fake-scenario';
import { scenarioSchema } from '../scenario/schema';
import { checkLinks } from '../scenario/check-links';
import { computeEffect } from './compute-effect';
import { isLimitCrossed, limitCanBeCrossed } from './limit';
import { stateAt } from './state-at';

/** The fake scenario with its limit marked on the opening beat's aggressive cue, and no threshold. */
function marked() {
  const input = fakeScenarioInput();
  input.policy.tolerance = { behaviour: 'Threats or abuse' };
  const opening = input.beats['opening']!;
  opening.customer.aggressive = {
    line: 'I know where you park.',
    cue: 'He points at you and steps round the end of the counter.',
    crossesLimit: true,
  };
  return scenarioSchema.parse(input);
}

describe('the limit follows the cue the learner can see', () => {
  it('is crossed exactly where the beat and mood show the marked behaviour, whatever the tension', () => {
    const s = marked();
    expect(
      isLimitCrossed(s, stateAt(s, { beatId: 'opening', tension: 62, mood: 'aggressive' })),
    ).toBe(true);
    expect(
      isLimitCrossed(s, stateAt(s, { beatId: 'opening', tension: 99, mood: 'aggressive' })),
    ).toBe(true);
    expect(
      isLimitCrossed(s, stateAt(s, { beatId: 'opening', tension: 65, mood: 'frustrated' })),
    ).toBe(false);
    const otherBeat = Object.keys(s.beats).find((b) => b !== 'opening')!;
    expect(
      isLimitCrossed(s, stateAt(s, { beatId: otherBeat, tension: 95, mood: 'aggressive' })),
    ).toBe(false);
    expect(limitCanBeCrossed(s)).toBe(true);
  });

  it('judges calling a colleague right on the marked cue and passing the customer on elsewhere', () => {
    const s = marked();
    const seek = { techniques: ['seek-help' as const] };
    const crossed = stateAt(s, { beatId: 'opening', tension: 70, mood: 'aggressive' });
    expect(computeEffect(s, crossed, seek).techniques).toEqual(['seek-help']);
    const otherBeat = Object.keys(s.beats).find(
      (b) => b !== 'opening' && !s.beats[b]!.beyondAuthority,
    )!;
    const unmarked = stateAt(s, { beatId: otherBeat, tension: 95, mood: 'aggressive' });
    expect(computeEffect(s, unmarked, seek).techniques).toEqual(['passing-on']);
  });

  it('still judges an older version by its tension threshold, so its logs replay as recorded', () => {
    const s = fakeScenario();
    expect(s.policy.tolerance.tension).toBe(85);
    expect(
      isLimitCrossed(s, stateAt(s, { beatId: 'opening', tension: 85, mood: 'aggressive' })),
    ).toBe(true);
    expect(
      isLimitCrossed(s, stateAt(s, { beatId: 'opening', tension: 84, mood: 'aggressive' })),
    ).toBe(false);
  });

  it('refuses a file that marks a cue and also sets a threshold, naming the cue', () => {
    const input = fakeScenarioInput();
    input.beats['opening']!.customer.aggressive = {
      ...input.beats['opening']!.customer.aggressive,
      crossesLimit: true,
    };
    const issues = checkLinks(scenarioSchema.parse(input));
    expect(issues).toEqual([
      expect.objectContaining({
        path: ['beats', 'opening', 'customer', 'aggressive', 'crossesLimit'],
        message: expect.stringContaining('remove policy.tolerance.tension'),
      }),
    ]);
  });
});

describe('the best response past the limit', () => {
  it('is one that gets support, even when another line would calm the customer more', async () => {
    const { bestAlternative } = await import('./alternatives');
    const input = fakeScenarioInput();
    input.policy.tolerance = { behaviour: 'Threats or abuse' };
    const options = input.beats['options']!;
    options.beyondAuthority = false;
    options.customer.aggressive = { ...options.customer.aggressive, crossesLimit: true };
    const s = scenarioSchema.parse(input);
    const past = stateAt(s, { beatId: 'options', tension: 75, mood: 'aggressive' });
    expect(bestAlternative(s, past)?.response.id).toBe('supervisor');
    const below = stateAt(s, { beatId: 'options', tension: 55, mood: 'frustrated' });
    expect(bestAlternative(s, below)?.response.id).not.toBe('supervisor');
  });
});

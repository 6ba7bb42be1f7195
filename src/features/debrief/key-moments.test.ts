// The key moments that lead the debrief: the turns that changed the conversation most, at most
// three, in turn order, chosen from the debrief of a real traced session.
import { describe, expect, it } from 'vitest';
import { loadScenarioById } from 'virtual:scenarios';
import { analyseTrace } from '../../domain/analysis/analyse-session';
import { trace } from '../../domain/session/trace';
import { makeLog } from '../../test-util/make-log';
import { bestSession, worstSession } from '../../test-util/sessions';
import { debriefOf } from './debrief-model';
import { KEY_MOMENTS, keyMoments, momentWeight } from './key-moments';

async function debriefOfPlay(play: 'best' | 'worst') {
  const scenario = await loadScenarioById('passport-delay');
  const ids = play === 'best' ? bestSession(scenario) : worstSession(scenario);
  const log = await makeLog(scenario, ids);
  const t = trace(scenario, log);
  return debriefOf(t, analyseTrace(t));
}

describe('key moments', () => {
  it('are the weightiest turns, at most three, in turn order', async () => {
    for (const play of ['best', 'worst'] as const) {
      const { turns } = await debriefOfPlay(play);
      const moments = keyMoments(turns);
      expect(moments.length).toBe(Math.min(KEY_MOMENTS, turns.length));
      const numbers = moments.map((m) => m.turn.turn);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      const lightest = Math.min(...moments.map(momentWeight));
      for (const t of turns.filter((x) => !moments.includes(x)))
        expect(momentWeight(t)).toBeLessThanOrEqual(lightest);
    }
  });

  it('weigh a turn by how far it moved tension and how much better was available', async () => {
    const { turns } = await debriefOfPlay('worst');
    const missed = turns.find((t) => !t.chosenIsBest && t.best)!;
    expect(momentWeight(missed)).toBeGreaterThanOrEqual(
      Math.abs(missed.turn.tensionAfter - missed.turn.tensionBefore),
    );
    expect(keyMoments([])).toEqual([]);
  });
});

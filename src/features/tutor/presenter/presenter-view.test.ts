import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TECHNIQUE_INFO, TECHNIQUES } from '../../../domain/escalation/techniques';
import { trace } from '../../../domain/session/trace';
import type { ClassStage } from '../../../machines/tutor.machine';
import {
  classroomScenario,
  continueClassLog,
  DISCUSSION,
  makeClassLog,
  TUTOR_NOTES,
  type ClassStep,
} from '../../../test-util/class-log';
import { DEFAULT_DISCUSSION, presenterView } from './presenter-view';

const scenario = classroomScenario();
const view = async (steps: ClassStep[], stage: ClassStage) => {
  const log = await makeClassLog(scenario, steps);
  return presenterView({ scenario, log, engine: trace(scenario, log).final, stage });
};

describe('the projected screen', () => {
  it('shows the line, the cue and every option numbered for voting, stepping back last', async () => {
    const v = (await view([], 'voting'))!;
    expect(v.customer).toEqual({
      line: 'Where is my passport? (frustrated)',
      cue: 'Arms folded, sighing.',
    });
    expect(v.options.map((o) => o.number)).toEqual([1, 2, 3, 4, 5]);
    expect(v.options.at(-1)!.text).toBe('Step back and get support');
    expect(v.options.map((o) => o.text).sort()).toEqual(
      [...scenario.beats.opening!.responses.map((r) => r.text), 'Step back and get support'].sort(),
    );
    expect(v.turn).toBe(1);
    expect(v.discussion).toEqual([]);
  });

  it('shows the discussion prompts only when paused for discussion, and a plain one where there are none', async () => {
    expect((await view([], 'discussing'))!.discussion).toEqual([DISCUSSION.opening]);
    const later = await view([{ choose: 'acknowledge' }, { choose: 'offer' }], 'discussing');
    expect(later!.discussion).toEqual([DEFAULT_DISCUSSION]);
  });

  it('shows the class its choice and the reply, then what it did and why only once revealed', async () => {
    const steps: ClassStep[] = [{ choose: 'acknowledge', votes: { acknowledge: 4 } }];
    const chosen = (await view(steps, 'chosen'))!;
    expect(chosen.choice?.text).toBe('That sounds really worrying.');
    expect(chosen.options).toEqual([]);
    expect(chosen.reveal).toBeNull();
    const log = await makeClassLog(scenario, steps);
    const entry = log.entries[0]!;
    expect(chosen.choice?.number).toBe(
      entry.type === 'learner.respond' ? entry.shown.indexOf('acknowledge') + 1 : -1,
    );
    const revealed = (await view(steps, 'revealed'))!;
    expect(revealed.reveal).toEqual({
      whatItDid: 'They soften.',
      why: 'Feelings first.',
      change: 'Tension fell: Sam Test is still frustrated.',
    });
  });

  it('says why stepping back was right or passed the customer on, and shows the ending', async () => {
    const early = (await view([{ choose: 'step-back' }], 'revealed'))!;
    expect(early.choice).toEqual({ number: 5, text: 'Step back and get support' });
    expect(early.reveal?.why).toMatch(/had not crossed the line .*passes the customer on/);
    const late = (await view(
      [{ curveball: 40, reason: 'Shouting' }, { choose: 'step-back' }],
      'revealed',
    ))!;
    expect(late.reveal?.why).toMatch(/had crossed the line .*was right/);
    const ended = (await view([{ choose: 'step-back' }], 'ended'))!;
    expect(ended.ending).toEqual({ title: 'You stepped back', text: 'A colleague took over.' });
    expect(ended.customer).toBeNull();
  });

  it('shows the reason for a curveball until the class answers it', async () => {
    const steps: ClassStep[] = [{ curveball: 10, reason: 'The queue behind starts complaining' }];
    expect((await view(steps, 'voting'))!.curveball).toBe('The queue behind starts complaining');
    expect((await view([...steps, { choose: 'acknowledge' }], 'voting'))!.curveball).toBeNull();
  });

  it('keeps the last screen while the machine is saving or branching', async () => {
    expect(await view([], 'saving')).toBeNull();
    expect(await view([], 'branching')).toBeNull();
  });

  it('never carries the tutor notes, techniques, tension or votes, in any stage of any session', async () => {
    const labels = TECHNIQUES.map((t) => TECHNIQUE_INFO[t].label);
    const notes = Object.values(TUTOR_NOTES);
    const stages: ClassStage[] = ['voting', 'discussing', 'chosen', 'revealed', 'ended'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: 5 }), { maxLength: 6 }),
        fc.constantFrom(...stages),
        async (picks, stage) => {
          let log = await makeClassLog(scenario, []);
          for (const p of picks) {
            const state = trace(scenario, log).final;
            if (state.ending) break;
            const responses = scenario.beats[state.beatId]!.responses;
            const step: ClassStep =
              p === 5
                ? { curveball: 9, reason: 'A phone rings' }
                : { choose: responses[p % responses.length]!.id, votes: { 'step-back': p } };
            log = await continueClassLog(scenario, log, [step]);
          }
          const v = presenterView({ scenario, log, engine: trace(scenario, log).final, stage });
          const text = JSON.stringify(v);
          for (const n of notes) expect(text).not.toContain(n);
          for (const l of labels) expect(text).not.toContain(l);
          for (const id of TECHNIQUES) expect(text).not.toContain(`"${id}"`);
          expect(text).not.toMatch(/"(tension\w*|votes|techniques|tutorNotes)"/i);
          if (stage !== 'discussing') expect(text).not.toContain(DISCUSSION.opening);
        },
      ),
      { numRuns: 60 },
    );
  });
});

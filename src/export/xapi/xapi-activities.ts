/**
 * The activities statements are about: the scenario (a simulation), each beat the learner answered
 * (a choice interaction whose choices are the responses shown, in the order shown, then "Step back
 * and get support", which is on screen at every turn), and the qualification and unit the session
 * is grouped under.
 */
import type { Scenario } from '../../domain/scenario/schema';
import type { Framework } from '../../domain/scoring/framework-schema';
import { slug } from '../file-name';
import {
  ACTIVITY_TYPES,
  STEP_BACK_CHOICE,
  XAPI_LANGUAGE,
  beatIri,
  qualificationIri,
  scenarioIri,
  unitIri,
} from './xapi-iris';
import type { InteractionComponent, XapiActivity } from './xapi-types';

const words = (text: string) => ({ [XAPI_LANGUAGE]: text });

/** The words of the safety action, as the play screen labels its button. */
export const STEP_BACK_TEXT = 'Step back and get support';

export function scenarioActivity(scenario: Scenario): XapiActivity {
  return {
    objectType: 'Activity',
    id: scenarioIri(scenario.id),
    definition: {
      type: ACTIVITY_TYPES.simulation,
      name: words(scenario.title),
      description: words(scenario.summary),
    },
  };
}

/**
 * The beat `beatId` as a choice interaction, offering `shown` (response ids in the order shown).
 * An id the beat does not have is refused: a trace only gives ids of the beat it replayed.
 */
export function beatActivity(
  scenario: Scenario,
  beatId: string,
  shown: readonly string[],
): XapiActivity {
  const beat = scenario.beats[beatId];
  if (!beat) throw new Error(`scenario "${scenario.id}" has no beat "${beatId}"`);
  const choices: InteractionComponent[] = shown.map((id) => {
    const response = beat.responses.find((r) => r.id === id);
    if (!response) throw new Error(`beat "${beatId}" has no response "${id}"`);
    return { id, description: words(response.text) };
  });
  choices.push({ id: STEP_BACK_CHOICE, description: words(STEP_BACK_TEXT) });
  return {
    objectType: 'Activity',
    id: beatIri(scenario.id, beatId),
    definition: {
      type: ACTIVITY_TYPES.interaction,
      name: words(`${scenario.title}: what to say to ${scenario.customer.name} (${beatId})`),
      interactionType: 'choice',
      choices,
    },
  };
}

/** The qualification, then the unit: contextActivities.grouping. */
export function unitActivities(framework: Framework): XapiActivity[] {
  const unit = framework.unit;
  return [
    {
      objectType: 'Activity',
      id: qualificationIri(slug(framework.qualification, 120)),
      definition: {
        type: ACTIVITY_TYPES.qualification,
        name: words(framework.qualification),
      },
    },
    {
      objectType: 'Activity',
      id: unitIri(framework.id),
      definition: {
        type: ACTIVITY_TYPES.unit,
        name: words(unit.code ? `Unit ${unit.code}: ${unit.title}` : unit.title),
      },
    },
  ];
}

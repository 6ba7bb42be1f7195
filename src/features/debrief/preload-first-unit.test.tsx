// @vitest-environment jsdom
// Opening a debrief by its address starts loading the unit it will open on — the one the learner's
// account was drafted for, else the scenario's first — so the debrief has its criteria at once, and
// no other unit is fetched. (Loaded units are kept for the page, so each test checks units that no
// earlier test asked for.)
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadScenarioById } from 'virtual:scenarios';
import { makeLog } from '../../test-util/make-log';
import { bestSession } from '../../test-util/sessions';
import { useFrameworkCriteria } from './assessment-frameworks';
import { preloadFirstUnit } from './assessment-state';

/** The unit as the debrief's first render would have it: null if it still had to be loaded. */
const shownAtOnce = (id: string) =>
  renderHook(() => useFrameworkCriteria(id)).result.current.framework?.id ?? null;

describe('preloadFirstUnit', async () => {
  const scenario = await loadScenarioById('passport-delay');
  const [first, second, third, fourth] = scenario.frameworks as [string, string, string, string];

  it('loads the scenario’s first unit when no account has been drafted, and not the others', async () => {
    await preloadFirstUnit(scenario, await makeLog(scenario, bestSession(scenario)));
    expect(shownAtOnce(first)).toBe(first);
    expect(shownAtOnce(second)).toBeNull();
  });

  it('loads the unit the account was drafted for', async () => {
    const log = await makeLog(scenario, bestSession(scenario), {
      reflection: { frameworkId: third, draft: 'Draft', text: 'My account' },
    });
    await preloadFirstUnit(scenario, log);
    expect(shownAtOnce(third)).toBe(third);
    expect(shownAtOnce(fourth)).toBeNull();
  });
});

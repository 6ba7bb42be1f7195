// Loads a built-in scenario's data on demand (each version is its own chunk): the current version for
// a new session, or exactly the version an existing session was played on.
import { useEffect, useState } from 'react';
import { catalogue, loadScenarioById, loadScenarioVersion } from 'virtual:scenarios';
import type { Scenario } from '../domain/scenario/schema';

export type ScenarioLoad =
  | { status: 'loading' }
  | {
      status: 'ready';
      scenario: Scenario;
      /** the version shipped now, not an earlier one */ current: boolean;
    }
  | { status: 'missing'; message: string };

function useLoad(key: string, load: () => Promise<ScenarioLoad>): ScenarioLoad {
  const [state, setState] = useState<{ key: string; load: ScenarioLoad }>({
    key,
    load: { status: 'loading' },
  });
  useEffect(() => {
    let live = true;
    load().then(
      (l) => live && setState({ key, load: l }),
      (e: unknown) =>
        live &&
        setState({
          key,
          load: { status: 'missing', message: `The scenario could not be loaded: ${String(e)}` },
        }),
    );
    return () => {
      live = false;
    };
    // `key` names everything `load` reads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state.load : { status: 'loading' };
}

const unknownScenario = (id: string | undefined): ScenarioLoad => ({
  status: 'missing',
  message: `There is no scenario called “${id ?? ''}” in this library.`,
});

/** The current version of a scenario. */
export function useScenario(id: string | undefined): ScenarioLoad {
  return useLoad(`current:${id ?? ''}`, async () => {
    if (!id || !catalogue.some((s) => s.id === id)) return unknownScenario(id);
    return { status: 'ready', scenario: await loadScenarioById(id), current: true };
  });
}

/** The version of a scenario with this hash: what an existing session must be traced against. */
export function useScenarioVersion(id: string, hash: string): ScenarioLoad {
  return useLoad(`${id}@${hash}`, async () => {
    const entry = catalogue.find((s) => s.id === id);
    if (!entry) return unknownScenario(id);
    const scenario = await loadScenarioVersion(id, hash);
    if (!scenario)
      return {
        status: 'missing',
        message: `This session was played on a version of “${entry.title}” (${hash.slice(0, 12)}) that this copy of Defuse does not have, so it cannot be replayed here. Its record has been left untouched.`,
      };
    return { status: 'ready', scenario, current: entry.hash === hash };
  });
}

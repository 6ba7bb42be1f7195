// Loads a built-in scenario's full data on demand (each is its own chunk).
import { useEffect, useState } from 'react';
import { catalogue, loadScenarioById } from 'virtual:scenarios';
import type { Scenario } from '../domain/scenario/schema';

export type ScenarioLoad =
  | { status: 'loading' }
  | { status: 'ready'; scenario: Scenario }
  | { status: 'missing'; message: string };

export function useScenario(id: string | undefined): ScenarioLoad {
  const [load, setLoad] = useState<ScenarioLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    if (!id || !catalogue.some((s) => s.id === id)) {
      setLoad({
        status: 'missing',
        message: `There is no scenario called “${id ?? ''}” in this library.`,
      });
      return;
    }
    setLoad({ status: 'loading' });
    loadScenarioById(id).then(
      (scenario) => live && setLoad({ status: 'ready', scenario }),
      (e: unknown) =>
        live &&
        setLoad({ status: 'missing', message: `The scenario could not be loaded: ${String(e)}` }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return load;
}

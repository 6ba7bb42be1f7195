/**
 * Starts loading what a screen needs as soon as its address is known, all at once, instead of one
 * step after another (entry → screen chunk → scenario chunk): the screen's chunk, and for a briefing
 * its scenario, for a session the scenario version it was played on (once storage has been read) and,
 * for a debrief, its first unit's criteria.
 * The screens' lazy() imports then find their modules already loaded or on the way.
 */
import { catalogue, loadScenarioById, loadScenarioVersion } from 'virtual:scenarios';
import { useSessions } from '../store/sessions-store';

export const screens = {
  briefing: () => import('../features/briefing/briefing-screen'),
  play: () => import('../features/play/play-screen'),
  debrief: () => import('../features/debrief/debrief-screen'),
};

const motion = () => import('../features/play/motion-features');

const ignore = () => undefined;

/** Preloads for the route in `hash` (`#/briefing/<id>`, `#/play/<id>`, `#/debrief/<id>`). */
export function preloadRoute(hash: string): void {
  const m = /^#\/(briefing|play|debrief)\/([^/?#]+)/.exec(hash);
  if (!m) return;
  const screen = m[1] as keyof typeof screens;
  const id = decodeURIComponent(m[2]!);
  screens[screen]().catch(ignore);
  if (screen === 'briefing') {
    if (catalogue.some((s) => s.id === id)) loadScenarioById(id).catch(ignore);
    return;
  }
  if (screen === 'play') motion().catch(ignore);
  useSessions
    .getState()
    .init()
    .then(() => {
      const log = useSessions.getState().sessions.find((s) => s.log.header.sessionId === id)?.log;
      if (!log) return undefined;
      return loadScenarioVersion(log.header.scenario.id, log.header.scenario.hash).then(
        (scenario) =>
          // The unit the debrief opens on: the one the account was drafted for, else the first.
          screen === 'debrief' && scenario
            ? import('../features/debrief/assessment-state').then((m) =>
                m.preloadFirstUnit(scenario, log),
              )
            : undefined,
      );
    })
    .catch(ignore);
}

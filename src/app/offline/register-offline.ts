/**
 * Registers the service worker (scripts/vite-plugin-offline.ts) once the first screen is up, so it
 * never competes with it. A new version waits (registerType 'prompt') until the learner accepts it
 * in the update notice; accepting activates the new worker and reloads. Every turn and the reflective
 * account are saved (or mirrored to localStorage) as they happen, so the session carries on from its
 * log; while storage is failing the page's own "leave this page?" guard asks first.
 */
import { appScriptUrl } from '../trusted-types';
import { useOffline } from './offline-store';

export async function registerOffline(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(appScriptUrl(`${import.meta.env.BASE_URL}sw.js`), {
    scope: import.meta.env.BASE_URL,
  });
  let accepted = false;
  wb.addEventListener('waiting', () => {
    useOffline.setState({
      update: () => {
        accepted = true;
        wb.addEventListener('controlling', () => location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  // Another tab accepted the update: this page's chunks are no longer the ones being served.
  wb.addEventListener('controlling', (e) => {
    if (e.isUpdate && !accepted) useOffline.setState({ update: null, updatedElsewhere: true });
  });
  await wb.register();
}

/** Registers after the page has loaded and gone idle. */
export function registerOfflineWhenIdle(): void {
  const start = () => void registerOffline().catch(() => undefined);
  const idle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(start, { timeout: 5000 })
      : setTimeout(start, 1000);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

// Entry point: mounts the app. Everything not on the first screen is lazy-loaded from here down.
// The Trusted Types policies first, before anything can reach a sink.
import './trusted-types';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startLrsIfConfigured } from '../features/lrs/lrs-start';
import { App } from './app';
import { registerOfflineWhenIdle } from './offline/register-offline';
import { preloadRoute } from './preload-route';
import './global.css';

// A deep link loads its screen and its scenario together; so does every later change of screen.
preloadRoute(location.hash);
addEventListener('hashchange', () => preloadRoute(location.hash));

// Statements still waiting from an earlier visit are sent, if an LRS is set up (nothing otherwise).
startLrsIfConfigured();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline after this visit: the service worker is registered once the page is up and idle.
registerOfflineWhenIdle();

// Entry point: mounts the app. Everything not on the first screen is lazy-loaded from here down.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startLrsIfConfigured } from '../features/lrs/lrs-start';
import { App } from './app';
import './global.css';

// Statements still waiting from an earlier visit are sent, if an LRS is set up (nothing otherwise).
startLrsIfConfigured();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

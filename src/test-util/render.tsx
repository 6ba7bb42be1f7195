/**
 * Renders a screen inside wouter's hash router, as the app does, starting at `path`. Read where the
 * screen navigated to from `window.location.hash`.
 */
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';

export function renderWithRouter(
  ui: ReactElement,
  { path = '/' }: { path?: string } = {},
): RenderResult {
  window.location.hash = `#${path}`;
  return render(<Router hook={useHashLocation}>{ui}</Router>);
}

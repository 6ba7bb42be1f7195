// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScreenBoundary } from './screen-boundary';

let broken = true;
function Fragile() {
  const [n] = useState(1);
  if (broken) throw new Error('the log could not be read');
  return <p>Screen {n} shown</p>;
}

describe('a screen that fails', () => {
  // React reports the caught error to the console; the boundary's message is what the user sees.
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('says what failed and offers the way back, and can try again', async () => {
    broken = true;
    render(
      <>
        <p>The rest of the app</p>
        <ScreenBoundary doing="showing the debrief">
          <Fragile />
        </ScreenBoundary>
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(
      screen.getByText(/while showing the debrief: the log could not be read/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the scenario library' })).toHaveAttribute(
      'href',
      '#/',
    );
    expect(screen.getByText('The rest of the app')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Screen 1 shown')).toBeInTheDocument();
  });
});

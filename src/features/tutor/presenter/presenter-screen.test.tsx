// @vitest-environment jsdom
// The presenter window on its own: waits for the control panel, asks for the current view as it
// opens (so a reopened window resyncs), shows what it is sent, and ignores anything malformed.
import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { trace } from '../../../domain/session/trace';
import { classroomScenario, makeClassLog } from '../../../test-util/class-log';
import { presenterHub } from '../test-kit/presenter-hub';
import { PresenterScreen } from './presenter-screen';
import { presenterView } from './presenter-view';

const scenario = classroomScenario();

async function viewAt(stage: 'voting' | 'ended') {
  const log = await makeClassLog(scenario, stage === 'ended' ? [{ choose: 'step-back' }] : []);
  return presenterView({ scenario, log, engine: trace(scenario, log).final, stage })!;
}

describe('the presenter window', () => {
  it('says hello as it opens, and shows the view the control panel answers with', async () => {
    const hub = presenterHub();
    const panel = hub.openChannel();
    const view = await viewAt('voting');
    panel.onmessage = (e) => {
      if ((e.data as { kind: string }).kind === 'hello') panel.postMessage({ kind: 'view', view });
    };
    render(<PresenterScreen openChannel={hub.openChannel} />);
    expect(screen.getByRole('status')).toHaveTextContent('Waiting for the control panel…');
    expect(hub.messages[0]).toEqual({ kind: 'hello' });
    expect(await screen.findByText('Where is my passport? (frustrated)')).toBeVisible();
    const options = screen.getAllByRole('listitem');
    expect(options).toHaveLength(5);
    expect(options.at(-1)).toHaveTextContent('5Step back and get support');
  });

  it('shows the ending, says when the control panel closed, and ignores malformed messages', async () => {
    const hub = presenterHub();
    const panel = hub.openChannel();
    render(<PresenterScreen openChannel={hub.openChannel} />);
    panel.postMessage({ kind: 'view', view: await viewAt('ended') });
    expect(await screen.findByRole('heading', { name: 'You stepped back' })).toBeVisible();
    panel.postMessage({ kind: 'view', view: { stage: 'voting', options: 'not a list' } });
    panel.postMessage('<b>nonsense</b>');
    panel.postMessage({ kind: 'view', view: null });
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('The class session was closed'),
    );
  });
});

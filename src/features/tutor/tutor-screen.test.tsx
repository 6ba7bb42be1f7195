// @vitest-environment jsdom
// Classroom mode's routes as the app mounts them (#/tutor, nested): start a class session from a
// built-in scenario, land on its control panel, and find it listed to carry on with after a reload.
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { catalogue } from 'virtual:scenarios';
import { Route } from 'wouter';
import { describe, expect, it } from 'vitest';
import { renderWithRouter } from '../../test-util/render';
import { useClassroom } from './store/classroom-store';
import TutorScreen from './tutor-screen';

const renderTutor = (path: string) =>
  renderWithRouter(
    <Route path="/tutor" nest>
      <TutorScreen />
    </Route>,
    { path },
  );

describe('classroom mode', () => {
  it('starts a class session and opens its control panel; the session is then listed', async () => {
    const user = userEvent.setup();
    const first = catalogue[0]!;
    const { unmount } = renderTutor('/tutor');
    expect(screen.getByRole('heading', { level: 1, name: 'Classroom mode' })).toBeVisible();
    await user.click(screen.getByRole('radio', { name: new RegExp(first.title) }));
    await user.type(screen.getByLabelText('Class or group (optional)'), 'Group 2B');
    await user.click(screen.getByRole('button', { name: 'Start the class session' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: `Classroom: ${first.title}` }),
    ).toBeVisible();
    expect(window.location.hash).toMatch(/^#\/tutor\/class\/[^/]+$/);
    const [stored] = useClassroom.getState().sessions;
    expect(stored!.log.header).toMatchObject({ mode: 'practice', learnerName: 'Group 2B' });
    unmount();

    renderTutor('/tutor');
    const listed = await screen.findByRole('region', { name: 'Class sessions in this browser' });
    expect(listed).toHaveTextContent(`${first.title} — Group 2B`);
    expect(screen.getByRole('link', { name: /Carry on with/ })).toHaveAttribute(
      'href',
      `#/tutor/class/${stored!.log.header.sessionId}`,
    );
  });

  it('says so for a class session that is not saved here', async () => {
    renderTutor('/tutor/class/nope');
    expect(await screen.findByRole('heading', { name: 'Class session not found' })).toBeVisible();
  });
});

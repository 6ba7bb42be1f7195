/**
 * Opens the presenter window (or brings back the one already open): a separate window the tutor
 * drags to the projector. It is this app at #/tutor/presenter and follows the control panel over
 * the presenter channel, so opening it again at any time shows the current state.
 */
export const PRESENTER_WINDOW = 'defuse-presenter';

export function openPresenterWindow(): void {
  const url = `${window.location.pathname}${window.location.search}#/tutor/presenter`;
  const w = window.open(url, PRESENTER_WINDOW, 'popup=yes,width=1280,height=720');
  w?.focus();
}

/**
 * The control panel and the presenter window talk over BroadcastChannel('defuse-classroom-presenter'),
 * on the same computer. The presenter says `hello` when it opens (and `bye` when it closes); the
 * control panel answers every hello, and every change, with the whole view (presenter-view.ts), so a
 * presenter closed and opened again is back at once. Messages from another window are input like any
 * other: the presenter shows only a view that has the shape it expects.
 */
import type { ChannelLike } from '../../../store/tab-channel';
import type { PresenterView } from '../presenter/presenter-view';

export const PRESENTER_CHANNEL = 'defuse-classroom-presenter';

export type PresenterMessage =
  | { kind: 'hello' }
  | { kind: 'bye' }
  /** The view to show; null when the control panel has closed its class session. */
  | { kind: 'view'; view: PresenterView | null };

export type OpenChannel = () => ChannelLike | null;

export const browserPresenterChannel: OpenChannel = () =>
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(PRESENTER_CHANNEL) : null;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isNumbered = (v: unknown) => isObject(v) && typeof v.number === 'number' && isText(v.text);
const isTurn = (v: unknown) => v === null || (isObject(v) && isText(v.line) && isText(v.cue));

/** Whether `v` has the shape of a view the presenter can show. */
export function isPresenterView(v: unknown): v is PresenterView {
  return (
    isObject(v) &&
    ['sessionId', 'scenarioTitle', 'setting', 'channel', 'customerName', 'mood', 'stage'].every(
      (k) => isText(v[k]),
    ) &&
    typeof v.turn === 'number' &&
    typeof v.maxTurns === 'number' &&
    isTurn(v.customer) &&
    Array.isArray(v.options) &&
    v.options.every(isNumbered) &&
    Array.isArray(v.discussion) &&
    v.discussion.every(isText) &&
    (v.choice === null || isNumbered(v.choice)) &&
    (v.reveal === null ||
      (isObject(v.reveal) &&
        isText(v.reveal.whatItDid) &&
        isText(v.reveal.why) &&
        isText(v.reveal.change))) &&
    (v.ending === null ||
      (isObject(v.ending) && isText(v.ending.title) && isText(v.ending.text))) &&
    (v.curveball === null || isText(v.curveball))
  );
}

/** A message read from the channel, or null for anything else. */
export function readPresenterMessage(data: unknown): PresenterMessage | null {
  if (!isObject(data)) return null;
  if (data.kind === 'hello' || data.kind === 'bye') return { kind: data.kind };
  if (data.kind === 'view' && (data.view === null || isPresenterView(data.view)))
    return { kind: 'view', view: data.view };
  return null;
}

/** Posts, ignoring a channel that has been closed. */
export function post(channel: ChannelLike | null, message: PresenterMessage): void {
  try {
    channel?.postMessage(message);
  } catch {
    // Closed: the other window asks again when it next opens.
  }
}

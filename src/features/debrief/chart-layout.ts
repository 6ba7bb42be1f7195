/**
 * The tension chart's geometry at a given width. The chart is drawn at its real pixel width (no
 * viewBox scaling), so its 12–13 px text stays that size on a phone; a narrow chart names its bands
 * in the legend instead of a right-hand margin (with their edges as the tension ticks), and labels
 * fewer turns on its axis.
 */

/**
 * The widest the chart is drawn: a wide screen shows it at this size rather than scaled up, and an
 * A4 page (about 690 px between its margins) prints it at its own size, text and all.
 */
export const MAX_WIDTH = 680;
/** Below this width (CSS px) the band labels move to the legend. */
export const NARROW_BELOW = 520;
/** The least room, in px, each labelled turn gets on the axis ("Start" is about 30 px at 12 px). */
const MIN_TICK_GAP = 36;

export interface ChartLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** No band labels beside the plot: the legend names the bands, the ticks mark their edges. */
  narrow: boolean;
  /** Label every `tickEvery`th turn on the axis (the start, and the last turn, always). */
  tickEvery: number;
}

export function chartLayout(width: number, turns: number): ChartLayout {
  const w = Math.min(MAX_WIDTH, Math.max(240, Math.round(width)));
  const narrow = w < NARROW_BELOW;
  const margin = narrow
    ? { top: 20, right: 16, bottom: 48, left: 56 }
    : { top: 20, right: 110, bottom: 48, left: 52 };
  const innerW = w - margin.left - margin.right;
  const last = Math.max(turns, 1);
  const tickEvery = Math.max(1, Math.ceil(MIN_TICK_GAP / (innerW / last)));
  return { width: w, height: narrow ? 260 : 300, margin, narrow, tickEvery };
}

/** The turns labelled on the axis: 0 (the start), every `tickEvery`th, and the last. */
export function tickTurns(turns: number, tickEvery: number): number[] {
  const out: number[] = [];
  for (let t = 0; t <= turns; t += tickEvery) out.push(t);
  // The last turn is always labelled; it replaces the tick before it, which is too close to it.
  if (out[out.length - 1] !== turns) {
    if (out.length > 1) out.pop();
    out.push(turns);
  }
  return out;
}

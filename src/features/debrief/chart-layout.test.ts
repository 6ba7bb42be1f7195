// The tension chart at the width it is shown: drawn at that width (so its text is never scaled
// down), with the band labels in the legend and fewer turn labels when narrow.
import { describe, expect, it } from 'vitest';
import { chartLayout, MAX_WIDTH, NARROW_BELOW, tickTurns } from './chart-layout';

describe('the tension chart’s layout', () => {
  it('is drawn at the width it is given, narrow below the threshold', () => {
    expect(chartLayout(296, 6)).toMatchObject({ width: 296, narrow: true });
    expect(chartLayout(NARROW_BELOW, 6)).toMatchObject({ width: NARROW_BELOW, narrow: false });
    const wide = chartLayout(1100, 6);
    expect(wide.width).toBe(MAX_WIDTH);
    expect(wide.margin.right).toBeGreaterThan(chartLayout(296, 6).margin.right);
  });

  it('labels every turn when there is room, and fewer (never two too close) when not', () => {
    expect(tickTurns(6, chartLayout(1100, 6).tickEvery)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const narrow = chartLayout(296, 12);
    expect(narrow.tickEvery).toBeGreaterThan(1);
    const ticks = tickTurns(12, narrow.tickEvery);
    expect(ticks[0]).toBe(0);
    expect(ticks.at(-1)).toBe(12);
    const inner = narrow.width - narrow.margin.left - narrow.margin.right;
    const gaps = ticks.slice(1).map((t, i) => ((t - ticks[i]!) * inner) / 12);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(36);
    expect(tickTurns(0, 1)).toEqual([0]);
  });
});

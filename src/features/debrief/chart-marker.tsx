// The shape that marks a turn's response in the chart and its legend: good is a circle, poor a
// triangle, mixed a diamond, so the quality reads without colour.
import { AGGRESSIVE_AT, FRUSTRATED_AT } from '../../domain/escalation/mood';
import type { TurnQuality } from './debrief-model';

export const QUALITY_LABEL: Readonly<Record<TurnQuality, string>> = {
  good: 'Good response',
  poor: 'Poor response',
  mixed: 'Mixed response',
};

export function ChartMarker({
  quality,
  x,
  y,
  size = 7,
}: {
  quality: TurnQuality;
  x: number;
  y: number;
  size?: number;
}) {
  const className = `marker marker-${quality}`;
  if (quality === 'good') return <circle className={className} cx={x} cy={y} r={size} />;
  if (quality === 'poor') {
    return (
      <path
        className={className}
        d={`M ${x} ${y - size * 1.2} L ${x + size * 1.1} ${y + size * 0.8} L ${x - size * 1.1} ${y + size * 0.8} Z`}
      />
    );
  }
  return (
    <path
      className={className}
      d={`M ${x} ${y - size * 1.2} L ${x + size} ${y} L ${x} ${y + size * 1.2} L ${x - size} ${y} Z`}
    />
  );
}

/** The mood bands as a narrow chart's legend names them (a wide chart labels them beside the plot). */
const BAND_KEY = [
  { className: 'band-aggressive', label: `Aggressive (${AGGRESSIVE_AT} and over)` },
  { className: 'band-frustrated', label: `Frustrated (${FRUSTRATED_AT}–${AGGRESSIVE_AT - 1})` },
  { className: 'band-calm', label: `Calm or de-escalated (under ${FRUSTRATED_AT})` },
];

/** The key under the chart. Decorative shapes, text labels; the bands too when `bands`. */
export function ChartLegend({ bands = false }: { bands?: boolean }) {
  return (
    <ul className="chart-legend">
      {bands &&
        BAND_KEY.map((b) => (
          <li key={b.className}>
            <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <rect
                x="1"
                y="3"
                width="18"
                height="14"
                rx="2"
                className={`band ${b.className} band-swatch`}
              />
            </svg>
            Shaded: {b.label}
          </li>
        ))}
      {(['good', 'mixed', 'poor'] as const).map((q) => (
        <li key={q}>
          <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <ChartMarker quality={q} x={10} y={11} size={6} />
          </svg>
          {QUALITY_LABEL[q]}
        </li>
      ))}
      <li>
        <svg width="26" height="20" viewBox="0 0 26 20" aria-hidden="true" focusable="false">
          <line x1="1" y1="10" x2="25" y2="10" className="limit-line" />
        </svg>
        The office’s limit for behaviour
      </li>
    </ul>
  );
}

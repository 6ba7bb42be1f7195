// The tension chart's two axes, drawn as plain SVG: @visx/axis would bring @visx/text, whose
// reduce-css-calc pulls a whole maths-expression evaluator (11 KB) into the debrief for two labels.
interface AxisProps {
  /** The scale's value → position. */
  scale: (value: number) => number;
  ticks: readonly number[];
  /** Length of the axis line (the other dimension of the plot). */
  length: number;
  label: string;
  format?: (value: number) => string;
}

const TICK = 8;
const STROKE = '#222';

export function AxisLeft({ scale, ticks, length, label, format = String }: AxisProps) {
  return (
    <g className="chart-axis chart-axis-left">
      <line x1={0} x2={0} y1={0} y2={length} stroke={STROKE} />
      {ticks.map((v) => (
        <g key={v} className="axis-tick">
          <line x1={0} x2={-TICK} y1={scale(v)} y2={scale(v)} stroke={STROKE} />
          <text x={-TICK - 4} y={scale(v)} dy="0.33em" textAnchor="end">
            {format(v)}
          </text>
        </g>
      ))}
      <text
        className="axis-label"
        transform="rotate(-90)"
        x={-length / 2}
        y={-TICK - 32}
        textAnchor="middle"
      >
        {label}
      </text>
    </g>
  );
}

export function AxisBottom({
  scale,
  ticks,
  length,
  label,
  format = String,
  top,
}: AxisProps & { top: number }) {
  return (
    <g className="chart-axis chart-axis-bottom" transform={`translate(0, ${top})`}>
      <line x1={0} x2={length} y1={0} y2={0} stroke={STROKE} />
      {ticks.map((v) => (
        <g key={v} className="axis-tick">
          <line x1={scale(v)} x2={scale(v)} y1={0} y2={TICK} stroke={STROKE} />
          <text x={scale(v)} y={TICK + 4} dy="0.71em" textAnchor="middle">
            {format(v)}
          </text>
        </g>
      ))}
      <text className="axis-label" x={length / 2} y={TICK + 34} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

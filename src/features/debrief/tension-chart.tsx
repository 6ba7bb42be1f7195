// Tension across the turns (visx, SVG): mood bands shaded and labelled, each turn's point numbered and
// shaped by the quality of the response. The SVG is one image to assistive technology, summarised in
// words; the full data is a table (chart-table.tsx). It is drawn at the width it is shown at
// (chart-layout.ts), so its text is never scaled below 12 px on a phone.
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { memo, useRef } from 'react';
import { AGGRESSIVE_AT, FRUSTRATED_AT, TENSION_MAX } from '../../domain/escalation/mood';
import { legacyLimitTension } from '../../domain/escalation/limit';
import type { Scenario } from '../../domain/scenario/schema';
import { AxisBottom, AxisLeft } from './chart-axis';
import { chartLayout, MAX_WIDTH, tickTurns } from './chart-layout';
import { ChartLegend, ChartMarker } from './chart-marker';
import { ChartTable } from './chart-table';
import type { Debrief } from './debrief-model';
import { useWidth } from './use-width';

/** On a narrow chart the tension ticks are the band edges the legend names. */
const BAND_TICKS = [0, FRUSTRATED_AT, AGGRESSIVE_AT, TENSION_MAX];
/** The width drawn at before the chart is measured (and in tests without layout). */
const DEFAULT_WIDTH = MAX_WIDTH;
const BANDS = [
  { from: 0, to: FRUSTRATED_AT, label: 'Calm or|de-escalated', className: 'band-calm' },
  { from: FRUSTRATED_AT, to: AGGRESSIVE_AT, label: 'Frustrated', className: 'band-frustrated' },
  { from: AGGRESSIVE_AT, to: TENSION_MAX, label: 'Aggressive', className: 'band-aggressive' },
];

/** Memoised: the debrief re-renders as the account is typed and saved; the chart does not change. */
export const TensionChart = memo(function TensionChart({
  scenario,
  debrief,
}: {
  scenario: Scenario;
  debrief: Debrief;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const layout = chartLayout(useWidth(frame, DEFAULT_WIDTH), debrief.turns.length);
  const { width, height, margin, narrow } = layout;
  const innerW = width - margin.left - margin.right;
  const innerH = height - margin.top - margin.bottom;
  const last = Math.max(debrief.turns.length, 1);
  const x = scaleLinear<number>({ domain: [0, last], range: [0, innerW] });
  const y = scaleLinear<number>({ domain: [0, TENSION_MAX], range: [innerH, 0] });
  const points = [
    { turn: 0, tension: debrief.initialTension },
    ...debrief.turns.map((t) => ({ turn: t.turn.turn, tension: t.turn.tensionAfter })),
  ];
  const limit = legacyLimitTension(scenario);
  // A marked cue: the moment the learner answered behaviour past the limit (the point before the turn).
  const crossedAt = debrief.turns.find((t) => t.turn.limitCrossed)?.turn.turn ?? null;
  const end = points[points.length - 1]!;
  const summary = `Tension started at ${debrief.initialTension} of 100 and was ${end.tension} after ${debrief.turns.length} ${debrief.turns.length === 1 ? 'turn' : 'turns'}.${limit === null && crossedAt !== null ? ` The customer’s behaviour crossed the organisation’s limit before turn ${crossedAt}.` : ''}`;

  return (
    <section className="debrief-chart card" aria-labelledby="chart-heading">
      <h2 id="chart-heading">Tension across the conversation</h2>
      <p id="chart-summary">{summary}</p>
      <div ref={frame} className="tension-chart-frame">
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          className="tension-chart"
          role="img"
          aria-labelledby="chart-heading"
          aria-describedby="chart-summary"
        >
          <Group left={margin.left} top={margin.top}>
            {BANDS.map((b) => (
              <g key={b.label}>
                <rect
                  x={0}
                  width={innerW}
                  y={y(b.to)}
                  height={y(b.from) - y(b.to)}
                  className={`band ${b.className}`}
                />
                {!narrow && (
                  <text
                    x={innerW + 10}
                    y={(y(b.from) + y(b.to)) / 2}
                    dy={b.label.includes('|') ? '-0.25em' : '0.35em'}
                    className="band-label"
                  >
                    {/* Two-line labels are split at '|'. */}
                    {b.label.split('|').map((part, i) => (
                      <tspan key={part} x={innerW + 10} dy={i === 0 ? undefined : '1.2em'}>
                        {part}
                      </tspan>
                    ))}
                  </text>
                )}
              </g>
            ))}
            {limit !== null && (
              <>
                <line x1={0} x2={innerW} y1={y(limit)} y2={y(limit)} className="limit-line" />
                <text x={innerW - 6} y={y(limit) - 6} textAnchor="end" className="limit-label">
                  Limit for behaviour ({limit})
                </text>
              </>
            )}
            {limit === null && crossedAt !== null && (
              <>
                <line
                  x1={x(crossedAt - 1)}
                  x2={x(crossedAt - 1)}
                  y1={0}
                  y2={innerH}
                  className="limit-line"
                />
                {/* Beside the line, on whichever side has room for the words. */}
                <text
                  x={x(crossedAt - 1) + (x(crossedAt - 1) > innerW / 2 ? -6 : 6)}
                  y={12}
                  textAnchor={x(crossedAt - 1) > innerW / 2 ? 'end' : 'start'}
                  className="limit-label"
                >
                  Limit crossed
                </text>
              </>
            )}
            <LinePath
              data={points}
              x={(p) => x(p.turn)}
              y={(p) => y(p.tension)}
              className="tension-line"
            />
            <circle cx={x(0)} cy={y(debrief.initialTension)} r={5} className="marker-start" />
            {debrief.turns.map((t) => (
              <g key={t.turn.turn}>
                <ChartMarker quality={t.quality} x={x(t.turn.turn)} y={y(t.turn.tensionAfter)} />
                <text
                  x={x(t.turn.turn)}
                  y={y(t.turn.tensionAfter) - 14}
                  textAnchor="middle"
                  className="point-label"
                >
                  {t.turn.turn}
                </text>
              </g>
            ))}
            <AxisLeft
              scale={y}
              ticks={narrow ? BAND_TICKS : [0, 20, 40, 60, 80, 100]}
              length={innerH}
              label="Tension"
            />
            <AxisBottom
              top={innerH}
              scale={x}
              ticks={tickTurns(debrief.turns.length, layout.tickEvery)}
              length={innerW}
              format={(v) => (v === 0 ? 'Start' : String(v))}
              label="Turn"
            />
          </Group>
        </svg>
      </div>
      <ChartLegend bands={narrow} />
      <ChartTable debrief={debrief} />
    </section>
  );
});

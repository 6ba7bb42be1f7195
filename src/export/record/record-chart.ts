/**
 * The tension chart for print: plain inline SVG (axes, the mood thresholds, the scenario's limit for
 * behaviour, one polyline and a numbered point per turn), black on white so it reads on any printer.
 * A sentence beside it says the same in words.
 */
import { legacyLimitTension } from '../../domain/escalation/limit';
import { AGGRESSIVE_AT, FRUSTRATED_AT, TENSION_MAX } from '../../domain/escalation/mood';
import { html, type Html } from './html';
import type { RecordContext } from './record-input';

const W = 640;
const H = 250;
const M = { top: 16, right: 118, bottom: 40, left: 46 };
const innerW = W - M.left - M.right;
const innerH = H - M.top - M.bottom;

interface Point {
  /** "Start", a turn number, or "T" for a tutor override. */
  label: string;
  tension: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The chart's points: the start, then the tension after every conversation step. */
export function chartPoints(ctx: RecordContext): Point[] {
  const { trace } = ctx;
  return [
    { label: 'Start', tension: trace.initial.tension },
    ...trace.steps.map((s) => ({
      label: s.turn ? String(s.turn.turn) : 'T',
      tension: s.after.tension,
    })),
  ];
}

/** The chart section of the record. */
export function recordChart(ctx: RecordContext): Html {
  const points = chartPoints(ctx);
  const n = Math.max(points.length - 1, 1);
  const x = (i: number) => round(M.left + (innerW * i) / n);
  const y = (t: number) => round(M.top + innerH - (innerH * t) / TENSION_MAX);
  const limit = legacyLimitTension(ctx.trace.scenario);
  const last = points[points.length - 1]!;
  const turns = ctx.trace.turns.length;
  const crossedAt = ctx.trace.turns.find((t) => t.limitCrossed)?.turn;
  const summary = `Tension started at ${points[0]!.tension} of ${TENSION_MAX} and was ${last.tension} after ${turns} ${turns === 1 ? 'turn' : 'turns'}${points.some((p) => p.label === 'T') ? ' (T marks a tutor override)' : ''}.${limit === null && crossedAt !== undefined ? ` The customer’s behaviour crossed the organisation’s limit before turn ${crossedAt}.` : ''}`;
  const level = (t: number, label: string, cls: string) =>
    html`<line
        x1="${M.left}"
        x2="${M.left + innerW}"
        y1="${y(t)}"
        y2="${y(t)}"
        class="${cls}"
        stroke="#111"
        stroke-width="${cls === 'limit' ? 1.5 : 0.8}"
        stroke-dasharray="${cls === 'limit' ? '' : '4 3'}"
      />
      <text x="${M.left + innerW + 6}" y="${y(t) + 4}">${label}</text>`;
  return html`<section class="chart-section">
    <h2>Tension across the conversation</h2>
    <p>${summary}</p>
    <figure>
      <svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${summary}">
        <title>${summary}</title>
        ${[0, 20, 40, 60, 80, 100].map(
          (t) =>
            html`<line x1="${M.left - 4}" x2="${M.left}" y1="${y(t)}" y2="${y(t)}" stroke="#111" />
              <text x="${M.left - 8}" y="${y(t) + 4}" text-anchor="end">${t}</text>`,
        )}
        ${level(FRUSTRATED_AT, `Frustrated (${FRUSTRATED_AT})`, 'mood')}
        ${level(AGGRESSIVE_AT, `Aggressive (${AGGRESSIVE_AT})`, 'mood')}
        ${limit === null ? '' : level(limit, `Limit (${limit})`, 'limit')}
        <line
          x1="${M.left}"
          x2="${M.left}"
          y1="${M.top}"
          y2="${M.top + innerH}"
          stroke="#111"
          stroke-width="1.2"
        />
        <line
          x1="${M.left}"
          x2="${M.left + innerW}"
          y1="${M.top + innerH}"
          y2="${M.top + innerH}"
          stroke="#111"
          stroke-width="1.2"
        />
        <polyline
          fill="none"
          stroke="#111"
          stroke-width="2.2"
          points="${points.map((p, i) => `${x(i)},${y(p.tension)}`).join(' ')}"
        />
        ${points.map(
          (p, i) =>
            html`<circle
                cx="${x(i)}"
                cy="${y(p.tension)}"
                r="${p.label === 'T' ? 3 : 4}"
                fill="${p.label === 'T' ? '#fff' : '#111'}"
                stroke="#111"
                stroke-width="1.5"
              />
              <text x="${x(i)}" y="${M.top + innerH + 16}" text-anchor="middle">${p.label}</text>`,
        )}
        <text x="${M.left + innerW / 2}" y="${H - 4}" text-anchor="middle">Turn</text>
        <text
          x="12"
          y="${M.top + innerH / 2}"
          text-anchor="middle"
          transform="rotate(-90 12 ${M.top + innerH / 2})"
        >
          Tension
        </text>
      </svg>
    </figure>
  </section>`;
}

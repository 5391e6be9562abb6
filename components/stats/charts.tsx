/**
 * Small SVG charts drawn with Preact. No chart library: none can be installed here, and the five charts need
 * only bars, lines and axes — about 200 lines that render fast, work offline and leave nothing to audit.
 * Every chart is role="img" with a summary label; the table next to it carries the numbers.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];

export interface Series {
  name: string;
  values: (number | null)[];
}

const W = 720;
const H = 220;
const PAD = { l: 44, r: 12, t: 12, b: 36 };

function niceMax(v: number): number {
  if (v <= 5) return 5;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function fmt(n: number): string {
  return n.toLocaleString('nb-NO', { maximumFractionDigits: 1 });
}

/** Category labels: the short text under the axis and, where it changes, a second line (the year). */
export interface AxisLabel {
  text: string;
  sub?: string;
}

function Axes({ max, labels, unit = '' }: { max: number; labels: AxisLabel[]; unit?: string }) {
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1].map((f) => f * max);
  const plotW = W - PAD.l - PAD.r;
  const plotH = H - PAD.t - PAD.b;
  // Show at most ~12 category labels so a year of weeks stays readable.
  const every = Math.max(1, Math.ceil(labels.length / 12));
  return (
    <g class="axes" aria-hidden="true">
      {ticks.map((v) => {
        const y = PAD.t + plotH - (v / max) * plotH;
        return (
          <g key={v}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y} y2={y} stroke="#ddd" />
            <text x={PAD.l - 6} y={y + 4} text-anchor="end" font-size="11" fill="#444">
              {fmt(v)}
              {unit}
            </text>
          </g>
        );
      })}
      {labels.map((l, i) => {
        const x = PAD.l + ((i + 0.5) * plotW) / labels.length;
        return (
          <g key={i}>
            {i % every === 0 && (
              <text x={x} y={H - PAD.b + 14} text-anchor="middle" font-size="11" fill="#444">
                {l.text}
              </text>
            )}
            {l.sub && (
              <text x={x} y={H - PAD.b + 28} text-anchor="middle" font-size="11" fill="#444">
                {l.sub}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

function Legend({ series }: { series: Series[] }) {
  return (
    <ul class="legend" aria-hidden="true">
      {series.map((s, i) => (
        <li key={s.name}>
          <span class="swatch" style={{ background: COLOURS[i % COLOURS.length] }} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

export function Figure(props: { id: string; title: string; summary: string; children: ComponentChildren; table: ComponentChildren }) {
  // The table is built when it is opened: a year of weeks in five tables is most of the page's DOM.
  const [open, setOpen] = useState(false);
  return (
    <section class="chart" aria-labelledby={`${props.id}-t`}>
      <h2 id={`${props.id}-t`}>{props.title}</h2>
      <div role="img" aria-label={`${props.title}. ${props.summary}`}>
        {props.children}
      </div>
      <details open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>Vis som tabell</summary>
        {open && props.table}
      </details>
    </section>
  );
}

/** Grouped bars per category (weeks). */
export function BarChart({ labels, series, stacked = false }: { labels: AxisLabel[]; series: Series[]; stacked?: boolean }) {
  const plotW = W - PAD.l - PAD.r;
  const plotH = H - PAD.t - PAD.b;
  const max = niceMax(
    Math.max(0, ...labels.map((_, i) => (stacked ? series.reduce((s, x) => s + (x.values[i] ?? 0), 0) : Math.max(0, ...series.map((x) => x.values[i] ?? 0))))),
  );
  const band = plotW / Math.max(1, labels.length);
  const inner = band * 0.8;
  const bw = stacked ? inner : inner / Math.max(1, series.length);
  const bars = [];
  for (let i = 0; i < labels.length; i++) {
    let acc = 0;
    for (let j = 0; j < series.length; j++) {
      const v = series[j]!.values[i] ?? 0;
      if (v <= 0) continue;
      const h = (v / max) * plotH;
      const x = PAD.l + i * band + band * 0.1 + (stacked ? 0 : j * bw);
      const y = PAD.t + plotH - h - (stacked ? (acc / max) * plotH : 0);
      acc += v;
      bars.push(<rect key={`${i}-${j}`} x={x} y={y} width={Math.max(1, bw - 1)} height={h} fill={COLOURS[j % COLOURS.length]} />);
    }
  }
  return (
    <>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" preserveAspectRatio="xMidYMid meet" focusable="false">
        <Axes max={max} labels={labels} />
        {bars}
      </svg>
      <Legend series={series} />
    </>
  );
}

/** Lines over categories with gaps where a value is missing. */
export function LineChart({ labels, series, max = 100 }: { labels: AxisLabel[]; series: Series[]; max?: number }) {
  const plotW = W - PAD.l - PAD.r;
  const plotH = H - PAD.t - PAD.b;
  const x = (i: number) => PAD.l + ((i + 0.5) * plotW) / Math.max(1, labels.length);
  const y = (v: number) => PAD.t + plotH - (v / max) * plotH;
  return (
    <>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" preserveAspectRatio="xMidYMid meet" focusable="false">
        <Axes max={max} labels={labels} />
        {series.map((s, j) => {
          const colour = COLOURS[j % COLOURS.length];
          let d = '';
          let pen = false;
          const dots = [];
          for (let i = 0; i < s.values.length; i++) {
            const v = s.values[i];
            if (v === null || v === undefined) {
              pen = false;
              continue;
            }
            d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
            pen = true;
            dots.push(<circle key={i} cx={x(i)} cy={y(v)} r={2.5} fill={colour} />);
          }
          return (
            <g key={s.name}>
              <path d={d} fill="none" stroke={colour} stroke-width={2} />
              {dots}
            </g>
          );
        })}
      </svg>
      <Legend series={series} />
    </>
  );
}

/** Horizontal bars 0–100 % with the count beside each (fix rate per rule). */
export function RateChart({ rows }: { rows: { label: string; rate: number | null; note: string }[] }) {
  const rowH = 24;
  const labelW = 220;
  const h = rows.length * rowH + 8;
  const plotW = W - labelW - 120;
  return (
    <svg viewBox={`0 0 ${W} ${Math.max(h, 40)}`} width="100%" preserveAspectRatio="xMidYMin meet" focusable="false">
      {rows.map((r, i) => {
        const yy = 4 + i * rowH;
        const w = (r.rate ?? 0) * plotW;
        return (
          <g key={r.label}>
            <text x={labelW - 8} y={yy + 15} text-anchor="end" font-size="12" fill="#222">
              {r.label}
            </text>
            <rect x={labelW} y={yy + 3} width={plotW} height={rowH - 8} fill="#eee" />
            <rect x={labelW} y={yy + 3} width={w} height={rowH - 8} fill={COLOURS[2]} />
            <text x={labelW + plotW + 8} y={yy + 15} font-size="12" fill="#222">
              {r.rate === null ? '–' : `${Math.round(r.rate * 100)} %`} {r.note}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {c}
                </th>
              ) : (
                <td key={j} class={typeof c === 'number' || /^[\d–]/.test(c) ? 'num' : 'text'}>
                  {typeof c === 'number' ? fmt(c) : c}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

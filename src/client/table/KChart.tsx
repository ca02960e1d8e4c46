/**
 * K for both blocs, year by year, as a small hand-written SVG chart (no chart library: two lines
 * do not need one). US is a solid line with round markers, China a dashed line with square
 * markers, so the two never differ by colour alone; a table carries the same figures for screen
 * readers.
 */
export interface KPoint {
  label: string;
  kUs: number;
  kCn: number;
}

const W = 320;
const H = 150;
const PAD = { left: 34, right: 20, top: 10, bottom: 22 };

/** `cursor` (the replay's point, in chart points: 1.5 = halfway through the second year) draws a vertical line. */
export function KChart({ points, cursor }: { points: KPoint[]; cursor?: number }) {
  const max = Math.max(1, ...points.flatMap((p) => [p.kUs, p.kCn])) * 1.1;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (k: number) => PAD.top + innerH - (k / max) * innerH;
  const line = (key: 'kUs' | 'kCn') => points.map((p, i) => `${x(i).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
  const ticks = [0, max / 2, max].map((t) => Math.round(t));

  return (
    <figure className="k-chart">
      <figcaption>Intelligent capital stock K = usable compute × model quality</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="presentation" aria-hidden="true" focusable="false">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="k-chart__grid" />
            <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end" className="k-chart__tick">
              {t}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <text key={p.label} x={x(i)} y={H - 6} textAnchor="middle" className="k-chart__tick">
            {p.label}
          </text>
        ))}
        {cursor !== undefined ? <line x1={x(cursor)} x2={x(cursor)} y1={PAD.top} y2={H - PAD.bottom} className="k-chart__cursor" data-testid="k-chart-cursor" /> : null}
        <polyline points={line('kUs')} className="k-chart__us" />
        <polyline points={line('kCn')} className="k-chart__cn" />
        {points.map((p, i) => (
          <g key={`m${i}`}>
            <circle cx={x(i)} cy={y(p.kUs)} r={3.5} className="k-chart__us-dot" />
            <rect x={x(i) - 3.5} y={y(p.kCn) - 3.5} width={7} height={7} className="k-chart__cn-dot" />
          </g>
        ))}
      </svg>
      <p className="k-chart__legend" aria-hidden="true">
        <span className="legend legend--us">● — US (solid, round)</span> <span className="legend legend--cn">■ - - China (dashed, square)</span>
      </p>
      <table className="visually-hidden">
        <caption>K by year</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">K US</th>
            <th scope="col">K China</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td>{p.kUs.toFixed(1)}</td>
              <td>{p.kCn.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

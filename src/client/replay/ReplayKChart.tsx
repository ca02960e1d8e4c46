/**
 * K over the whole game (the table's chart, fed the final state's history) with a cursor at the
 * replay's point, so the viewer sees where this moment sits in the race. The board beside it
 * shows K as it stood at this point.
 */
import { useMemo } from 'react';
import type { Replay, YearBoundary } from '../../record/index.js';
import { kHistory } from '../table/Board.js';
import { KChart } from '../table/KChart.js';
import { chartPosition } from './timeline.js';

export function ReplayKChart({ replay, index, boundaries }: { replay: Replay; index: number; boundaries: readonly YearBoundary[] }) {
  const points = useMemo(() => kHistory(replay.viewAt(replay.length, null)), [replay]);
  const cursor = chartPosition(boundaries, index);
  const resolved = Math.floor(cursor);
  const where = resolved === 0 ? 'before the first year resolves' : `after ${points[Math.min(resolved, points.length - 1)]!.label}`;
  return (
    <section className="replay-k" aria-labelledby="replay-k-title">
      <h2 id="replay-k-title">K over the whole game</h2>
      <KChart points={points} cursor={cursor} />
      <p className="replay-k__where">
        <span aria-hidden="true">│ </span>The line marks this point: {where}.
      </p>
    </section>
  );
}

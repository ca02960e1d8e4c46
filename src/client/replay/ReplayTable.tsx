/**
 * The table at one point of a replay, drawn with the live table's own components from the view
 * `replay.viewAt(index, viewer)` gives: the seats, the move just played, the news card, this
 * year's moves as the view saw them, the board and meters, K over the game with a cursor, the
 * year summaries so far; the all-seeing view adds every secret; the last point is the end screen.
 */
import { useMemo } from 'react';
import { seatOf, SCENARIOS, type Outcome } from '../../game/index.js';
import type { Replay, YearBoundary } from '../../record/index.js';
import { Board } from '../table/Board.js';
import { EndScreen } from '../table/EndScreen.js';
import { EventCard } from '../table/EventCard.js';
import { Meters } from '../table/Meters.js';
import { Secrets } from '../table/Secrets.js';
import { YearLog } from '../table/YearLog.js';
import { yearOf } from '../table/rulesView.js';
import { ActionNow } from './ActionNow.js';
import { PendingOrders } from './PendingOrders.js';
import { ReplayKChart } from './ReplayKChart.js';
import { recordSeatLines, ReplaySeats } from './ReplaySeats.js';
import { viewerOf, type ViewParam } from './routes.js';

export interface ReplayTableProps {
  replay: Replay;
  index: number;
  viewParam: ViewParam;
  boundaries: readonly YearBoundary[];
  playing: boolean;
}

export function ReplayTable({ replay, index, viewParam, boundaries, playing }: ReplayTableProps) {
  const viewer = viewerOf(viewParam);
  const view = replay.viewAt(index, viewer);
  const { ctx } = replay.stateAt(index);
  const action = replay.actionBefore(index);
  const outcome = ctx.gameover as Outcome | undefined;
  const lines = useMemo(() => recordSeatLines(replay.record), [replay]);
  const allSeeing = viewer === 'all';
  const viewerSeat = allSeeing ? null : seatOf(viewer);
  const year = yearOf(view);
  const phase = outcome ? 'game over' : ctx.phase === 'policy' ? 'policy: the US Government sets the export rule' : 'orders: NVIDIA, China and Huawei order in secret';

  const side = (
    <aside className="table__side">
      <ReplayKChart replay={replay} index={index} boundaries={boundaries} />
      <YearLog history={view.history} />
    </aside>
  );

  return (
    <div className="replay-table" data-testid="replay-table">
      <p className="replay-table__when" data-testid="replay-when">
        <strong>{outcome ? `Final: ${view.startYear}–${view.startYear + view.history.length - 1}` : `${year} · year ${view.round} of ${view.rounds}`}</strong> — {phase}{' '}
        <span className="replay-table__scenario">· {SCENARIOS[view.scenario].title}</span>
      </p>
      <ReplaySeats lines={lines} view={view} ctx={ctx} viewerSeat={viewerSeat} lastAction={action} />
      <ActionNow action={action} index={index} length={replay.length} view={view} playing={playing} />
      {outcome ? (
        <div className="table__main table__main--over">
          <EndScreen outcome={outcome} view={view} lines={lines} />
          {side}
        </div>
      ) : (
        <div className="table__main">
          <div className="table__center">
            <EventCard event={view.event} year={year} />
            <PendingOrders view={view} />
            {allSeeing ? (
              <div className="replay-secrets">
                <Secrets view={view} />
              </div>
            ) : null}
          </div>
          <div className="table__left">
            <Board view={view} />
            <Meters view={view} />
          </div>
          {side}
        </div>
      )}
    </div>
  );
}

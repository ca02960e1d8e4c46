/**
 * The table, drawn from one seat's view (or a spectator's): header with the year and phase, the
 * seats, this year's news, the viewer's order panel, the board and meters, the year summaries
 * and the chat. Rendering only: it is handed the state and the ways to act.
 */
import type { ChatMessage, Ctx } from 'boardgame.io';
import { playerIDOf, SCENARIOS, type MoveName, type Outcome, type PlayerView, type Seat } from '../../game/index.js';
import type { Notice } from '../socket/useMatchClient.js';
import { Board } from './Board.js';
import { Chat } from './Chat.js';
import { EndScreen } from './EndScreen.js';
import { EventCard } from './EventCard.js';
import { Meters } from './Meters.js';
import { OrderPanel } from './panels/OrderPanel.js';
import { yearOf } from './rulesView.js';
import { SeatsBar, type SeatLine } from './SeatsBar.js';
import { YearLog } from './YearLog.js';

export interface TableProps {
  view: PlayerView;
  ctx: Ctx;
  me: Seat | null;
  lines: SeatLine[];
  connected: boolean;
  chat: ChatMessage[];
  rejection: Notice | null;
  header: React.ReactNode;
  move: (name: MoveName, arg: unknown) => Notice | null;
  sendChat: (text: string) => void;
  dismissRejection: () => void;
}

function phaseText(ctx: Ctx): string {
  if (ctx.gameover) return 'Game over';
  return ctx.phase === 'policy'
    ? 'Policy: the US Government sets this year’s export rule (public).'
    : 'Orders: NVIDIA, China and Huawei order at the same time, in secret.';
}

export function Table(props: TableProps) {
  const { view, ctx, me, lines, connected, chat, rejection, header, move, sendChat, dismissRejection } = props;
  const year = yearOf(view);
  const outcome = ctx.gameover as Outcome | undefined;
  const myTurn = me !== null && !outcome && (me === 'usg' ? ctx.phase === 'policy' : ctx.phase === 'orders' && Boolean(ctx.activePlayers?.[playerIDOf(me)]));
  const myLine = lines.find((l) => l.seat === me);

  return (
    <div className={`table${outcome ? ' table--over' : ''}`}>
      <a className="skip-link" href={outcome ? '#end-title' : me ? '#order-panel-title' : '#board-title'}>
        {outcome ? 'Skip to the results' : me ? 'Skip to your orders' : 'Skip to the board'}
      </a>
      <header className="table__header">
        <div className="table__title">
          <h1>
            Compute Race <span className="table__scenario">· {SCENARIOS[view.scenario].title}</span>
          </h1>
          <p className="table__year" data-testid="year">
            <strong>
              {outcome ? `Final: ${view.startYear}–${view.startYear + view.history.length - 1}` : `${year} · year ${view.round} of ${view.rounds}`}
            </strong>{' '}
            — {phaseText(ctx)}
          </p>
        </div>
        <div className="table__status">{header}</div>
      </header>

      {rejection ? (
        <div className="rejection" role="alert" data-testid="rejection">
          <p>
            <strong>Not accepted:</strong> {rejection.message}
          </p>
          <button type="button" className="button button--small" onClick={dismissRejection}>
            Dismiss
          </button>
        </div>
      ) : null}

      <SeatsBar lines={lines} view={view} ctx={ctx} me={me} />

      {outcome ? (
        <main className="table__main table__main--over">
          <EndScreen outcome={outcome} view={view} lines={lines} />
          <aside className="table__side">
            <YearLog history={view.history} />
            <Chat messages={chat} lines={lines} canWrite={me !== null} onSend={sendChat} />
          </aside>
        </main>
      ) : (
        <main className="table__main">
          <div className="table__center">
            <EventCard event={view.event} year={year} />
            {me ? (
              myLine?.bot ? (
                <p className="bot-note">A server bot ({myLine.bot}) is playing your seat. Use “Seat options” to take it back.</p>
              ) : (
                <OrderPanel seat={me} view={view} myTurn={myTurn} connected={connected} rejection={rejection} move={move} />
              )
            ) : (
              <p className="spectator-note" data-testid="spectator-note">
                You are watching. Orders stay secret until each year resolves; everything is revealed at the end.
              </p>
            )}
          </div>
          <div className="table__left">
            <Board view={view} />
            <Meters view={view} />
          </div>
          <aside className="table__side">
            <YearLog history={view.history} />
            <Chat messages={chat} lines={lines} canWrite={me !== null} onSend={sendChat} />
          </aside>
        </main>
      )}
    </div>
  );
}

/** The front page: what the game is, start a match, join by code, open matches. */
import { CreateMatchForm } from './CreateMatchForm.js';
import { JoinByCode } from './JoinByCode.js';
import { OpenMatches } from './OpenMatches.js';
import { SeatEmblem } from '../table/SeatEmblem.js';
import { SEATS } from '../../game/index.js';

export function LobbyPage() {
  return (
    <div className="lobby">
      <header className="lobby__hero">
        <h1>Compute Race</h1>
        <p className="lobby__emblems" aria-hidden="true">
          {SEATS.map((s) => (
            <SeatEmblem key={s} seat={s} size={40} />
          ))}
        </p>
        <p>
          Four seats — the US Government, NVIDIA, China and Huawei — decide year by year who may sell which AI chips to whom. A bloc's strength is its
          intelligent capital stock, <strong>K = usable compute × model quality</strong>. Argue, deal, and see whose strategy holds up.
        </p>
        <details className="lobby__how">
          <summary>How a year works</summary>
          <ol>
            <li>A news card is revealed.</li>
            <li>The US Government sets the export rule for the year, in public.</li>
            <li>NVIDIA, China and Huawei order at the same time, in secret; each may revise until the last order is in.</li>
            <li>The year resolves: the market clears, stocks and meters move, and a summary is read out.</li>
          </ol>
          <p>Scores are measured against par (1.00 = an average game for that seat). If tension reaches 10, a crisis ends the game and everyone loses points — the capital that pushed hardest that year most of all.</p>
        </details>
        <p className="lobby__replays">
          <a href="/replays" data-internal data-testid="replays-link">
            Replays
          </a>
          : step through finished matches from any seat, open a record file, or play on from any point.
        </p>
      </header>
      <main className="lobby__main">
        <CreateMatchForm />
        <div className="lobby__side">
          <JoinByCode />
          <OpenMatches />
        </div>
      </main>
    </div>
  );
}

/**
 * The end of the game: scores against pars (score = raw / par, 1.00 = par), the winner, the bloc
 * view for teams, the final K with every secret counted, and the secrets themselves.
 */
import { crisisBlame, SEAT_NAMES, SEATS, type Outcome, type PlayerView } from '../../game/index.js';
import { fixed } from '../ui/format.js';
import { Board } from './Board.js';
import { Secrets } from './Secrets.js';
import { SeatEmblem } from './SeatEmblem.js';
import type { SeatLine } from './SeatsBar.js';
import { useRoute } from '../app/router.js';
import { RecordLinks } from '../replay/RecordLinks.js';

export function EndScreen({ outcome, view, lines }: { outcome: Outcome; view: PlayerView; lines: SeatLine[] }) {
  const ranked = [...SEATS].sort((a, b) => outcome.scores[b].score - outcome.scores[a].score);
  const who = (seat: (typeof SEATS)[number]) => {
    const line = lines.find((l) => l.seat === seat);
    return line?.bot ? `bot: ${line.bot}` : (line?.name ?? '—');
  };
  const maxScore = Math.max(1.5, ...SEATS.map((s) => outcome.scores[s].score));
  const blocLead = outcome.blocs.us === outcome.blocs.cn ? 'level' : outcome.blocs.us > outcome.blocs.cn ? 'the US bloc leads' : 'the China bloc leads';
  // A live match offers its record and replay; the replay viewer (which draws this screen too) does not.
  const route = useRoute();
  const liveMatchID = route.page === 'match' ? route.matchID : null;
  return (
    <div className="end-screen" data-testid="end-screen">
      <section className="end-screen__hero" aria-labelledby="end-title">
        <h2 id="end-title" tabIndex={-1}>
          {outcome.reason === 'crisis' ? 'Crisis! Tension reached 10 and the game ended at once.' : 'The last year is played.'}
        </h2>
        {outcome.reason === 'crisis' ? <p data-testid="crisis-blame">{crisisBlame(outcome)}</p> : null}
        <p className="end-screen__winner" data-testid="winner">
          <SeatEmblem seat={outcome.winner} size={48} /> Winner: <strong>{SEAT_NAMES[outcome.winner]}</strong> ({who(outcome.winner)}) with{' '}
          {outcome.scores[outcome.winner].score.toFixed(2)}× par
        </p>
      </section>

      {liveMatchID ? <RecordLinks matchID={liveMatchID} /> : null}

      <section aria-labelledby="scores-title" className="end-screen__scores">
        <h3 id="scores-title">Scores against par</h3>
        <p>Each seat's raw score is divided by its par (its average in the balance simulation), so 1.00 is par.</p>
        <table className="scores">
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Seat</th>
              <th scope="col">Player</th>
              <th scope="col">Raw</th>
              <th scope="col">Par</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((seat, i) => {
              const s = outcome.scores[seat];
              return (
                <tr key={seat} data-testid={`score-${seat}`}>
                  <td>{i + 1}</td>
                  <th scope="row">{SEAT_NAMES[seat]}</th>
                  <td>{who(seat)}</td>
                  <td>{fixed(s.raw)}</td>
                  <td>{fixed(s.par)}</td>
                  <td>
                    <span className="score-bar" aria-hidden="true">
                      <span style={{ width: `${Math.max(0, (s.score / maxScore) * 100)}%` }} />
                      <span className="score-bar__par" style={{ left: `${(1 / maxScore) * 100}%` }} />
                    </span>
                    <strong>{s.score.toFixed(2)}</strong>× par
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="blocs-title" className="end-screen__blocs">
        <h3 id="blocs-title">The blocs</h3>
        <p>
          US bloc (US Government + NVIDIA): <strong>{outcome.blocs.us.toFixed(2)}</strong> · China bloc (China + Huawei):{' '}
          <strong>{outcome.blocs.cn.toFixed(2)}</strong> — {blocLead}.
        </p>
        <p>
          Final K with every secret counted: US <strong>{fixed(outcome.kUs)}</strong>, China <strong>{fixed(outcome.kCn)}</strong>.
        </p>
      </section>

      <Secrets view={view} />
      <Board view={view} />
    </div>
  );
}

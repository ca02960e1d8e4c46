/**
 * On the end screen of a live match: save the finished game's record (the server answers it as
 * a file) and watch its replay. Light on purpose: the replay pages themselves load on demand.
 */
import { recordDownloadPath } from './recordsApi.js';
import { replayPath } from './routes.js';

export function RecordLinks({ matchID }: { matchID: string }) {
  return (
    <section className="end-screen__record" aria-labelledby="record-links-title">
      <h3 id="record-links-title">The game record</h3>
      <p>Every move, every secret order and the final scores, in one file that anyone can replay and check.</p>
      <p className="end-screen__record-links">
        <a className="button button--small" href={recordDownloadPath(matchID)} download data-testid="download-record">
          Download record
        </a>{' '}
        <a className="button button--small button--primary" href={replayPath(matchID)} data-internal data-testid="watch-replay">
          Watch replay
        </a>
      </p>
    </section>
  );
}

/** /replays: open a record file, or pick a finished match to watch again. */
import { useEffect } from 'react';
import { ImportBox } from './ImportBox.js';
import { ReplayList } from './ReplayList.js';

export function ReplaysPage() {
  useEffect(() => {
    document.title = 'Compute Race — replays';
  }, []);
  return (
    <div className="replays">
      <header className="replays__head">
        <p className="replay__crumbs">
          <a href="/" data-internal>
            Lobby
          </a>
        </p>
        <h1>Replays</h1>
        <p>
          Step through a finished match year by year, from any seat's view or with every secret shown, and play on from any point to see what would have
          happened instead.
        </p>
      </header>
      <main className="replays__main">
        <ReplayList />
        <ImportBox />
      </main>
    </div>
  );
}

/**
 * /replay/:matchID (the server's record of a finished match) and /replay/file (the record
 * imported in this tab): loads the record's text, parses and verifies it in the browser with
 * src/record, and opens the viewer; a record that does not load says why.
 */
import { useEffect, useState } from 'react';
import { ApiError } from '../api/rest.js';
import { spectatePath } from '../app/router.js';
import { importedRecordText } from './importedRecord.js';
import { loadRecordText, type LoadedRecord } from './loadRecord.js';
import { RecordProblemView } from './RecordProblemView.js';
import { recordsApi } from './recordsApi.js';
import { ReplayViewer } from './ReplayViewer.js';
import { replaysPath, type ReplaySource } from './routes.js';

type PageState =
  | { status: 'loading' }
  | { status: 'no-file' }
  | { status: 'unavailable'; error: ApiError }
  | { status: 'loaded'; text: string; loaded: LoadedRecord };

async function fetchText(source: ReplaySource): Promise<PageState> {
  if (source.kind === 'file') {
    const text = importedRecordText();
    return text === null ? { status: 'no-file' } : { status: 'loaded', text, loaded: loadRecordText(text) };
  }
  try {
    const text = await recordsApi.recordText(source.matchID);
    return { status: 'loaded', text, loaded: loadRecordText(text) };
  } catch (e) {
    return { status: 'unavailable', error: e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', 'The record could not be loaded.') };
  }
}

export function ReplayPage({ source }: { source: ReplaySource }) {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  // The route object is new on every render of the app: load again only for another record.
  const key = source.kind === 'file' ? '' : source.matchID;
  useEffect(() => {
    let live = true;
    void fetchText(source).then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [key]);

  if (state.status === 'loaded' && state.loaded.ok) return <ReplayViewer replay={state.loaded.replay} text={state.text} source={source} />;

  return (
    <main className="replay-page-message">
      <h1>Replay</h1>
      {state.status === 'loading' ? <p role="status">Loading and checking the record…</p> : null}
      {state.status === 'no-file' ? (
        <p role="alert">No record was imported in this tab. Choose a record file on the replays page.</p>
      ) : null}
      {state.status === 'unavailable' ? (
        <div role="alert">
          <p>
            <strong>The record could not be loaded:</strong> {state.error.message}
          </p>
          {source.kind === 'match' && state.error.status !== 404 ? (
            <p>
              If the match is still being played, <a href={spectatePath(source.matchID)} data-internal>watch it live</a>; its replay opens once it is over.
            </p>
          ) : null}
        </div>
      ) : null}
      {state.status === 'loaded' && !state.loaded.ok ? <RecordProblemView problem={state.loaded} /> : null}
      <p>
        <a href={replaysPath()} data-internal>
          All replays
        </a>{' '}
        ·{' '}
        <a href="/" data-internal>
          Back to the lobby
        </a>
      </p>
    </main>
  );
}

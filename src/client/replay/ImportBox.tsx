/**
 * Import a record file: dropped on the box or chosen with the file input (the keyboard's way).
 * It is parsed and verified here, in the browser, with src/record; a good one opens in the
 * viewer at /replay/file, a bad one says why (versions, the malformed path, the unknown
 * scenario, or the first action where a tampered record diverges).
 */
import { useState, type DragEvent } from 'react';
import { MAX_RECORD_CHARS } from '../../record/index.js';
import { navigate } from '../app/router.js';
import { keepImportedRecord } from './importedRecord.js';
import { loadRecordText, type RecordProblem } from './loadRecord.js';
import { RecordProblemView } from './RecordProblemView.js';
import { importedReplayPath } from './routes.js';

/** A character is at most 4 bytes in UTF-8: a bigger file cannot be a record, so it is not read. */
const MAX_FILE_BYTES = MAX_RECORD_CHARS * 4;

type Status = { kind: 'idle' } | { kind: 'checking'; name: string } | { kind: 'refused'; name: string; problem: RecordProblem } | { kind: 'unreadable'; message: string };

export function ImportBox() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [over, setOver] = useState(false);

  const importFile = async (file: File) => {
    if (file.size > MAX_FILE_BYTES) {
      setStatus({ kind: 'unreadable', message: `${file.name} is ${Math.round(file.size / 1_000_000)} MB: far larger than any Compute Race record.` });
      return;
    }
    setStatus({ kind: 'checking', name: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ kind: 'unreadable', message: `${file.name} could not be read.` });
      return;
    }
    // Let the "checking" line paint before the replay runs (it takes a moment on a phone).
    await new Promise((r) => window.setTimeout(r, 0));
    const loaded = loadRecordText(text);
    if (!loaded.ok) {
      setStatus({ kind: 'refused', name: file.name, problem: loaded });
      return;
    }
    keepImportedRecord(text);
    navigate(importedReplayPath());
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) void importFile(file);
  };

  return (
    <section className="import-box" aria-labelledby="import-title">
      <h2 id="import-title">Open a record file</h2>
      <div
        className={`import-box__drop${over ? ' import-box__drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <p>Drop a Compute Race record (.json) here, or</p>
        <label className="button button--small import-box__choose">
          Choose a record file
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
            data-testid="import-file"
          />
        </label>
        <p className="hint">The file is checked here, in your browser: its moves are replayed through the rules and must reproduce its scores.</p>
      </div>
      {status.kind === 'checking' ? <p role="status">Checking {status.name}…</p> : null}
      {status.kind === 'unreadable' ? (
        <p className="form-error" role="alert">
          {status.message}
        </p>
      ) : null}
      {status.kind === 'refused' ? (
        <>
          <p className="import-box__file">{status.name} was not opened.</p>
          <RecordProblemView problem={status.problem} />
        </>
      ) : null}
    </section>
  );
}

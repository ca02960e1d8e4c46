/**
 * The record as plain text, year by year (src/record transcriptOf), to read, print or save. While
 * printing, the page shows only the transcript (see replay-page.css, html.print-transcript).
 */
import { useMemo } from 'react';
import { useModalDialog } from '../ui/useModalDialog.js';
import { transcriptOf, type Replay } from '../../record/index.js';
import { downloadText } from './download.js';

export function TranscriptDialog({ open, onClose, replay }: { open: boolean; onClose: () => void; replay: Replay }) {
  const dialog = useModalDialog(open);
  // Written only once asked for: it is a second pass over every state.
  const text = useMemo(() => (open ? transcriptOf(replay) : ''), [open, replay]);

  const print = () => {
    const root = document.documentElement;
    root.classList.add('print-transcript');
    window.addEventListener('afterprint', () => root.classList.remove('print-transcript'), { once: true });
    window.print();
  };

  return (
    <dialog ref={dialog} className="replay-dialog transcript-dialog" aria-labelledby="transcript-title" onClose={onClose} data-testid="transcript-dialog">
      <div className="replay-dialog__head">
        <h2 id="transcript-title">Transcript</h2>
        <div className="replay-dialog__actions">
          <button type="button" className="button button--small" onClick={print}>
            Print
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => downloadText(text, `compute-race-${replay.record.matchID}-transcript.txt`, 'text/plain;charset=utf-8')}
          >
            Save as text
          </button>
          <button type="button" className="button button--small" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </div>
      <pre className="transcript" tabIndex={0} aria-label="Transcript text" data-testid="transcript-text">
        {text}
      </pre>
    </dialog>
  );
}

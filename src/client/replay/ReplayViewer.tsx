/**
 * The replay viewer: the record's header and tools (download, transcript, play from here), the
 * timeline and the view switcher, and the table at the chosen point. The replay's keys (see
 * handleTimelineKey) work anywhere on the page except in form fields and dialogs: a shortcut
 * layer over controls that are all reachable by Tab, the slider first.
 */
import { useEffect, useRef, useState } from 'react';
import { SCENARIOS, SEAT_NAMES } from '../../game/index.js';
import type { Replay } from '../../record/index.js';
import { yearOf } from '../table/rulesView.js';
import { recordFileName, downloadText } from './download.js';
import { ForkBanner } from './ForkBanner.js';
import { ForkDialog } from './ForkDialog.js';
import { ReplayTable } from './ReplayTable.js';
import { replaysPath, type ReplaySource } from './routes.js';
import { Timeline } from './Timeline.js';
import { TranscriptDialog } from './TranscriptDialog.js';
import { handleTimelineKey, useReplayCursor } from './useReplayCursor.js';
import { ViewSwitcher } from './ViewSwitcher.js';

/** Keys typed into these belong to them (the slider handles its own). */
const OWN_KEYS = 'input, select, textarea, dialog, [contenteditable="true"]';
/** Space activates these; the replay leaves it to them. */
const SPACE_TARGETS = 'button, a, summary';

export function ReplayViewer({ replay, text, source }: { replay: Replay; text: string; source: ReplaySource }) {
  const cursor = useReplayCursor(replay);
  const [forking, setForking] = useState(false);
  const [reading, setReading] = useState(false);
  const { record } = replay;
  const state = replay.stateAt(cursor.index);
  const over = Boolean(state.ctx.gameover);
  const action = replay.actionBefore(cursor.index);
  const pointText = `after action ${cursor.index} of ${cursor.length}: ${yearOf(state.G)}, ${over ? 'game over' : state.ctx.phase}`;

  useEffect(() => {
    document.title = `Compute Race — replay of ${record.matchID}`;
  }, [record.matchID]);

  // On the whole document, so the keys work wherever focus is (also on the page itself, after a
  // click on the table); the latest cursor is read through a ref.
  const latest = useRef(cursor);
  latest.current = cursor;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const target = event.target instanceof Element ? event.target : document.body;
      if (target.closest(OWN_KEYS)) return;
      if (event.key === ' ' && target.closest(SPACE_TARGETS)) return;
      if (handleTimelineKey(latest.current, event.key)) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const result = record.result;
  return (
    <div className="replay">
      <a className="skip-link" href="#replay-slider">
        Skip to the timeline
      </a>
      <header className="replay__header">
        <div>
          <p className="replay__crumbs">
            <a href="/" data-internal>
              Lobby
            </a>{' '}
            ·{' '}
            <a href={replaysPath()} data-internal>
              Replays
            </a>
          </p>
          <h1>
            Replay <span className="replay__scenario">· {SCENARIOS[record.scenario].title}</span>
          </h1>
          <p className="replay__meta" data-testid="replay-meta">
            Match {record.matchID}
            {source.kind === 'file' ? ' (imported file)' : ''} · {record.setupData.rounds} years · {record.actions.length} actions
            {result ? ` · winner ${SEAT_NAMES[result.winner]}${result.reason === 'crisis' ? ' (crisis)' : ''}` : ' · not finished'} · verified ✓
          </p>
          <ForkBanner replay={replay} />
        </div>
        <div className="replay__tools">
          <button type="button" className="button button--small" onClick={() => downloadText(text, recordFileName(record.matchID), 'application/json')} data-testid="download-record">
            Download record
          </button>
          <button type="button" className="button button--small" onClick={() => setReading(true)} data-testid="open-transcript">
            Transcript
          </button>
          <button
            type="button"
            className="button button--small replay__fork-button"
            onClick={() => setForking(true)}
            disabled={over}
            aria-describedby={over ? 'fork-over-note' : undefined}
            data-testid="play-from-here"
          >
            Play from here
          </button>
          {over ? (
            <span id="fork-over-note" className="replay__note">
              The game is over at this point: step back to play from an earlier one.
            </span>
          ) : null}
        </div>
      </header>

      <div className="replay__controls">
        <Timeline cursor={cursor} action={action} />
        <ViewSwitcher view={cursor.view} onChange={cursor.setView} />
      </div>

      <main className="replay__main">
        <ReplayTable replay={replay} index={cursor.index} viewParam={cursor.view} boundaries={cursor.boundaries} playing={cursor.playing} />
      </main>

      {forking ? (
        <ForkDialog open onClose={() => setForking(false)} record={record} source={source} actionIndex={cursor.index} pointText={pointText} />
      ) : null}
      <TranscriptDialog open={reading} onClose={() => setReading(false)} replay={replay} />
    </div>
  );
}

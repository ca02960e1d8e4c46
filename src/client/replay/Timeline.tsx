/**
 * The replay's timeline: a slider over every state (an accessible slider: a native range input
 * with a spoken value), step and jump buttons, play/pause with speed, and a button per year.
 * The slider takes the replay's own keys (PageUp/PageDown by year instead of by tenths).
 */
import type { KeyboardEvent } from 'react';
import type { RecordAction } from '../../record/index.js';
import { actionHeadline } from './ActionNow.js';
import { yearIndexAt } from './timeline.js';
import { handleTimelineKey, SPEEDS, type ReplayCursor, type Speed } from './useReplayCursor.js';

export function Timeline({ cursor, action }: { cursor: ReplayCursor; action: RecordAction | null }) {
  const { index, length, boundaries, playing, speed } = cursor;
  // At the very end the "End" button is the current one, not the last year's.
  const currentYear = index < length ? yearIndexAt(boundaries, index) : -1;
  const onSliderKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (handleTimelineKey(cursor, event.key)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="visually-hidden">
        Timeline
      </h2>
      <div className="timeline__slider">
        <label htmlFor="replay-slider">Point in the game</label>
        <input
          id="replay-slider"
          type="range"
          min={0}
          max={length}
          step={1}
          value={index}
          list="replay-year-ticks"
          aria-valuetext={actionHeadline(action, index, length)}
          aria-describedby="timeline-keys"
          onChange={(e) => cursor.go(Number(e.target.value))}
          onKeyDown={onSliderKey}
          data-testid="replay-slider"
        />
        <datalist id="replay-year-ticks">
          {boundaries.map((b) => (
            <option key={b.year} value={b.start} label={String(b.year)} />
          ))}
        </datalist>
        <output htmlFor="replay-slider" className="timeline__position" data-testid="replay-position">
          {index} / {length}
        </output>
      </div>

      <div className="timeline__controls">
        <div className="timeline__buttons" role="group" aria-label="Step through the game">
          <button type="button" className="button button--small" onClick={() => cursor.go(0)} disabled={index === 0} aria-label="To the start (Home)">
            |◀
          </button>
          <button type="button" className="button button--small" onClick={() => cursor.step(-1)} disabled={index === 0} aria-label="One action back (Left arrow)">
            ◀
          </button>
          <button type="button" className="button button--small button--primary timeline__play" onClick={cursor.togglePlay} aria-pressed={playing} data-testid="replay-play">
            {playing ? '❚❚ Pause' : '▶ Play'}
          </button>
          <button type="button" className="button button--small" onClick={() => cursor.step(1)} disabled={index === length} aria-label="One action forward (Right arrow)">
            ▶
          </button>
          <button type="button" className="button button--small" onClick={() => cursor.go(length)} disabled={index === length} aria-label="To the end (End)">
            ▶|
          </button>
        </div>
        <label className="timeline__speed">
          Speed{' '}
          <select value={speed} onChange={(e) => cursor.setSpeed(Number(e.target.value) as Speed)} data-testid="replay-speed">
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      </div>

      <nav className="timeline__years" aria-label="Jump to a year">
        <ul>
          {boundaries.map((b, i) => (
            <li key={b.year}>
              <button
                type="button"
                className={`year-tick${i === currentYear ? ' year-tick--on' : ''}`}
                aria-current={i === currentYear ? 'step' : undefined}
                onClick={() => cursor.go(b.start)}
                data-testid={`year-${b.year}`}
              >
                {b.year}
                <span className="visually-hidden">{b.end === null ? ' (not resolved)' : ''}, jump to its start</span>
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className={`year-tick${index === length ? ' year-tick--on' : ''}`}
              aria-current={index === length ? 'step' : undefined}
              onClick={() => cursor.go(length)}
              data-testid="year-end"
            >
              End
            </button>
          </li>
        </ul>
      </nav>
      <p id="timeline-keys" className="timeline__keys hint">
        Keys: ← → one action · PageUp / PageDown one year · Home / End · Space play or pause
      </p>
    </section>
  );
}

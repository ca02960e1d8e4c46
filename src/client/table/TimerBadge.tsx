/**
 * The phase's turn timer, if the match has one: time left until the server plays the documented
 * default order for seats that have not moved. The host (the browser that created the match)
 * may pause and resume it.
 */
import { useEffect, useState } from 'react';
import type { TimerInfo } from '../api/schemas.js';
import { clock } from '../ui/format.js';

export function TimerBadge({ timer, isHost, onPause, onResume }: { timer: TimerInfo | null; isHost: boolean; onPause: () => void; onResume: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!timer?.deadline || timer.paused) return;
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [timer?.deadline, timer?.paused]);
  if (!timer) return null;
  const left = timer.deadline ? timer.deadline - now : null;
  return (
    <div className="timer" data-testid="timer">
      <span>
        Timer: {timer.paused ? 'paused' : left !== null ? `${clock(left)} left` : `${timer.seconds}s per phase`}
        <span className="visually-hidden"> (at the deadline, seats that have not moved play their default order)</span>
      </span>
      {isHost ? (
        <button type="button" className="button button--small" onClick={timer.paused ? onResume : onPause}>
          {timer.paused ? 'Resume timer' : 'Pause timer'}
        </button>
      ) : null}
    </div>
  );
}

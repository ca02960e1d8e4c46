/**
 * Turn-timer arithmetic, pure (the clock is a parameter). A match's timer gives each phase of
 * each year (USG's policy phase, then the three order seats' orders phase) the same number of
 * seconds. Deadlines are absolute epoch milliseconds so that they survive a restart.
 *
 * A timer runs only while it is neither paused by the host nor held because no person is at the
 * table (nobody there means nobody to wait for: the time is kept until a person returns). A
 * stopped timer keeps the time that was left instead of a deadline.
 */
import type { TimerRecord } from './store.js';

/** The phase a deadline belongs to, or null once the game is over (no deadline then). */
export function phaseKeyOf(state: { G: { round: number }; ctx: { phase: string; gameover?: unknown } }): string | null {
  if (state.ctx.gameover !== undefined) return null;
  return `${state.G.round}:${state.ctx.phase}`;
}

/**
 * The timer after the match was seen in phase `phaseKey` at `now`: unchanged within the same
 * phase; the full time when a new phase begins (as a deadline if the timer runs, kept for later
 * if it is paused or held); no deadline once the game is over.
 */
export function enterPhase(timer: TimerRecord, phaseKey: string | null, now: number, present: boolean, msPerSecond = 1000): TimerRecord {
  if (phaseKey === timer.phaseKey) return timer;
  if (phaseKey === null) return { ...timer, phaseKey: null, deadline: null, remainingMs: null };
  const full = timer.seconds * msPerSecond;
  return timer.paused || !present
    ? { ...timer, phaseKey, deadline: null, remainingMs: full }
    : { ...timer, phaseKey, deadline: now + full, remainingMs: null };
}

/** Stops the clock, keeping the time left (never negative); a stopped timer is unchanged. */
export function hold(timer: TimerRecord, now: number): TimerRecord {
  if (timer.deadline === null) return timer;
  return { ...timer, deadline: null, remainingMs: Math.max(0, timer.deadline - now) };
}

/** Starts the clock again with the time left, unless the host paused it. */
export function release(timer: TimerRecord, now: number): TimerRecord {
  if (timer.paused || timer.deadline !== null || timer.remainingMs === null) return timer;
  return { ...timer, deadline: now + timer.remainingMs, remainingMs: null };
}

/** Pausing keeps the time left; pausing a paused timer changes nothing. */
export function pause(timer: TimerRecord, now: number): TimerRecord {
  if (timer.paused) return timer;
  return { ...hold(timer, now), paused: true };
}

/** Resuming runs the time left from now if a person is at the table (else it stays held); resuming a running timer changes nothing. */
export function resume(timer: TimerRecord, now: number, present: boolean): TimerRecord {
  if (!timer.paused) return timer;
  const resumed = { ...timer, paused: false };
  return present ? release(resumed, now) : resumed;
}

/** Milliseconds until the deadline fires (0 if already due), or null when nothing is to fire. */
export function msUntilDeadline(timer: TimerRecord, now: number): number | null {
  if (timer.paused || timer.deadline === null || timer.phaseKey === null) return null;
  return Math.max(0, timer.deadline - now);
}

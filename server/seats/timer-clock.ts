/**
 * Turn-timer arithmetic, pure (the clock is a parameter). A match's timer gives each phase of
 * each year (USG's policy phase, then the three order seats' orders phase) the same number of
 * seconds. Deadlines are absolute epoch milliseconds so that they survive a restart; a paused
 * timer keeps the time that was left instead.
 */
import type { TimerRecord } from './store.js';

/** The phase a deadline belongs to, or null once the game is over (no deadline then). */
export function phaseKeyOf(state: { G: { round: number }; ctx: { phase: string; gameover?: unknown } }): string | null {
  if (state.ctx.gameover !== undefined) return null;
  return `${state.G.round}:${state.ctx.phase}`;
}

/**
 * The timer after the match was seen in phase `phaseKey` at `now`: unchanged within the same
 * phase; a fresh full deadline when a new phase begins (a paused timer stays paused, with the
 * full time kept for when it resumes); no deadline once the game is over.
 */
export function enterPhase(timer: TimerRecord, phaseKey: string | null, now: number, msPerSecond = 1000): TimerRecord {
  if (phaseKey === timer.phaseKey) return timer;
  if (phaseKey === null) return { ...timer, phaseKey: null, deadline: null, remainingMs: null };
  const full = timer.seconds * msPerSecond;
  return timer.paused
    ? { ...timer, phaseKey, deadline: null, remainingMs: full }
    : { ...timer, phaseKey, deadline: now + full, remainingMs: null };
}

/** Pausing keeps the time left (never negative); pausing a paused timer changes nothing. */
export function pause(timer: TimerRecord, now: number): TimerRecord {
  if (timer.paused) return timer;
  const remainingMs = timer.deadline === null ? null : Math.max(0, timer.deadline - now);
  return { ...timer, paused: true, deadline: null, remainingMs };
}

/** Resuming sets the deadline the time left from now; resuming a running timer changes nothing. */
export function resume(timer: TimerRecord, now: number): TimerRecord {
  if (!timer.paused) return timer;
  const deadline = timer.remainingMs === null ? null : now + timer.remainingMs;
  return { ...timer, paused: false, deadline, remainingMs: null };
}

/** Milliseconds until the deadline fires (0 if already due), or null when nothing is to fire. */
export function msUntilDeadline(timer: TimerRecord, now: number): number | null {
  if (timer.paused || timer.deadline === null || timer.phaseKey === null) return null;
  return Math.max(0, timer.deadline - now);
}

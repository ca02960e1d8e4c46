import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enterPhase, hold, msUntilDeadline, pause, phaseKeyOf, release, resume } from '../../server/seats/timer-clock.js';
import type { TimerRecord } from '../../server/seats/store.js';

const fresh: TimerRecord = { matchID: 'm', seconds: 30, phaseKey: null, deadline: null, remainingMs: null, paused: false };

describe('turn timer arithmetic', () => {
  it('names a phase by year and phase, and has none once the game is over', () => {
    expect(phaseKeyOf({ G: { round: 2 }, ctx: { phase: 'orders' } })).toBe('2:orders');
    expect(phaseKeyOf({ G: { round: 2 }, ctx: { phase: 'orders', gameover: { winner: 'usg' } } })).toBeNull();
  });

  it('gives a new phase the full time and keeps the deadline within a phase', () => {
    const policy = enterPhase(fresh, '1:policy', 1_000, true);
    expect(policy).toMatchObject({ phaseKey: '1:policy', deadline: 31_000, remainingMs: null });
    expect(enterPhase(policy, '1:policy', 20_000, true)).toBe(policy);
    expect(enterPhase(policy, '1:orders', 20_000, true)).toMatchObject({ phaseKey: '1:orders', deadline: 50_000 });
  });

  it('clears the deadline at game over', () => {
    const running = enterPhase(fresh, '3:orders', 0, true);
    expect(enterPhase(running, null, 5, true)).toMatchObject({ phaseKey: null, deadline: null });
    expect(msUntilDeadline(enterPhase(running, null, 5, true), 5)).toBeNull();
  });

  it('keeps the time left while paused, and a paused timer entering a new phase gets the full time but stays paused', () => {
    const running = enterPhase(fresh, '1:policy', 0, true);
    const paused = pause(running, 12_000);
    expect(paused).toMatchObject({ paused: true, deadline: null, remainingMs: 18_000 });
    expect(msUntilDeadline(paused, 99_999)).toBeNull();
    expect(resume(paused, 100_000, true)).toMatchObject({ paused: false, deadline: 118_000, remainingMs: null });
    expect(enterPhase(paused, '1:orders', 13_000, true)).toMatchObject({ paused: true, deadline: null, remainingMs: 30_000 });
  });

  it('holds while nobody is at the table: a new phase keeps its full time, a running one its time left', () => {
    expect(enterPhase(fresh, '1:policy', 1_000, false)).toMatchObject({ phaseKey: '1:policy', deadline: null, remainingMs: 30_000, paused: false });
    const running = enterPhase(fresh, '1:policy', 0, true);
    const held = hold(running, 10_000);
    expect(held).toMatchObject({ deadline: null, remainingMs: 20_000, paused: false });
    expect(msUntilDeadline(held, 99_999)).toBeNull();
    expect(hold(held, 50_000)).toBe(held);
    expect(release(held, 60_000)).toMatchObject({ deadline: 80_000, remainingMs: null });
    expect(release(running, 60_000)).toBe(running);
  });

  it('a held timer the host pauses stays paused when a person returns, and resumes held if nobody is there', () => {
    const held = hold(enterPhase(fresh, '1:policy', 0, true), 10_000);
    const paused = pause(held, 20_000);
    expect(paused).toMatchObject({ paused: true, deadline: null, remainingMs: 20_000 });
    expect(release(paused, 30_000)).toBe(paused);
    expect(resume(paused, 40_000, false)).toMatchObject({ paused: false, deadline: null, remainingMs: 20_000 });
    expect(resume(paused, 40_000, true)).toMatchObject({ paused: false, deadline: 60_000, remainingMs: null });
  });

  it('pausing after the deadline keeps zero, not a negative time', () => {
    const running = enterPhase(fresh, '1:policy', 0, true);
    expect(pause(running, 45_000).remainingMs).toBe(0);
    expect(msUntilDeadline(running, 45_000)).toBe(0);
  });

  it('pause and resume are idempotent', () => {
    const running = enterPhase(fresh, '1:policy', 0, true);
    expect(resume(running, 5, true)).toBe(running);
    const paused = pause(running, 5);
    expect(pause(paused, 10)).toBe(paused);
  });

  it('any sequence of pauses and resumes spends exactly the running time', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }), (gaps) => {
        let timer = enterPhase({ ...fresh, seconds: 3600 }, '1:policy', 0, true);
        let now = 0;
        let running = 0;
        gaps.forEach((gap, index) => {
          now += gap;
          if (index % 2 === 0) {
            running += gap;
            timer = pause(timer, now);
          } else {
            timer = resume(timer, now, true);
          }
        });
        const left = timer.paused ? timer.remainingMs! : timer.deadline! - now;
        expect(left).toBe(3_600_000 - running);
      }),
    );
  });
});

/**
 * Optional per-match turn timers. Each phase (USG's policy phase, the order seats' orders
 * phase) gets a deadline, stored as an absolute time so a restart re-arms it; at the deadline
 * the server submits the documented default move for every seat that has not acted, through
 * the hub with the seat's credentials. The host can pause (the time left is kept) and resume.
 * A timer runs only while a person is at the table (a seat's socket connected): a match nobody
 * joined, or one every person left, is not played out by default orders.
 */
import type { State } from 'boardgame.io';
import type { GameState } from '../../src/game/index.js';
import { defaultMoveFor, seatsYetToAct } from './default-moves.js';
import type { SeatsHub, SeatsLogger } from './hub-port.js';
import type { MatchQueue } from './match-queue.js';
import type { SeatDirectory } from './seat-directory.js';
import { submitForSeat } from './seat-submit.js';
import type { SeatStore, TimerRecord } from './store.js';
import { enterPhase, hold, msUntilDeadline, pause, phaseKeyOf, release, resume } from './timer-clock.js';

export interface TurnTimersOptions {
  readonly hub: SeatsHub;
  readonly store: SeatStore;
  readonly directory: SeatDirectory;
  readonly queue: MatchQueue;
  readonly log: SeatsLogger;
  /** Whether a person is at the table now (some seat has a connected socket). */
  readonly present: (matchID: string) => boolean;
  readonly now?: () => number;
  /** Length of a timer second in ms: 1000, except in tests. */
  readonly msPerTimerSecond?: number;
}

export class TurnTimers {
  private readonly armed = new Map<string, NodeJS.Timeout>();
  private readonly now: () => number;
  private stopped = false;

  constructor(private readonly options: TurnTimersOptions) {
    this.now = options.now ?? Date.now;
  }

  /** A committed state: a new phase gets a fresh deadline; the same phase keeps its deadline. */
  observe(matchID: string, state: State<GameState>): void {
    if (this.stopped) return;
    const timer = this.options.store.timer(matchID);
    if (!timer) return;
    const now = this.now();
    const present = this.options.present(matchID);
    const entered = enterPhase(timer, phaseKeyOf(state), now, present, this.options.msPerTimerSecond);
    // Also on the first sight after a restart: nobody is connected yet, so the clock holds.
    const next = present ? release(entered, now) : hold(entered, now);
    if (next !== timer) this.options.store.saveTimer(next);
    // Re-arming on every change is cheap and also covers the first sight after a restart.
    if (next !== timer || !this.armed.has(matchID)) this.arm(next);
  }

  pause(matchID: string): TimerRecord | undefined {
    return this.update(matchID, (timer) => pause(timer, this.now()));
  }

  resume(matchID: string): TimerRecord | undefined {
    return this.update(matchID, (timer) => resume(timer, this.now(), this.options.present(matchID)));
  }

  /** A person came to the table or the last one left: the clock runs or holds. */
  presenceChanged(matchID: string): void {
    const present = this.options.present(matchID);
    this.update(matchID, (timer) => (present ? release(timer, this.now()) : hold(timer, this.now())));
  }

  /** The match was removed: nothing may fire for it. */
  forget(matchID: string): void {
    clearTimeout(this.armed.get(matchID));
    this.armed.delete(matchID);
  }

  stop(): void {
    this.stopped = true;
    for (const timeout of this.armed.values()) clearTimeout(timeout);
    this.armed.clear();
  }

  private update(matchID: string, change: (timer: TimerRecord) => TimerRecord): TimerRecord | undefined {
    const timer = this.options.store.timer(matchID);
    if (!timer) return undefined;
    const next = change(timer);
    if (next !== timer) {
      this.options.store.saveTimer(next);
      this.arm(next);
    }
    return next;
  }

  private arm(timer: TimerRecord): void {
    this.forget(timer.matchID);
    const wait = msUntilDeadline(timer, this.now());
    if (this.stopped || wait === null || timer.phaseKey === null) return;
    const phaseKey = timer.phaseKey;
    const timeout = setTimeout(() => {
      this.armed.delete(timer.matchID);
      this.options.queue.run(timer.matchID, () => this.expire(timer.matchID, phaseKey)).catch((error: unknown) => {
        this.options.log.error({ matchID: timer.matchID, err: String(error) }, 'turn timer failed');
      });
    }, wait);
    this.armed.set(timer.matchID, timeout);
  }

  /**
   * The deadline of `phaseKey` has passed: default moves for the seats that have not acted,
   * one at a time, each decided from the freshly committed state, stopping as soon as the
   * phase is over (the last order resolves the year) or the host paused in the meantime.
   */
  private async expire(matchID: string, phaseKey: string): Promise<void> {
    const refused = new Set<string>();
    for (;;) {
      if (this.stopped) return;
      const timer = this.options.store.timer(matchID);
      if (!timer || timer.paused || timer.phaseKey !== phaseKey) return;
      const state = (await this.options.hub.fetchState(matchID)) as State<GameState> | undefined;
      if (!state || phaseKeyOf(state) !== phaseKey) return;
      const playerID = seatsYetToAct(state).find((id) => !refused.has(id));
      if (playerID === undefined) return;
      const { move, args } = defaultMoveFor(state.G, playerID);
      const result = await submitForSeat(this.options.hub, this.options.directory, matchID, playerID, move, args);
      if (result.ok) {
        this.options.log.info({ matchID, playerID, move }, 'turn timer: default move submitted');
      } else {
        refused.add(playerID);
        this.options.log.error({ matchID, playerID, code: result.code, reason: result.message }, 'turn timer: default move refused');
      }
    }
  }
}

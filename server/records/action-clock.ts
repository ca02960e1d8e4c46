/**
 * When each move was accepted: the hub reports every committed state, and the time of a move is
 * the one boardgame.io's master stamped on the match (metadata.updatedAt) when it applied it, so
 * the last move's time is the record's finishedAt. Times are written in batches (one transaction
 * per turn of the event loop) rather than one more fsync per move next to the move's own; a crash
 * can lose the last batch, and a move without a time is recorded with the match's last update
 * time (the record format's documented fallback).
 */
import type { State } from 'boardgame.io';
import type { ActionTime, RecordStore } from './store.js';

export class ActionClock {
  private pending: ActionTime[] = [];
  private scheduled: NodeJS.Immediate | undefined;

  constructor(
    private readonly store: RecordStore,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * A move was stored: `state` is the state after it (boardgame.io adds 1 to the stateID per
   * move), `at` the master's time for it (epoch ms; now when unknown).
   */
  moved(matchID: string, state: State, at: number = this.now()): void {
    this.pending.push({ matchID, stateID: state._stateID - 1, at: new Date(at).toISOString() });
    this.scheduled ??= setImmediate(() => this.flush());
  }

  /** Writes what is pending now (before a record is built, and on stop). */
  flush(): void {
    if (this.scheduled) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    const batch = this.pending;
    this.pending = [];
    this.store.addActionTimes(batch);
  }
}

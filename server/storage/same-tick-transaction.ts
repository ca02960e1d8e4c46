import type Database from 'better-sqlite3';

type PendingWrite = {
  readonly write: () => void;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
};

/**
 * Commits every write requested during the same synchronous stretch of JavaScript in ONE
 * SQLite transaction, at the end of that stretch (a microtask).
 *
 * Why: boardgame.io's master persists a move as two separate storage calls issued back to
 * back — `setState(state, deltalog)` and `setMetadata({...metadata, updatedAt, gameover})` —
 * and awaits them together. Committing each call on its own would let a crash land between
 * them (state says the game is over, metadata does not). Grouping by tick makes the pair
 * atomic without boardgame.io knowing, and costs one fsync per move instead of two.
 *
 * Each write still runs in its own savepoint, so a write that throws is rolled back and
 * rejects only its own promise; the others in the batch commit. A promise resolves only
 * after the COMMIT has returned, i.e. after the data is durable.
 *
 * Reads must call `flush()` first so a caller that issued a write and then reads without
 * awaiting still sees its own write.
 */
export class SameTickTransaction {
  private pending: PendingWrite[] = [];
  private closed = false;
  private readonly runOne: (write: () => void) => void;
  private readonly runAll: (batch: readonly PendingWrite[]) => unknown[];

  constructor(db: Database.Database) {
    // better-sqlite3 turns a transaction function called inside another into a SAVEPOINT.
    this.runOne = db.transaction((write: () => void) => write());
    const runAll = db.transaction((batch: readonly PendingWrite[]) =>
      batch.map((pending) => {
        try {
          this.runOne(pending.write);
          return undefined;
        } catch (error) {
          return error ?? new Error('write failed');
        }
      }),
    );
    // IMMEDIATE takes the write lock up front, so the transaction cannot fail half-way
    // with SQLITE_BUSY when another connection is writing.
    this.runAll = (batch) => runAll.immediate(batch);
  }

  /** Queues `write` for this tick's transaction; resolves once it is committed. */
  run(write: () => void): Promise<void> {
    if (this.closed) {
      return Promise.reject(new Error('SqliteStorage is closed; the write was not performed'));
    }
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ write, resolve, reject });
      if (this.pending.length === 1) queueMicrotask(() => this.flush());
    });
  }

  /** Commits whatever is queued now, synchronously. Safe to call when nothing is queued. */
  flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    let errors: unknown[];
    try {
      errors = this.runAll(batch);
    } catch (commitError) {
      // BEGIN or COMMIT itself failed (disk full, I/O error): nothing in the batch is stored.
      for (const pending of batch) pending.reject(commitError);
      return;
    }
    batch.forEach((pending, index) => {
      const error = errors[index];
      if (error === undefined) pending.resolve();
      else pending.reject(error);
    });
  }

  /** Commits what is queued and refuses any later write. */
  close(): void {
    this.flush();
    this.closed = true;
  }
}

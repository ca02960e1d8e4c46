/**
 * The retention sweep: every `sweepEveryMs` (and once at start) it removes the unfinished matches
 * nobody will play: those with no move for `idleMs`, and those no person joined within
 * `unjoinedMs` of their creation. Finished matches and their records are kept. Each removal runs
 * in the match's queue (never in the middle of a move) and is reported to the hub's listeners,
 * which drop what they keep about the match (seats, timers, move times).
 */
import type { Retention } from './config.js';
import type { Logger } from './log.js';
import type { SqliteStorage } from './storage/sqlite.js';
import type { MatchEngine } from './transport/match-engine.js';

export class RetentionSweep {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly db: Pick<SqliteStorage, 'matchesToRemove' | 'isDueForRemoval'>,
    private readonly engine: Pick<MatchEngine, 'exclusive' | 'removeMatch'>,
    private readonly retention: Retention,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    const sweepInBackground = () => {
      this.sweep().catch((error: unknown) => this.log.error({ err: error }, 'The retention sweep failed'));
    };
    sweepInBackground();
    this.timer = setInterval(sweepInBackground, this.retention.sweepEveryMs);
    this.timer.unref();
  }

  /** Removes what is due now; resolves with how many matches were removed. One sweep at a time. */
  sweep(): Promise<number> {
    this.running ??= this.removeDue().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** No new sweep; waits for a running one (before the database closes). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async removeDue(): Promise<number> {
    const now = this.now();
    const thresholds = { idleSince: now - this.retention.idleMs, unjoinedSince: now - this.retention.unjoinedMs };
    let removed = 0;
    for (const matchID of this.db.matchesToRemove(thresholds)) {
      const done = await this.engine.exclusive(matchID, async () => {
        // Checked again in the queue: a move or a join may have come in since the list was read.
        if (!this.db.isDueForRemoval(matchID, thresholds)) return false;
        await this.engine.removeMatch(matchID);
        return true;
      });
      if (done) removed += 1;
    }
    if (removed > 0) this.log.info({ removed }, 'Retention: removed unfinished matches nobody plays');
    return removed;
  }
}

/**
 * Tracks how long each human seat has been without a connected player, and, for matches created
 * with `autoBot`, hands a seat to a bot once its player has been away longer than the grace
 * period. The host may also hand over a seat that has been away that long (see seat-control).
 * A seat counts as away from when its player joined (through the Lobby) or last disconnected,
 * whichever is later. Times are in memory: after a restart every seat counts as away since the
 * server started.
 */
export interface DisconnectWatchOptions {
  readonly graceMs: number;
  readonly now?: () => number;
  /** Called when an auto-bot seat's grace period ran out; it decides whether to hand over. */
  readonly onGraceExpired: (matchID: string, playerID: string) => void;
}

const keyOf = (matchID: string, playerID: string) => `${matchID}/${playerID}`;

export class DisconnectWatch {
  private readonly awaySince = new Map<string, number>();
  private readonly present = new Set<string>();
  private readonly graceTimers = new Map<string, NodeJS.Timeout>();
  private readonly now: () => number;
  private readonly startedAt: number;
  private stopped = false;

  constructor(private readonly options: DisconnectWatchOptions) {
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
  }

  get graceMs(): number {
    return this.options.graceMs;
  }

  /** From the hub: a seat's player connected or disconnected. */
  connectionChanged(matchID: string, playerID: string, connected: boolean): void {
    const key = keyOf(matchID, playerID);
    if (connected) {
      this.present.add(key);
      this.awaySince.delete(key);
      this.cancel(key);
    } else {
      this.present.delete(key);
      this.awaySince.set(key, this.now());
    }
  }

  /** From the hub: a person took the seat; until they connect, they are away from now on. */
  joined(matchID: string, playerID: string): void {
    const key = keyOf(matchID, playerID);
    if (!this.present.has(key)) this.awaySince.set(key, this.now());
  }

  /** Milliseconds the seat's player has been away (0 while connected). */
  awayForMs(matchID: string, playerID: string): number {
    const key = keyOf(matchID, playerID);
    if (this.present.has(key)) return 0;
    return this.now() - (this.awaySince.get(key) ?? this.startedAt);
  }

  /** Starts the grace countdown for a seat that is away (no-op if connected or already counting). */
  startGrace(matchID: string, playerID: string): void {
    const key = keyOf(matchID, playerID);
    if (this.stopped || this.present.has(key) || this.graceTimers.has(key)) return;
    const wait = Math.max(0, this.options.graceMs - this.awayForMs(matchID, playerID));
    const timeout = setTimeout(() => {
      this.graceTimers.delete(key);
      if (!this.present.has(key)) this.options.onGraceExpired(matchID, playerID);
    }, wait);
    this.graceTimers.set(key, timeout);
  }

  cancel(key: string): void {
    clearTimeout(this.graceTimers.get(key));
    this.graceTimers.delete(key);
  }

  /** The match was removed: forget its seats. */
  forget(matchID: string, playerIDs: readonly string[]): void {
    for (const playerID of playerIDs) {
      const key = keyOf(matchID, playerID);
      this.cancel(key);
      this.present.delete(key);
      this.awaySince.delete(key);
    }
  }

  stop(): void {
    this.stopped = true;
    for (const timeout of this.graceTimers.values()) clearTimeout(timeout);
    this.graceTimers.clear();
  }
}

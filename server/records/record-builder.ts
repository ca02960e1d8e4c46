/**
 * Match → record, from what the server stored: boardgame.io's initial state, log and metadata,
 * the seats layer's controllers (human or bot and style), this layer's move times and, for a
 * "what if" match, the record it was forked from. A finished match's record is built once and
 * stored; later requests get the stored text, so its hash never changes. A game in progress
 * gets a fresh record of its current log each time (redacted by the caller).
 */
import { recordFromMatch, RecordExportError, type GameRecord, type MatchSource, type RecordResult } from '../../src/record/index.js';
import type { SeatsService } from '../seats/index.js';
import type { Logger } from '../log.js';
import type { SqliteStorage } from '../storage/sqlite.js';
import type { ActionClock } from './action-clock.js';
import type { RecordStore, StoredRecord } from './store.js';
import { summarize } from './summary.js';

export type MatchRecord =
  | { readonly status: 'unknown' }
  | { readonly status: 'playing' }
  | { readonly status: 'finished'; readonly stored: StoredRecord };

type StoredMatch = Required<Pick<MatchSource, 'initialState' | 'state' | 'log' | 'metadata'>>;

export interface RecordBuilderDeps {
  readonly storage: Pick<SqliteStorage, 'fetch' | 'listMatches'>;
  readonly store: RecordStore;
  readonly clock: ActionClock;
  /** The seats layer, when the server has one (looked up late: plugins may start in any order). */
  readonly seats: () => SeatsService | undefined;
  readonly log: Logger;
}

export class RecordBuilder {
  /** Finished matches whose record is being built, so two callers share one build. */
  private readonly building = new Map<string, Promise<MatchRecord>>();
  private stopped = false;

  constructor(private readonly deps: RecordBuilderDeps) {}

  /** A finished match's stored record (built and stored now if it was not), or why there is none. */
  lookup(matchID: string): Promise<MatchRecord> {
    const stored = this.deps.store.record(matchID);
    if (stored) return Promise.resolve({ status: 'finished', stored });
    const running = this.building.get(matchID);
    if (running) return running;
    const build = this.build(matchID).finally(() => this.building.delete(matchID));
    this.building.set(matchID, build);
    return build;
  }

  /** At game over: store the record now, reporting (not throwing) a failure. */
  storeInBackground(matchID: string): void {
    if (this.stopped) return;
    this.lookup(matchID).catch((error: unknown) => this.deps.log.error({ err: error, matchID }, 'could not store the record of a finished match'));
  }

  /**
   * Server start: stores the record of every finished match that has none (the server stopped
   * between a game's end and its record being stored, or the match ended before this layer
   * existed). One at a time, in the background; stops early when the server stops.
   */
  async catchUp(): Promise<number> {
    const finished = await this.deps.storage.listMatches({ where: { isGameover: true } });
    let built = 0;
    for (const matchID of finished) {
      if (this.stopped) break;
      if (this.deps.store.hasRecord(matchID)) continue;
      try {
        if ((await this.lookup(matchID)).status === 'finished') built++;
      } catch (error) {
        this.deps.log.error({ err: error, matchID }, 'could not store the record of a finished match');
      }
    }
    return built;
  }

  /** No new builds; resolves once the running ones are done (before the database closes). */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.allSettled([...this.building.values()]);
  }

  /**
   * The full record of the match as it stands now, secrets included (a game in progress: never
   * hand it out unredacted); undefined for an unknown match. Not stored.
   */
  async current(matchID: string): Promise<GameRecord | undefined> {
    const match = await this.fetch(matchID);
    return match && this.recordOf(matchID, match);
  }

  private async build(matchID: string): Promise<MatchRecord> {
    // The metadata alone says whether the game is over (the master stores it with the final state).
    const { metadata } = await this.deps.storage.fetch(matchID, { metadata: true });
    if (!metadata) return { status: 'unknown' };
    if (metadata.gameover === undefined || metadata.gameover === null) return { status: 'playing' };
    const match = await this.fetch(matchID);
    if (!match) return { status: 'unknown' };
    const record = this.recordOf(matchID, match);
    if (record.result === null || record.finishedAt === null)
      throw new RecordExportError(`Match ${matchID} is over, but its record has no result.`);
    const finished = record as GameRecord & { result: RecordResult; finishedAt: string };
    const stored = this.deps.store.insertRecordOnce({
      matchID,
      hash: record.hash,
      json: JSON.stringify(record),
      finishedAt: finished.finishedAt,
      scenario: record.scenario,
      winner: finished.result.winner,
      parent: record.parent ? { matchID: record.parent.matchID, actionIndex: record.parent.actionIndex } : null,
      summary: summarize(finished),
    });
    this.deps.log.info({ matchID, hash: stored.hash }, 'record stored');
    return { status: 'finished', stored };
  }

  private async fetch(matchID: string): Promise<StoredMatch | undefined> {
    const { initialState, state, log, metadata } = await this.deps.storage.fetch(matchID, {
      initialState: true,
      state: true,
      log: true,
      metadata: true,
    });
    if (!initialState || !state || !metadata) return undefined;
    return { initialState, state, log: log ?? [], metadata };
  }

  private recordOf(matchID: string, match: StoredMatch): GameRecord {
    // Times of the latest moves may still wait for their batch.
    this.deps.clock.flush();
    const fork = this.deps.store.fork(matchID);
    return recordFromMatch({
      matchID,
      initialState: match.initialState,
      state: match.state,
      log: match.log,
      metadata: match.metadata,
      seats: this.deps.seats()?.controllers(matchID) ?? undefined,
      actionTimes: this.deps.store.actionTimes(matchID),
      ...(fork ? { fork } : {}),
    });
  }
}

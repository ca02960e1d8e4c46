/**
 * A match hosted the way the server hosts one: boardgame.io's own createMatch and Master, over
 * the project's SQLite storage in a temporary file. Moves go through `master.onUpdate`, so the
 * stored initial state, log (automatic entries included) and metadata are the real thing that
 * `recordFromMatch` will be given by the server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogEntry, Server, State } from 'boardgame.io';
import { Master } from 'boardgame.io/dist/cjs/master.js';
import { createMatch, ProcessGameConfig } from 'boardgame.io/dist/cjs/internal.js';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { ComputeRace, PLAYER_IDS, SEATS, playerView, type BySeat, type GameState } from '../../src/game/index.js';
import { botMove, seededRandom, type BotStyle } from '../../src/bots/index.js';

const GAME = ProcessGameConfig(ComputeRace);

export interface StoredMatch {
  initialState: State;
  log: LogEntry[];
  metadata: Server.MatchData;
  state: State<GameState>;
}

export class HostedMatch {
  /** When each move was accepted, keyed by the stateID it was made at. */
  readonly times: Record<number, number> = {};
  private readonly master: InstanceType<typeof Master>;

  private constructor(
    readonly matchID: string,
    private readonly storage: SqliteStorage,
    private readonly directory: string,
  ) {
    this.master = new Master(GAME, storage, { send: () => {}, sendAll: () => {} });
  }

  /** A new match; `initialState` replaces the created one (a fork starts from a given state). */
  static async create(options: {
    seed: string;
    setupData: { scenario: string; rounds?: number };
    names?: string[];
    initialState?: State;
  }): Promise<HostedMatch> {
    const directory = mkdtempSync(join(tmpdir(), 'record-master-'));
    const storage = new SqliteStorage({ file: join(directory, 'matches.sqlite') });
    const created = createMatch({ game: { ...GAME, seed: options.seed }, numPlayers: 4, setupData: options.setupData, unlisted: false });
    if ('setupDataError' in created) throw new Error(created.setupDataError);
    const { metadata } = created;
    options.names?.forEach((name, i) => (metadata.players[i]!.name = name));
    const matchID = `m-${options.seed}`;
    await storage.createMatch(matchID, { initialState: options.initialState ?? created.initialState, metadata });
    return new HostedMatch(matchID, storage, directory);
  }

  async state(): Promise<State<GameState>> {
    const { state } = await this.storage.fetch(this.matchID, { state: true });
    return state as State<GameState>;
  }

  /** Sends a move as a seated client would; it must be accepted. */
  async move(playerID: string, move: string, args: unknown[], at: number): Promise<void> {
    const before = await this.state();
    const action = { type: 'MAKE_MOVE' as const, payload: { type: move, args, playerID, credentials: '' } };
    await this.master.onUpdate(action, before._stateID, this.matchID, playerID);
    const after = await this.state();
    if (after._stateID === before._stateID) throw new Error(`the master refused ${move} from player ${playerID}`);
    this.times[before._stateID] = at;
  }

  /** Bots of the given styles play every seat to the end (or for at most `limit` moves). */
  async playBots(styles: BySeat<BotStyle>, seed: string, startAt: number, limit = Infinity): Promise<void> {
    for (let n = 0; n < limit; n++) {
      const state = await this.state();
      if (state.ctx.gameover) return;
      const decision = PLAYER_IDS.map((playerID) => {
        const active = state.ctx.activePlayers;
        if (active ? !active[playerID] : state.ctx.currentPlayer !== playerID) return null;
        const d = botMove(styles[SEATS[Number(playerID)]!], playerView(state.G, playerID), seededRandom(`${seed}:${state._stateID}:${playerID}`));
        return d && { playerID, ...d };
      }).find((d) => d !== null);
      if (!decision) throw new Error(`no bot could move at stateID ${state._stateID}`);
      await this.move(decision.playerID, decision.move, decision.args, startAt + n * 1000);
    }
  }

  async stored(): Promise<StoredMatch> {
    const fetched = await this.storage.fetch(this.matchID, { state: true, initialState: true, log: true, metadata: true });
    return {
      initialState: fetched.initialState!,
      log: fetched.log!,
      metadata: fetched.metadata!,
      state: fetched.state as State<GameState>,
    };
  }

  close(): void {
    this.storage.close();
    rmSync(this.directory, { recursive: true, force: true });
  }
}

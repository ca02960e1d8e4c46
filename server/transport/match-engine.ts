/**
 * The authoritative side of every match: applies moves (from sockets and from the hub alike),
 * answers syncs and tracks connections. It wraps boardgame.io's Master and adds what 0.50.2
 * lacks: strict credentials, the game's own reason for a refused move, no stale moves, no
 * match created by a sync, and nothing sent to a client that is not filtered for its viewer.
 *
 * A move is acknowledged only once it is stored: the Master's broadcast is held in an outbox
 * and delivered after the Master's storage writes have resolved (the stock Master sends first
 * and writes after, so a crash in between would lose a move a client had been shown).
 */
import type { Game, Server, State } from 'boardgame.io';
import type { IntermediateTransportData } from 'boardgame.io/dist/types/src/master/master.js';
import { explainRejection, type GameState } from '../../src/game/index.js';
import { Listeners, type ConnectionListener, type MatchHub, type MatchListener, type MoveResult, type SeatListener, type StateListener } from '../hub.js';
import type { Logger } from '../log.js';
import type { SqliteStorage } from '../storage/sqlite.js';
import { Master, ProcessGameConfig, type MasterInstance, type ProcessedGame } from './boardgame.js';
import { matchSeat, seatCredentialsValid } from './credentials.js';
import { viewLog, viewMatchData, viewState, type PublicPlayer, type Viewer } from './player-view.js';
import { refuse } from './rejections.js';
import { Rooms, type ClientSocket, type SeatTransition } from './rooms.js';
import { SerialQueue } from './serial-queue.js';

export interface MoveRequest {
  readonly matchID: string;
  readonly playerID: string;
  readonly credentials: unknown;
  readonly move: string;
  readonly args: unknown[];
  /** The state the client moved on; null for server-side moves, which act on the latest state. */
  readonly stateID: number | null;
}

type MasterAuth = ConstructorParameters<typeof Master>[3];

export class MatchEngine implements MatchHub {
  readonly game: ProcessedGame;
  readonly rooms = new Rooms();
  private readonly master: MasterInstance;
  private readonly queue = new SerialQueue();
  /** Messages the Master emitted during the move being applied, per match. */
  private readonly outboxes = new Map<string, IntermediateTransportData[]>();
  /** The state the Master computed during the move being applied, per match. */
  private readonly applied = new Map<string, State>();
  private readonly stateListeners: Listeners<[string, State]>;
  private readonly connectionListeners: Listeners<[string, string, boolean]>;
  private readonly joinListeners: Listeners<[string, string]>;
  private readonly removalListeners: Listeners<[string]>;

  constructor(
    game: Game,
    private readonly db: SqliteStorage,
    private readonly log: Logger,
  ) {
    this.game = ProcessGameConfig(game);
    const reportListenerError = (error: unknown) => log.error({ err: error }, 'A match listener failed');
    this.stateListeners = new Listeners(reportListenerError);
    this.connectionListeners = new Listeners(reportListenerError);
    this.joinListeners = new Listeners(reportListenerError);
    this.removalListeners = new Listeners(reportListenerError);
    // The Master checks credentials again with the same strict rule (defence in depth).
    const auth = {
      authenticateCredentials: ({ playerID, credentials, metadata }: { playerID: string; credentials?: string; metadata?: Server.MatchData }) =>
        seatCredentialsValid(metadata, playerID, credentials),
    } as unknown as MasterAuth;
    const transport = {
      send: () => log.warn('boardgame.io tried to send to a single client; dropped'),
      sendAll: (payload: IntermediateTransportData) => this.outboxes.get(payload.args[0])?.push(payload),
    };
    this.master = new Master(this.game, db, transport, auth);
    this.master.subscribe(({ state, matchID }) => this.applied.set(matchID, state));
  }

  // ---- MatchHub ----

  onStateChange(listener: StateListener): () => void {
    return this.stateListeners.add(listener);
  }

  onConnectionChange(listener: ConnectionListener): () => void {
    return this.connectionListeners.add(listener);
  }

  onSeatJoined(listener: SeatListener): () => void {
    return this.joinListeners.add(listener);
  }

  onMatchRemoved(listener: MatchListener): () => void {
    return this.removalListeners.add(listener);
  }

  submit(matchID: string, playerID: string, credentials: string, move: string, args: unknown[]): Promise<MoveResult> {
    if (!Array.isArray(args)) return Promise.resolve(refuse('BAD_PAYLOAD', 'Move arguments must be an array.'));
    return this.move({ matchID, playerID, credentials, move, args, stateID: null });
  }

  async fetchState(matchID: string): Promise<State | undefined> {
    return (await this.db.fetch(matchID, { state: true })).state;
  }

  connected(matchID: string): Set<string> {
    return this.rooms.connected(matchID);
  }

  // ---- moves ----

  move(request: MoveRequest): Promise<MoveResult> {
    return this.queue.run(request.matchID, () => this.applyMove(request));
  }

  /**
   * Runs `task` in the match's queue, between moves: a read-modify-write of the match metadata
   * (a Lobby join, leave or update) cannot interleave with a move's or a connection's.
   */
  exclusive<T>(matchID: string, task: () => Promise<T>): Promise<T> {
    return this.queue.run(matchID, task);
  }

  /** Tells the hub's listeners that a person took a seat (called by the Lobby's join). */
  seatJoined(matchID: string, playerID: string): void {
    this.joinListeners.emit(matchID, playerID);
  }

  /**
   * Removes a match from storage and tells the hub's listeners. Call it inside `exclusive`.
   * Its sockets stay open but belong to no match any more (their next message is refused).
   */
  async removeMatch(matchID: string): Promise<void> {
    await this.db.wipe(matchID);
    for (const member of this.rooms.members(matchID)) this.rooms.leave(member.socket.id);
    this.removalListeners.emit(matchID);
  }

  private async applyMove({ matchID, playerID, credentials, move, args, stateID }: MoveRequest): Promise<MoveResult> {
    const { state, metadata } = await this.db.fetch(matchID, { state: true, metadata: true });
    if (state === undefined || metadata === undefined) return refuse('MATCH_NOT_FOUND', `There is no match "${matchID}".`);
    if (!seatCredentialsValid(metadata, playerID, credentials)) {
      return refuse('UNAUTHORIZED', `These credentials do not hold seat ${playerID} in this match.`);
    }
    const rejection = explainRejection(state.G as GameState, state.ctx, playerID, move, args);
    if (rejection) return { ok: false, ...rejection };
    if (stateID !== null && stateID !== state._stateID && !this.ignoresStaleState(state, move, playerID)) {
      return refuse('STALE_STATE', 'The game has moved on since you made this move; check the table and try again.');
    }

    const outbox: IntermediateTransportData[] = [];
    this.outboxes.set(matchID, outbox);
    this.applied.delete(matchID);
    const action = { type: 'MAKE_MOVE' as const, payload: { type: move, args, playerID, credentials: credentials as string } };
    let error: string | undefined;
    try {
      const result = await this.master.onUpdate(action, stateID ?? state._stateID, matchID, playerID);
      error = result?.error;
    } catch (failure) {
      this.log.error({ err: failure, matchID, playerID, move }, 'Applying or storing a move failed');
      return refuse('SERVER_ERROR', 'The server could not save this move; try again.');
    } finally {
      this.outboxes.delete(matchID);
    }
    const next = this.applied.get(matchID);
    this.applied.delete(matchID);
    if (error !== undefined || next === undefined || next._stateID === state._stateID) {
      this.log.warn({ matchID, playerID, move, error }, 'boardgame.io refused a move our checks allowed');
      return refuse('REFUSED', 'The game did not accept this move.');
    }
    // Stored: now the clients may see it.
    this.deliver(matchID, outbox, metadata);
    const { deltalog: _deltalog, ...stored } = next;
    this.stateListeners.emit(matchID, stored as State);
    return { ok: true };
  }

  private ignoresStaleState(state: State, move: string, playerID: string): boolean {
    const definition = this.game.flow.getMove(state.ctx, move, playerID);
    return typeof definition === 'object' && definition !== null && 'ignoreStaleStateID' in definition && definition.ignoreStaleStateID === true;
  }

  /**
   * Sends the Master's broadcast to every member of the match, each through its own view. A
   * socket whose credentials no longer hold its seat (the player left through the Lobby API)
   * sees what a spectator sees.
   */
  private deliver(matchID: string, outbox: readonly IntermediateTransportData[], metadata: Server.MatchData): void {
    for (const payload of outbox) {
      if (payload.type !== 'update' && payload.type !== 'patch') continue;
      // Our game has no deltaState, so the Master sends updates; a patch carries the new state last.
      const state = payload.type === 'update' ? payload.args[1] : payload.args[3];
      const views = new Map<Viewer, [State, ReturnType<typeof viewLog>]>();
      for (const member of this.rooms.members(matchID)) {
        const seated = member.playerID !== null && seatCredentialsValid(metadata, member.playerID, member.credentials);
        const viewer = seated ? member.playerID : null;
        let view = views.get(viewer);
        if (view === undefined) {
          view = [viewState(this.game, state, viewer), viewLog(state.deltalog, viewer)];
          views.set(viewer, view);
        }
        member.socket.emit('update', matchID, ...view);
      }
    }
  }

  // ---- sync and connections ----

  /**
   * Answers a client's sync: the current state, log and initial state as its viewer may see
   * them. An unknown match is refused (stock boardgame.io would create it); a seat needs its
   * credentials, a spectator (playerID null) needs none.
   */
  sync(socket: ClientSocket, matchID: string, playerID: string | null, credentials: unknown): Promise<MoveResult> {
    return this.queue.run(matchID, async () => {
      // The metadata first: a refused sync costs one small read, not the whole match.
      const { metadata } = await this.db.fetch(matchID, { metadata: true });
      if (metadata === undefined) return refuse('MATCH_NOT_FOUND', `There is no match "${matchID}".`);
      if (playerID !== null && !seatCredentialsValid(metadata, playerID, credentials)) {
        return refuse('UNAUTHORIZED', `These credentials do not hold seat ${playerID} in this match.`);
      }
      const { state, log, initialState } = await this.db.fetch(matchID, { state: true, log: true, initialState: true });
      if (state === undefined) return refuse('MATCH_NOT_FOUND', `There is no match "${matchID}".`);
      const transitions = this.rooms.join(socket, matchID, playerID, credentials);
      socket.emit('sync', matchID, {
        state: viewState(this.game, state, playerID),
        log: viewLog(log, playerID),
        filteredMetadata: this.publicPlayers(matchID, metadata),
        initialState: viewState(this.game, initialState ?? state, playerID),
      });
      this.record(transitions);
      return { ok: true };
    });
  }

  disconnect(socket: ClientSocket): void {
    this.record(this.rooms.leave(socket.id));
  }

  /** Chat from a seated, authenticated member to everyone in its match. */
  async chat(socket: ClientSocket, matchID: string, message: { id: string; sender: string; payload: unknown }, credentials: unknown): Promise<MoveResult> {
    const member = this.rooms.memberOf(socket.id);
    if (member === undefined || member.matchID !== matchID || member.playerID === null || member.playerID !== message.sender) {
      return refuse('UNAUTHORIZED', 'Only a seated player of this match can chat, as their own seat.');
    }
    const { metadata } = await this.db.fetch(matchID, { metadata: true });
    if (!seatCredentialsValid(metadata, message.sender, credentials)) {
      return refuse('UNAUTHORIZED', `These credentials do not hold seat ${message.sender} in this match.`);
    }
    const chatMessage = { id: message.id, sender: message.sender, payload: message.payload };
    for (const other of this.rooms.members(matchID)) other.socket.emit('chat', matchID, chatMessage);
    return { ok: true };
  }

  /** Persists connection changes, tells the match's members and the hub's listeners, in order. */
  private record(transitions: readonly SeatTransition[]): void {
    for (const transition of transitions) {
      void this.queue
        .run(transition.matchID, () => this.recordConnection(transition))
        .catch((error: unknown) => this.log.error({ err: error, matchID: transition.matchID }, 'Recording a connection change failed'));
    }
  }

  private async recordConnection({ matchID, playerID, connected }: SeatTransition): Promise<void> {
    const { metadata } = await this.db.fetch(matchID, { metadata: true });
    const player = matchSeat(metadata, playerID);
    if (metadata !== undefined && player !== undefined) {
      const live = this.rooms.isConnected(matchID, playerID);
      if (player.isConnected !== live) {
        player.isConnected = live;
        await this.db.setMetadata(matchID, metadata);
      }
      const players = this.publicPlayers(matchID, metadata);
      for (const member of this.rooms.members(matchID)) member.socket.emit('matchData', matchID, players);
    }
    this.log.info({ matchID, playerID, connected }, connected ? 'Seat connected' : 'Seat disconnected');
    this.connectionListeners.emit(matchID, playerID, connected);
  }

  /** The players without credentials, with `isConnected` as it is now (not as last stored). */
  private publicPlayers(matchID: string, metadata: Server.MatchData): PublicPlayer[] {
    return viewMatchData(metadata).map((player) => ({ ...player, isConnected: this.rooms.isConnected(matchID, String(player.id)) }));
  }

  /**
   * At startup nobody is connected, whatever the metadata says after a crash: clear the flags
   * of unfinished matches so the lobby does not show ghosts.
   */
  async clearStaleConnectionFlags(): Promise<number> {
    let cleared = 0;
    for (const matchID of await this.db.listMatches({ where: { isGameover: false } })) {
      const { metadata } = await this.db.fetch(matchID, { metadata: true });
      if (metadata === undefined) continue;
      const players = Object.values(metadata.players);
      if (!players.some((player) => player.isConnected)) continue;
      for (const player of players) player.isConnected = false;
      await this.db.setMetadata(matchID, metadata);
      cleared += 1;
    }
    return cleared;
  }

  /** Resolves when every queued move, sync and connection change has finished. */
  drain(): Promise<void> {
    return this.queue.drain();
  }
}

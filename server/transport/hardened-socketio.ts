/**
 * The game socket: boardgame.io's SocketIO client protocol (namespace per game; client events
 * `update`, `sync`, `chat`; server events `update`, `sync`, `matchData`, `chat`) plus our
 * `rejected` event, served by socket.io attached to the same HTTP server as the Lobby API.
 *
 * Replaces boardgame.io's SocketIO transport. Every client event is rate limited, validated and
 * reduced to what our game allows before the MatchEngine sees it; a refusal goes back to the
 * acting socket only, as `rejected` { matchID, playerID, code, message }.
 *
 * Limits: open sockets per client address; events per socket; events per seat credential, across
 * all the sockets that carry it; spectator syncs per client address. A limited event is refused
 * once (RATE_LIMITED) and then dropped without a reply until the limit lets one through again;
 * a socket over its own limit is not read again until its budget is whole (read-pause.ts), and
 * disconnected if it runs over again within a minute.
 */
import type { Server as HttpServer } from 'node:http';
import { Server as SocketServer, type Socket } from 'socket.io';
import { GAME_NAME } from '../../src/game/index.js';
import type { Limits } from '../config.js';
import { clientAddress } from '../limits/client-address.js';
import { ConnectionCount } from '../limits/connection-count.js';
import { KeyedBuckets } from '../limits/keyed-buckets.js';
import { TokenBucket, type Admission } from '../limits/token-bucket.js';
import type { Logger } from '../log.js';
import type { MatchEngine } from './match-engine.js';
import { requestOriginAllowed } from './origins.js';
import { ReadPause } from './read-pause.js';
import type { RejectedEvent } from './rejections.js';
import { ALLOWED_ACTION_TYPE, ChatArgsSchema, describeIssues, isMoveName, jsonLength, MakeMoveSchema, SyncArgsSchema, UpdateArgsSchema } from './schemas.js';

const PING_TIMEOUT_MS = 20_000;
const PING_INTERVAL_MS = 10_000;
/** A socket that runs over its budget again this soon after its read pause is disconnected. */
const OVERRUN_MEMORY_MS = 60_000;

export interface HardenedSocketIOOptions {
  readonly engine: MatchEngine;
  /** Extra allowed origins (the server's own origin always is). */
  readonly origins: readonly string[];
  readonly limits: Limits;
  readonly log: Logger;
}

type Where = { matchID?: unknown; playerID?: unknown };

const TOO_MANY_SOCKETS = 'Too many connections from your address; close other tabs and try again.';

export class HardenedSocketIO {
  private io: SocketServer | undefined;
  private readonly engine: MatchEngine;
  private readonly log: Logger;
  private readonly sockets: ConnectionCount;
  private readonly credentialBuckets: KeyedBuckets;
  private readonly spectatorSyncBuckets: KeyedBuckets;

  constructor(private readonly options: HardenedSocketIOOptions) {
    this.engine = options.engine;
    this.log = options.log;
    this.sockets = new ConnectionCount(options.limits.socketsPerAddress);
    this.credentialBuckets = new KeyedBuckets(options.limits.credentialRate);
    this.spectatorSyncBuckets = new KeyedBuckets(options.limits.spectatorSyncRate);
  }

  /**
   * boardgame.io's Server calls this from its constructor, before any HTTP server exists. The
   * socket server is attached in `attach`, once the HTTP server listens.
   */
  init(): void {}

  attach(server: HttpServer): void {
    const { origins, limits } = this.options;
    this.io = new SocketServer(server, {
      serveClient: false,
      pingTimeout: PING_TIMEOUT_MS,
      pingInterval: PING_INTERVAL_MS,
      // One message above this closes the connection (socket.io's default is 1 MB).
      maxHttpBufferSize: limits.socketMessageBytes,
      // The real gate: CORS does not apply to WebSockets, so check Origin on every handshake.
      // A handshake from an address at its socket limit is refused before it costs anything.
      allowRequest: (request, callback) => {
        if (!requestOriginAllowed(request, origins)) return callback('Origin not allowed', false);
        if (this.sockets.atLimit(clientAddress(request.socket.remoteAddress))) return callback(TOO_MANY_SOCKETS, false);
        callback(null, true);
      },
      // For polling from the extra allowed origins (boardgame.io passed `origins`, a key socket.io ignores).
      cors: { origin: [...origins], credentials: false },
    });
    // Counted per engine.io connection (whatever namespace it joins), once the handshake is done:
    // concurrent handshakes can all pass allowRequest, so this is where the limit holds.
    this.io.engine.on('connection', (connection: { remoteAddress: string; close(): void; once(event: 'close', listener: () => void): void }) => {
      const address = clientAddress(connection.remoteAddress);
      if (!this.sockets.tryOpen(address)) return connection.close();
      connection.once('close', () => this.sockets.close(address));
    });
    this.io.of(`/${GAME_NAME}`).on('connection', (socket) => this.onConnection(socket));
  }

  /** Disconnects every client and stops the socket server (and the HTTP server it is attached to). */
  async close(): Promise<void> {
    const io = this.io;
    if (io === undefined) return;
    this.io = undefined;
    io.disconnectSockets(true);
    await new Promise<void>((resolve) => {
      void io.close(() => resolve());
    });
  }

  private onConnection(socket: Socket): void {
    const rate = this.options.limits.rateLimit;
    const bucket = new TokenBucket(rate);
    const readPause = new ReadPause(socket);
    let lastOverrun = -Infinity;
    // Every incoming event costs a token, known or not. Over the limit (a person never gets
    // here) the event is dropped unseen and the connection is not read again until the socket's
    // budget is whole; what was already read meanwhile is dropped too. A socket that runs over
    // again soon after is disconnected: the server then drops whatever it sent and was not read,
    // instead of holding it in buffers while reading it three seconds at a time.
    socket.use(([event, ...args], next) => {
      const admission = bucket.take();
      if (admission.ok) return next();
      if (readPause.holding) return;
      const now = performance.now();
      if (now - lastOverrun < OVERRUN_MEMORY_MS) {
        socket.disconnect(true);
        return;
      }
      lastOverrun = now;
      const [first, second] = event === 'update' ? [args[2], args[3]] : [args[0], args[1]];
      this.refuseLimited(socket, { matchID: first, playerID: second }, admission);
      readPause.hold((rate.capacity / rate.refillPerSecond) * 1000);
    });
    socket.on('update', (...args: unknown[]) => this.handle(socket, 'update', () => this.onUpdate(socket, args)));
    socket.on('sync', (...args: unknown[]) => this.handle(socket, 'sync', () => this.onSync(socket, args)));
    socket.on('chat', (...args: unknown[]) => this.handle(socket, 'chat', () => this.onChat(socket, args)));
    socket.on('disconnect', () => {
      readPause.release();
      this.engine.disconnect(socket);
    });
  }

  private handle(socket: Socket, event: string, work: () => Promise<void>): void {
    work().catch((error: unknown) => {
      this.log.error({ err: error, event, socket: socket.id }, 'A socket event failed');
      this.reject(socket, {}, 'SERVER_ERROR', 'The server failed to handle this message.');
    });
  }

  private async onUpdate(socket: Socket, raw: unknown[]): Promise<void> {
    const claimed = { matchID: raw[2], playerID: raw[3] };
    if (raw[3] === null || raw[3] === undefined) {
      return this.reject(socket, claimed, 'UNAUTHORIZED', 'Spectators cannot make moves.');
    }
    const parsed = UpdateArgsSchema.safeParse(raw);
    if (!parsed.success) return this.reject(socket, claimed, 'BAD_PAYLOAD', `Malformed move: ${describeIssues(parsed.error)}`);
    const [rawAction, stateID, matchID, playerID] = parsed.data;
    const where = { matchID, playerID };
    if (rawAction.type !== ALLOWED_ACTION_TYPE) {
      return this.reject(socket, where, 'ACTION_NOT_ALLOWED', `Only moves are accepted from players; "${rawAction.type}" actions are refused.`);
    }
    // The action as received: zod's parse above kept only its type.
    const action = MakeMoveSchema.safeParse(raw[0]);
    if (!action.success) return this.reject(socket, where, 'BAD_PAYLOAD', `Malformed move: ${describeIssues(action.error)}`);
    const { type: move, args = [], playerID: actingAs, credentials } = action.data.payload;
    if (!this.admitCredentials(socket, where, credentials)) return;
    if (!isMoveName(move)) return this.reject(socket, where, 'UNKNOWN_MOVE', `There is no move called "${move}".`);
    // boardgame.io authenticates the playerID argument but applies the move as payload.playerID.
    if (actingAs !== playerID) return this.reject(socket, where, 'UNAUTHORIZED', 'A move must be made as the seat it is sent for.');
    if (jsonLength(args) > this.options.limits.payloadChars) {
      return this.reject(socket, where, 'PAYLOAD_TOO_LARGE', 'This move is too large to be a real order.');
    }
    const result = await this.engine.move({ matchID, playerID, credentials, move, args, stateID });
    this.log.debug({ matchID, playerID, move, ok: result.ok, code: result.ok ? undefined : result.code }, 'Move');
    if (!result.ok) this.reject(socket, where, result.code, result.message);
  }

  private async onSync(socket: Socket, raw: unknown[]): Promise<void> {
    const parsed = SyncArgsSchema.safeParse(raw);
    if (!parsed.success) {
      return this.reject(socket, { matchID: raw[0], playerID: raw[1] }, 'BAD_PAYLOAD', `Malformed sync: ${describeIssues(parsed.error)}`);
    }
    const [matchID, playerID = null, credentials] = parsed.data;
    const where = { matchID, playerID };
    if (playerID === null) {
      // A spectator needs no credentials, so its address is what is counted.
      const admission = this.spectatorSyncBuckets.take(clientAddress(socket.handshake.address));
      if (!admission.ok) return this.refuseLimited(socket, where, admission);
    } else if (!this.admitCredentials(socket, where, credentials)) return;
    const result = await this.engine.sync(socket, matchID, playerID, credentials);
    if (!result.ok) this.reject(socket, { matchID, playerID }, result.code, result.message);
  }

  private async onChat(socket: Socket, raw: unknown[]): Promise<void> {
    const parsed = ChatArgsSchema.safeParse(raw);
    if (!parsed.success) {
      return this.reject(socket, { matchID: raw[0] }, 'BAD_PAYLOAD', `Malformed chat message: ${describeIssues(parsed.error)}`);
    }
    const [matchID, message, credentials] = parsed.data;
    const where = { matchID, playerID: message.sender };
    if (!this.admitCredentials(socket, where, credentials)) return;
    if (jsonLength(message.payload) > this.options.limits.payloadChars) {
      return this.reject(socket, where, 'PAYLOAD_TOO_LARGE', 'This chat message is too long.');
    }
    const result = await this.engine.chat(socket, matchID, message, credentials);
    if (!result.ok) this.reject(socket, where, result.code, result.message);
  }

  /**
   * A seat's messages share one budget across all the sockets that carry its credentials, so
   * opening more sockets buys no more messages. Messages without credentials are refused later
   * (UNAUTHORIZED) and cost only the per-socket budget.
   */
  private admitCredentials(socket: Socket, where: Where, credentials: unknown): boolean {
    if (typeof credentials !== 'string' || credentials.length === 0) return true;
    const admission = this.credentialBuckets.take(credentials);
    if (admission.ok) return true;
    this.refuseLimited(socket, where, admission);
    return false;
  }

  /** The first refusal of a streak is answered; the rest are dropped without a reply. */
  private refuseLimited(socket: Socket, where: Where, admission: Exclude<Admission, { ok: true }>): void {
    if (!admission.firstRefusal) return;
    const seconds = Math.max(1, Math.ceil(admission.retryAfterMs / 1000));
    this.reject(socket, where, 'RATE_LIMITED', `Too many messages; slow down and try again in ${seconds} s.`);
  }

  /** Sends `rejected` to this socket only; echoes matchID/playerID only when they look like IDs. */
  private reject(socket: Socket, where: Where, code: string, message: string): void {
    const event: RejectedEvent = {
      matchID: asShortString(where.matchID, 64),
      playerID: asShortString(where.playerID, 4),
      code,
      message,
    };
    socket.emit('rejected', event);
  }
}

function asShortString(value: unknown, max: number): string | null {
  return typeof value === 'string' && value.length <= max ? value : null;
}

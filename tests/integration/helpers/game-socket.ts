/**
 * A raw socket.io client speaking boardgame.io's SocketIO protocol to the game namespace, that
 * records every event it receives, so tests can play by the rules or act as an attacker and
 * then inspect everything the server sent.
 */
import { io, type Socket } from 'socket.io-client';

export interface Received {
  event: string;
  args: unknown[];
}

export interface RejectedPayload {
  matchID: string | null;
  playerID: string | null;
  code: string;
  message: string;
}

export interface ConnectOptions {
  /** Sent as the handshake's Origin header (as a browser page would). */
  origin?: string;
  transport?: 'websocket' | 'polling';
  /** The client address the server sees (any 127.x.y.z works on Linux loopback). */
  localAddress?: string;
}

export class GameSocket {
  readonly received: Received[] = [];
  private waiters = new Set<() => void>();

  private constructor(readonly socket: Socket) {
    socket.onAny((event: string, ...args: unknown[]) => this.record({ event, args }));
    socket.on('disconnect', () => this.record({ event: 'disconnect', args: [] }));
  }

  static connect(url: string, options: ConnectOptions = {}): Promise<GameSocket> {
    const socket = io(`${url}/compute-race`, {
      transports: [options.transport ?? 'websocket'],
      forceNew: true,
      reconnection: false,
      timeout: 5_000,
      ...(options.origin === undefined ? {} : { extraHeaders: { origin: options.origin } }),
      ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }),
    });
    const client = new GameSocket(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(client));
      socket.once('connect_error', (error) => {
        socket.close();
        reject(error);
      });
    });
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  private record(item: Received): void {
    this.received.push(item);
    for (const wake of [...this.waiters]) wake();
  }

  /** The first received item at index >= since that satisfies `match`, waiting for it if needed. */
  waitForItem(match: (item: Received) => boolean, options: { since?: number; timeoutMs?: number; what?: string } = {}): Promise<Received> {
    const { since = 0, timeoutMs = 5_000, what = 'event' } = options;
    const find = () => this.received.slice(since).find(match);
    return new Promise((resolve, reject) => {
      const found = find();
      if (found) return resolve(found);
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`No ${what} within ${timeoutMs} ms; got: ${this.received.slice(since).map((r) => r.event).join(', ')}`));
      }, timeoutMs);
      const check = () => {
        const item = find();
        if (!item) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(item);
      };
      this.waiters.add(check);
    });
  }

  /** The args of the first `event` at index >= since that satisfies `match`. */
  async waitFor(event: string, options: { since?: number; match?: (args: unknown[]) => boolean; timeoutMs?: number } = {}): Promise<unknown[]> {
    const { match = () => true, ...rest } = options;
    const item = await this.waitForItem((r) => r.event === event && match(r.args), { ...rest, what: `"${event}"` });
    return item.args;
  }

  /** Events received from now on, for `ms` milliseconds. */
  async eventsDuring(ms: number, since = this.received.length): Promise<Received[]> {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return this.received.slice(since);
  }

  /** Syncs and resolves with the `sync` args, or rejects with the `rejected` payload's code. */
  async sync(matchID: string, playerID: string | null, credentials?: string): Promise<[string, SyncInfoLike]> {
    const since = this.received.length;
    this.socket.emit('sync', matchID, playerID, credentials, 4);
    const item = await this.waitForItem((r) => (r.event === 'sync' && r.args[0] === matchID) || r.event === 'rejected', {
      since,
      what: 'sync or rejected',
    });
    if (item.event === 'rejected') throw new Error(`sync rejected: ${(item.args[0] as RejectedPayload).code}`);
    return item.args as [string, SyncInfoLike];
  }

  /** Sends a move exactly as boardgame.io's client does (credentials inside the action). */
  sendMove(matchID: string, playerID: string, credentials: string | undefined, stateID: number, move: string, args: unknown[]): void {
    this.sendAction({ type: 'MAKE_MOVE', payload: { type: move, args, playerID, credentials } }, stateID, matchID, playerID);
  }

  sendAction(action: unknown, stateID: unknown, matchID: unknown, playerID: unknown): void {
    this.socket.emit('update', action, stateID, matchID, playerID);
  }

  /** Sends a move and waits for its outcome: the mover's `update` (ok) or a `rejected`. */
  async move(
    matchID: string,
    playerID: string,
    credentials: string | undefined,
    stateID: number,
    move: string,
    args: unknown[],
  ): Promise<{ ok: true; state: StateLike } | { ok: false; rejected: RejectedPayload }> {
    const since = this.received.length;
    this.sendMove(matchID, playerID, credentials, stateID, move, args);
    const item = await this.waitForItem(
      (r) => (r.event === 'update' && r.args[0] === matchID && (r.args[1] as StateLike)._stateID > stateID) || r.event === 'rejected',
      { since, what: 'update or rejected' },
    );
    return item.event === 'rejected'
      ? { ok: false, rejected: item.args[0] as RejectedPayload }
      : { ok: true, state: item.args[1] as StateLike };
  }

  close(): void {
    this.socket.close();
  }
}

export interface StateLike {
  G: Record<string, unknown>;
  ctx: Record<string, unknown> & { phase: string; gameover?: unknown };
  plugins: Record<string, unknown>;
  _stateID: number;
}

export interface SyncInfoLike {
  state: StateLike;
  initialState: StateLike;
  log: Array<{ action: { type: string; payload: { type: string; args: unknown; playerID?: string } }; redact?: boolean }>;
  filteredMetadata: Array<{ id: number; name?: string; isConnected?: boolean; credentials?: unknown }>;
}

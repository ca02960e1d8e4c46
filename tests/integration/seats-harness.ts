/**
 * Shared by the seats-* and timers-* integration tests: a real server (startServer with the
 * seats plugin) on a temp DATA_DIR, its REST API over real HTTP, and scripted human players that
 * are real boardgame.io clients on real sockets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { State } from 'boardgame.io';
import { afterEach, beforeEach } from 'vitest';
import { startServer, type RunningServer } from '../../server/app.js';
import { createSeatsPlugin, type SeatsOptions } from '../../server/seats/index.js';
import { botMove, seededRandom, type BotStyle } from '../../src/bots/index.js';
import { ComputeRace, GAME_NAME, type GameState, type PlayerView } from '../../src/game/index.js';
import { Client, SocketIO } from './helpers/boardgame-io.js';

export interface TestServer {
  readonly server: RunningServer;
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export function makeDataDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'seats-it-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/**
 * What each test owns: a fresh data directory, the server it starts (if any) and the clients and
 * listeners to close. Registered once per file; everything is torn down after each test.
 */
export interface PerTest {
  readonly dir: { path: string; remove: () => void };
  running: TestServer | undefined;
  readonly cleanups: Array<() => void>;
}

export function perTestServer(): PerTest {
  let dir: PerTest['dir'] | undefined;
  const t: PerTest = {
    get dir() {
      if (!dir) throw new Error('perTestServer: the data directory exists only inside a test');
      return dir;
    },
    running: undefined,
    cleanups: [],
  };
  beforeEach(() => {
    dir = makeDataDir();
  });
  afterEach(async () => {
    for (const cleanup of t.cleanups.splice(0)) cleanup();
    await t.running?.stop();
    t.running = undefined;
    dir?.remove();
    dir = undefined;
  });
  return t;
}

export async function startTestServer(dataDir: string, options: SeatsOptions = {}): Promise<TestServer> {
  const server = await startServer({
    port: 0,
    dataDir,
    logLevel: 'silent',
    plugins: [createSeatsPlugin({ botDelayMs: 0, graceMs: 60_000, ...options })],
  });
  return { server, url: server.url, dataDir, stop: () => server.stop() };
}

export interface ApiAnswer<T = any> {
  status: number;
  body: T;
}

export async function api<T = any>(base: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiAnswer<T>> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  // boardgame.io's Lobby answers errors as plain text; ours are always JSON.
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // keep the text
  }
  return { status: response.status, body: parsed as T };
}

export type SeatChoice = { kind: 'human' } | { kind: 'bot'; style: BotStyle };

export const bot = (style: BotStyle): SeatChoice => ({ kind: 'bot', style });
export const human: SeatChoice = { kind: 'human' };

export async function createMatch(
  base: string,
  body: { scenario?: string; rounds?: number; seats: SeatChoice[]; timer?: { seconds: number } | null; autoBot?: boolean },
): Promise<{ matchID: string; code: string; hostToken: string }> {
  const answer = await api(base, 'POST', '/api/matches', { scenario: 'embargo', ...body });
  if (answer.status !== 201) throw new Error(`create failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** boardgame.io's own Lobby join: the only place a human gets seat credentials. */
export async function joinSeat(base: string, matchID: string, playerID: string, playerName: string): Promise<string> {
  const answer = await api(base, 'POST', `/games/${GAME_NAME}/${matchID}/join`, { playerID, playerName });
  if (answer.status !== 200) throw new Error(`join failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.playerCredentials;
}

type GameClient = ReturnType<typeof Client<GameState>>;

/** A person at the table: a real boardgame.io client over socket.io. */
export function connectClient(base: string, matchID: string, playerID: string | null, credentials?: string): GameClient {
  const client = Client<GameState>({
    game: ComputeRace,
    multiplayer: SocketIO({ server: base }),
    matchID,
    ...(playerID === null ? {} : { playerID }),
    ...(credentials === undefined ? {} : { credentials }),
    debug: false,
  });
  client.start();
  return client;
}

type ClientState = NonNullable<ReturnType<GameClient['getState']>>;

/** Resolves with the client's first state that satisfies `predicate`. */
export function waitForClient(client: GameClient, predicate: (state: ClientState) => boolean, timeoutMs = 20_000): Promise<ClientState> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`client state not reached in ${timeoutMs} ms (at stateID ${client.getState()?._stateID})`));
    }, timeoutMs);
    const unsubscribe = client.subscribe((state) => {
      if (state && predicate(state)) {
        clearTimeout(timer);
        queueMicrotask(() => unsubscribe());
        resolve(state);
      }
    });
  });
}

/**
 * A scripted human: whenever its seat has something to do in what its client shows, it decides
 * like a bot of `style` would from the same view and sends the move over its socket.
 */
export function scriptedHuman(client: GameClient, style: BotStyle, seed: string): { moves: () => number } {
  let moves = 0;
  // A person orders once a phase: a state that arrives before their own move comes back (another
  // seat's order) must not make them order again.
  let actedIn = '';
  client.subscribe((state) => {
    if (!state || state.ctx.gameover !== undefined || !state.isConnected) return;
    const view = state.G as unknown as PlayerView;
    const phase = `${view.round}:${state.ctx.phase}`;
    if (phase === actedIn) return;
    const decision = botMove(style, view, seededRandom(`${seed}:${state._stateID}`));
    if (!decision) return;
    actedIn = phase;
    moves++;
    const move = client.moves[decision.move];
    if (!move) throw new Error(`client has no move ${decision.move}`);
    // Not from inside the subscription: boardgame.io's client is still notifying.
    setTimeout(() => {
      if (client.getState()?.ctx.gameover === undefined) move(...decision.args);
    }, 0);
  });
  return { moves: () => moves };
}

/** Polls the hub until the match's state satisfies `predicate`. */
export async function waitForMatch(
  server: RunningServer,
  matchID: string,
  predicate: (state: State<GameState>) => boolean,
  timeoutMs = 30_000,
): Promise<State<GameState>> {
  const started = Date.now();
  for (;;) {
    const state = (await server.hub.fetchState(matchID)) as State<GameState> | undefined;
    if (state && predicate(state)) return state;
    if (Date.now() - started > timeoutMs) {
      throw new Error(`match ${matchID} did not reach the expected state in ${timeoutMs} ms (at stateID ${state?._stateID}, phase ${state?.ctx.phase})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const isOver = (state: State<GameState>) => state.ctx.gameover !== undefined;

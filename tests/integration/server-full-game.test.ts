/**
 * A whole game over real sockets: four boardgame.io clients (the stock SocketIO multiplayer
 * transport, as the browser uses it) play to the end against the server, each making the
 * documented default moves when it is their turn; a spectator watches.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { State } from 'boardgame.io';
import { ComputeRace, PLAYER_IDS, type Outcome, type PlayerView } from '../../src/game/index.js';
import { Client, SocketIO } from './helpers/boardgame-io.js';
import { pendingMoves } from './helpers/default-play.js';
import { createSeatedMatch } from './helpers/lobby.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

type GameClient = ReturnType<typeof Client>;

/** Each seat acts once per year and phase (an order in flight must not be sent again). */
function playWhenItIsMyTurn(client: GameClient, playerID: string): void {
  const done = new Set<string>();
  client.subscribe((state) => {
    if (state === null || !state.isConnected) return;
    const step = `${(state.G as unknown as PlayerView).round}:${state.ctx.phase}`;
    if (done.has(step)) return;
    const mine = pendingMoves(state as unknown as State).find((move) => move.playerID === playerID);
    if (!mine) return;
    done.add(step);
    (client.moves[mine.move] as (...args: unknown[]) => void)(...mine.args);
  });
}

function waitForGameOver(client: GameClient, timeoutMs: number): Promise<ReturnType<GameClient['getState']>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the game did not end in time')), timeoutMs);
    client.subscribe((state) => {
      if (state?.ctx.gameover !== undefined) {
        clearTimeout(timer);
        resolve(state);
      }
    });
  });
}

describe('a full game over sockets', () => {
  it('four stock boardgame.io clients play every year to the end; a spectator sees it all', async () => {
    server = await startTestServer();
    const rounds = 4;
    const { matchID, credentials } = await createSeatedMatch(server.url, { scenario: '2026-h200', rounds });

    const players = PLAYER_IDS.map((playerID) =>
      Client({ game: ComputeRace, multiplayer: SocketIO({ server: server!.url }), matchID, playerID, credentials: credentials[playerID], debug: false }),
    );
    const spectator = Client({ game: ComputeRace, multiplayer: SocketIO({ server: server.url }), matchID, debug: false });
    const rejected: unknown[] = [];
    const ended = [...players, spectator].map((client) => waitForGameOver(client, 45_000));
    players.forEach((client, index) => playWhenItIsMyTurn(client, PLAYER_IDS[index]!));
    for (const client of [...players, spectator]) {
      client.start();
      // Our extra `rejected` event, on the stock transport's socket.
      (client as unknown as { transport: { socket: { on(e: string, f: (x: unknown) => void): void } } }).transport.socket.on('rejected', (r) => rejected.push(r));
    }

    try {
      const finals = await Promise.all(ended);
      expect(rejected).toEqual([]);
      const stored = await server.hub.fetchState(matchID);
      expect(stored?.ctx.gameover).toBeDefined();
      const outcome = stored!.ctx.gameover as Outcome;
      expect(outcome.reason === 'complete' ? stored!.G.round : rounds).toBe(rounds);
      for (const final of finals) {
        const view = final!.G as unknown as PlayerView;
        expect(final!.ctx.gameover).toEqual(outcome);
        expect(final!._stateID).toBe(stored!._stateID);
        // One resolved year per round played (fewer only if a crisis ended it early).
        expect(view.history.length).toBe(outcome.reason === 'complete' ? rounds : view.history.length);
        expect(view.history.length).toBeGreaterThan(0);
      }
      const { metadata } = await server.db.fetch(matchID, { metadata: true });
      expect(metadata?.gameover).toEqual(outcome);
    } finally {
      for (const client of [...players, spectator]) client.stop();
    }
  });
});

/**
 * A server for the benchmark, in its own process so that it has a core to itself and its
 * memory is its own. Usage: node --import tsx bench/lib/serve.ts <echo|stock|ours> [dataDir]
 * Prints `READY <port>` once listening; stops on SIGTERM (or when its stdin closes).
 *
 * - echo:  bare socket.io, every `echo` message sent straight back (the floor).
 * - stock: boardgame.io 0.50.2's own Server: default in-memory storage, stock SocketIO transport.
 * - ours:  startServer (hardened transport, SQLite storage, fsync per move) with the seats plugin.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type * as BoardgameServer from 'boardgame.io/server';
import { Server as SocketServer } from 'socket.io';
import { startServer } from '../../server/app.js';
import { createSeatsPlugin } from '../../server/seats/index.js';
import { ComputeRace } from '../../src/game/index.js';

const UNLIMITED = { capacity: 100_000, refillPerSecond: 100_000 };

const { Server: StockServer } = createRequire(import.meta.url)('boardgame.io/dist/cjs/server.js') as typeof BoardgameServer;

async function serve(kind: string, dataDir: string | undefined): Promise<{ port: number; stop: () => Promise<unknown> }> {
  switch (kind) {
    case 'echo': {
      const http = createServer();
      const io = new SocketServer(http, { serveClient: false });
      io.on('connection', (socket) => socket.on('echo', (message: unknown) => socket.emit('echo', message)));
      await new Promise<void>((resolve) => http.listen(0, resolve));
      return { port: (http.address() as AddressInfo).port, stop: () => io.close() };
    }
    case 'stock': {
      const server = StockServer({ games: [ComputeRace], origins: ['http://localhost'] });
      const { appServer } = await server.run(0);
      return { port: (appServer.address() as AddressInfo).port, stop: async () => appServer.close() };
    }
    case 'ours': {
      if (!dataDir) throw new Error('ours needs a data directory');
      const server = await startServer({
        port: 0,
        dataDir,
        logLevel: 'error',
        // The benchmark client moves as fast as the server answers and creates its matches at
        // once from one address; a person never does.
        limits: { rateLimit: UNLIMITED, credentialRate: UNLIMITED, creationRate: UNLIMITED },
        plugins: [createSeatsPlugin({ botDelayMs: 0 })],
      });
      return { port: server.port, stop: () => server.stop() };
    }
    default:
      throw new Error(`unknown server kind ${kind}`);
  }
}

const [kind = '', dataDir] = process.argv.slice(2);
const running = await serve(kind, dataDir);
process.stdout.write(`READY ${running.port}\n`);
const stop = () => {
  running.stop().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();

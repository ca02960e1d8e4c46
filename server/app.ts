/**
 * The Compute Race server on one port: the built client (dist/), boardgame.io's Lobby API under
 * /games/compute-race/... (answered by our checked handlers, server/lobby), our REST API under
 * /api (health here, the seats engineer's routes via a plugin) and the hardened game socket
 * (socket.io). Storage is one SQLite file in dataDir.
 *
 * Koa middleware order, outermost first: request log → JSON errors and bodies for /api and
 * /games → the client's static files → (added by boardgame.io's `run`) CORS, API_SECRET check,
 * the router holding the Lobby routes and ours (boardgame.io's own Lobby handlers come last in
 * it and are never reached).
 */
import type { AddressInfo } from 'node:net';
import type Router from '@koa/router';
import type { Context, Next } from 'koa';
import { ComputeRace } from '../src/game/index.js';
import { configFromOptions, type Config, type ServerOptions } from './config.js';
import type { MatchHub } from './hub.js';
import { creationLimit, type CreationLimit } from './limits/creation-limit.js';
import { mountLobbyRoutes } from './lobby/routes.js';
import { createLogger, type Logger } from './log.js';
import { RetentionSweep } from './retention.js';
import { apiErrors } from './rest/errors.js';
import { registerHealth } from './rest/health.js';
import { jsonBody } from './rest/json-body.js';
import { serveClient } from './static.js';
import { SqliteStorage } from './storage/sqlite.js';
import { Server } from './transport/boardgame.js';
import { authenticateCredentials } from './transport/credentials.js';
import { HardenedSocketIO } from './transport/hardened-socketio.js';
import { MatchEngine } from './transport/match-engine.js';

export interface PluginContext {
  /** boardgame.io's router (Lobby routes live on it too): register full paths, e.g. '/api/matches'. */
  router: Router;
  hub: MatchHub;
  db: SqliteStorage;
  log: Logger;
  config: Config;
  /** Registers cleanup (timers, bots) run on stop, after sockets close and before the DB closes. */
  onStop(cleanup: () => void | Promise<void>): void;
  /** Lets one route take a JSON body larger than limits.apiBodyBytes (e.g. an uploaded game record). */
  allowBodyBytes(method: 'POST' | 'PUT' | 'PATCH', path: string, bytes: number): void;
  /** Route middleware for every route that creates a match: the per-address creation limit (429). */
  limitCreation: CreationLimit;
}

export interface ServerPlugin {
  (ctx: PluginContext): void | Promise<void>;
}

export interface StartServerOptions extends ServerOptions {
  plugins?: ServerPlugin[];
}

export interface RunningServer {
  /** http://localhost:<port> */
  url: string;
  port: number;
  hub: MatchHub;
  db: SqliteStorage;
  log: Logger;
  /** Runs the retention sweep now (it also runs every `retention.sweepEveryMs`); resolves with the number removed. */
  sweep(): Promise<number>;
  /** Stops accepting, closes every socket, finishes queued moves, runs plugin cleanups, closes the DB. */
  stop(): Promise<void>;
}

/** How long stop() lets open HTTP requests finish before cutting their connections. */
const HTTP_DRAIN_MS = 3_000;

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const config = configFromOptions(options);
  const log = createLogger({ level: config.logLevel });
  const startedAt = Date.now();
  const db = new SqliteStorage({ file: config.databaseFile });
  const cleanups: Array<() => void | Promise<void>> = [];
  try {
    const engine = new MatchEngine(ComputeRace, db, log.child({ component: 'matches' }));
    const transport = new HardenedSocketIO({ engine, origins: config.origins, limits: config.limits, log: log.child({ component: 'socket' }) });
    const server = Server({
      games: [ComputeRace],
      db,
      transport: transport as unknown as NonNullable<Parameters<typeof Server>[0]['transport']>,
      origins: [...config.origins],
      authenticateCredentials,
    });
    const { app } = server;
    const router = server.router as unknown as Router;

    app.use(requestLog(log.child({ component: 'http' })));
    app.use(restOnly(apiErrors(log.child({ component: 'api' }))));
    const bodyLimits = new Map<string, number>();
    app.use(restOnly(jsonBody((ctx) => bodyLimits.get(`${ctx.method} ${ctx.path}`) ?? config.limits.apiBodyBytes)));
    app.use(serveClient(config.distDir));
    registerHealth(router, db, startedAt);
    const limitCreation = creationLimit(config.limits.creationRate);
    mountLobbyRoutes(router, { game: engine.game, db, engine, limitCreation });
    for (const plugin of options.plugins ?? []) {
      await plugin({
        router,
        hub: engine,
        db,
        log: log.child({ plugin: plugin.name || 'anonymous' }),
        config,
        onStop: (cleanup) => cleanups.push(cleanup),
        allowBodyBytes: (method, path, bytes) => bodyLimits.set(`${method} ${path}`, bytes),
        limitCreation,
      });
    }

    const cleared = await engine.clearStaleConnectionFlags();
    if (cleared > 0) log.info({ matches: cleared }, 'Cleared connection flags left by the previous run');

    const { appServer } = await server.run({ port: config.port });
    transport.attach(appServer);
    // After the plugins: they hear of every removal (onMatchRemoved) from the first sweep on.
    const retention = new RetentionSweep(db, engine, config.retention, log.child({ component: 'retention' }));
    retention.start();
    const port = (appServer.address() as AddressInfo).port;
    const url = `http://localhost:${port}`;
    log.info({ url, dataDir: config.dataDir, origins: config.origins }, 'Compute Race server listening');

    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        log.info('Stopping: no new connections, closing sockets');
        const closed = transport.close();
        appServer.closeIdleConnections();
        await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, HTTP_DRAIN_MS).unref())]);
        appServer.closeAllConnections();
        await closed;
        await retention.stop();
        // The disconnections are recorded (and reported to plugins) before plugins stop.
        await engine.drain();
        for (const cleanup of cleanups.reverse()) {
          try {
            await cleanup();
          } catch (error) {
            log.error({ err: error }, 'A plugin cleanup failed');
          }
        }
        await engine.drain();
        db.close();
        log.info('Stopped');
      })());

    return { url, port, hub: engine, db, log, sweep: () => retention.sweep(), stop };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** For our REST API and boardgame.io's Lobby API: JSON bodies in, JSON errors out. */
function restOnly(middleware: (ctx: Context, next: Next) => Promise<void>) {
  const isRest = (path: string) => ['/api', '/games'].some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
  return (ctx: Context, next: Next) => (isRest(ctx.path) ? middleware(ctx, next) : next());
}

/** One debug line per HTTP request (path without query string: nothing secret travels there). */
function requestLog(log: Logger) {
  return async (ctx: Context, next: Next): Promise<void> => {
    const started = performance.now();
    await next();
    log.debug({ method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(performance.now() - started) }, 'HTTP');
  };
}

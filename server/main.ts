/**
 * `npm start` / `npm run serve`: the Compute Race server, configured from the environment
 * (PORT default 8000, DATA_DIR default ./data, ORIGINS comma-separated, LOG_LEVEL,
 * the limits and retention of docs/server.md). Logs are JSON lines on stdout. SIGTERM or SIGINT
 * stops it gracefully: no new connections, sockets closed, queued moves finished, DB closed.
 */
import { format } from 'node:util';
import { optionsFromEnv } from './config.js';
import { createLogger, isLogLevel, type Logger } from './log.js';
import { startServer, type ServerPlugin } from './app.js';
import { recordsPlugin } from './records/index.js';
import { seatsPlugin } from './seats/index.js';

/** Give up on a graceful stop after this long. */
const STOP_TIMEOUT_MS = 15_000;

// Records after seats: they create forks and read seat controllers through the seats layer.
const plugins: ServerPlugin[] = [seatsPlugin, recordsPlugin];

/** boardgame.io and libraries write with console.*; keep every line of our output JSON. */
function routeConsoleTo(log: Logger): void {
  const library = log.child({ source: 'console' });
  console.log = (...args: unknown[]) => library.info(format(...args));
  console.info = (...args: unknown[]) => library.info(format(...args));
  console.warn = (...args: unknown[]) => library.warn(format(...args));
  console.error = (...args: unknown[]) => library.error(format(...args));
  console.debug = (...args: unknown[]) => library.debug(format(...args));
}

async function main(): Promise<void> {
  const level = process.env.LOG_LEVEL ?? 'info';
  const log = createLogger({ level: isLogLevel(level) ? level : 'info', bindings: { component: 'main' } });
  routeConsoleTo(log);
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'Unhandled promise rejection'));

  let options;
  try {
    options = optionsFromEnv(process.env);
  } catch (error) {
    log.error({ err: error }, 'Cannot start');
    process.exit(2);
  }
  const server = await startServer({ ...options, plugins });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'Second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    log.info({ signal }, 'Shutting down');
    setTimeout(() => {
      log.error('Graceful stop took too long; exiting');
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'Stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ level: 'error', time: new Date().toISOString(), msg: 'Server failed to start', err: String(error instanceof Error ? (error.stack ?? error.message) : error) })}\n`);
  process.exit(1);
});

/**
 * Server configuration: what `startServer` is given, completed with defaults, and the reading of
 * the environment for `server/main.ts` (validated: a bad PORT stops the server with a message
 * instead of listening somewhere surprising).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { perMinute, type Rate } from './limits/token-bucket.js';
import { isLogLevel, LOG_LEVELS, type LogLevel } from './log.js';

export interface Limits {
  /** Largest socket.io message a client may send, in bytes (socket.io drops the connection above). */
  readonly socketMessageBytes: number;
  /** Largest JSON size of a move's arguments or a chat payload, in characters (refused above). */
  readonly payloadChars: number;
  /** Per-socket token bucket: burst size and sustained events per second. */
  readonly rateLimit: Rate;
  /** Messages carrying one seat credential, across all the sockets that send it. */
  readonly credentialRate: Rate;
  /** Open game sockets per client address. */
  readonly socketsPerAddress: number;
  /** Matches created per client address (Lobby create and playAgain, /api create and fork). */
  readonly creationRate: Rate;
  /** Syncs as a spectator (no credentials) per client address. */
  readonly spectatorSyncRate: Rate;
  /** Largest JSON request body on /api and the Lobby, in bytes. */
  readonly apiBodyBytes: number;
}

/** What the retention sweep removes, and how often it looks. Finished matches are always kept. */
export interface Retention {
  /** An unfinished match with no move for this long. */
  readonly idleMs: number;
  /** A match no person has joined this long after it was created. */
  readonly unjoinedMs: number;
  readonly sweepEveryMs: number;
}

export interface Config {
  readonly port: number;
  readonly dataDir: string;
  /** The SQLite file: `<dataDir>/compute-race.sqlite`. */
  readonly databaseFile: string;
  /** Extra origins allowed for socket.io and CORS; the server's own origin is always allowed. */
  readonly origins: readonly string[];
  readonly logLevel: LogLevel;
  /** The built client (vite build output). */
  readonly distDir: string;
  readonly limits: Limits;
  readonly retention: Retention;
}

export const DEFAULT_LIMITS: Limits = {
  socketMessageBytes: 16 * 1024,
  payloadChars: 4 * 1024,
  // A person clicks far slower; a reconnecting client syncs once. 30 at once, then 10 a second.
  rateLimit: { capacity: 30, refillPerSecond: 10 },
  // The same for one seat however many tabs it has open.
  credentialRate: { capacity: 30, refillPerSecond: 10 },
  // A household or a small class behind one address; more needs SOCKETS_PER_ADDRESS.
  socketsPerAddress: 20,
  creationRate: perMinute(30),
  spectatorSyncRate: perMinute(30),
  apiBodyBytes: 16 * 1024,
};

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export const DEFAULT_RETENTION: Retention = { idleMs: 30 * DAY_MS, unjoinedMs: 24 * HOUR_MS, sweepEveryMs: HOUR_MS };

export const DATABASE_FILE_NAME = 'compute-race.sqlite';

export interface ServerOptions {
  port: number;
  dataDir: string;
  origins?: string[];
  logLevel?: string;
  /** Defaults to `<repo>/dist`. */
  distDir?: string;
  limits?: Partial<Limits>;
  retention?: Partial<Retention>;
}

export function configFromOptions(options: ServerOptions): Config {
  const logLevel = options.logLevel ?? 'info';
  if (!isLogLevel(logLevel)) throw new Error(`Unknown log level "${logLevel}" (one of ${LOG_LEVELS.join(', ')}).`);
  const dataDir = resolve(options.dataDir);
  return {
    port: options.port,
    dataDir,
    databaseFile: join(dataDir, DATABASE_FILE_NAME),
    origins: options.origins ?? [],
    logLevel,
    distDir: resolve(options.distDir ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')),
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    retention: { ...DEFAULT_RETENTION, ...options.retention },
  };
}

const OriginSchema = z.string().regex(/^https?:\/\/[^/\s]+$/, 'an origin is scheme://host[:port], without a path');

const positive = z.coerce.number().positive();
const count = z.coerce.number().int().positive();

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8000),
  DATA_DIR: z.string().min(1).default('./data'),
  ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(OriginSchema)),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  RATE_LIMIT_PER_SECOND: positive.default(DEFAULT_LIMITS.rateLimit.refillPerSecond),
  RATE_LIMIT_BURST: count.default(DEFAULT_LIMITS.rateLimit.capacity),
  CREDENTIAL_RATE_PER_SECOND: positive.default(DEFAULT_LIMITS.credentialRate.refillPerSecond),
  CREDENTIAL_RATE_BURST: count.default(DEFAULT_LIMITS.credentialRate.capacity),
  SOCKETS_PER_ADDRESS: count.default(DEFAULT_LIMITS.socketsPerAddress),
  CREATES_PER_MINUTE: count.default(DEFAULT_LIMITS.creationRate.capacity),
  SPECTATOR_SYNCS_PER_MINUTE: count.default(DEFAULT_LIMITS.spectatorSyncRate.capacity),
  MATCH_IDLE_DAYS: positive.default(DEFAULT_RETENTION.idleMs / DAY_MS),
  MATCH_UNJOINED_HOURS: positive.default(DEFAULT_RETENTION.unjoinedMs / HOUR_MS),
  RETENTION_SWEEP_MINUTES: positive.default(DEFAULT_RETENTION.sweepEveryMs / 60_000),
});

/** Reads PORT, DATA_DIR, ORIGINS (comma-separated), LOG_LEVEL, the limits and the retention; throws a readable error. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): ServerOptions {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Bad environment: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    dataDir: values.DATA_DIR,
    origins: values.ORIGINS,
    logLevel: values.LOG_LEVEL,
    limits: {
      rateLimit: { capacity: values.RATE_LIMIT_BURST, refillPerSecond: values.RATE_LIMIT_PER_SECOND },
      credentialRate: { capacity: values.CREDENTIAL_RATE_BURST, refillPerSecond: values.CREDENTIAL_RATE_PER_SECOND },
      socketsPerAddress: values.SOCKETS_PER_ADDRESS,
      creationRate: perMinute(values.CREATES_PER_MINUTE),
      spectatorSyncRate: perMinute(values.SPECTATOR_SYNCS_PER_MINUTE),
    },
    retention: {
      idleMs: values.MATCH_IDLE_DAYS * DAY_MS,
      unjoinedMs: values.MATCH_UNJOINED_HOURS * HOUR_MS,
      sweepEveryMs: values.RETENTION_SWEEP_MINUTES * 60_000,
    },
  };
}

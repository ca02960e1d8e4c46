/**
 * Server configuration: what `startServer` is given, completed with defaults, and the reading of
 * the environment for `server/main.ts` (validated: a bad PORT stops the server with a message
 * instead of listening somewhere surprising).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isLogLevel, LOG_LEVELS, type LogLevel } from './log.js';

export interface Limits {
  /** Largest socket.io message a client may send, in bytes (socket.io drops the connection above). */
  readonly socketMessageBytes: number;
  /** Largest JSON size of a move's arguments or a chat payload, in characters (refused above). */
  readonly payloadChars: number;
  /** Per-socket token bucket: burst size and sustained events per second. */
  readonly rateLimit: { readonly capacity: number; readonly refillPerSecond: number };
  /** Largest JSON request body on /api, in bytes. */
  readonly apiBodyBytes: number;
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
}

export const DEFAULT_LIMITS: Limits = {
  socketMessageBytes: 16 * 1024,
  payloadChars: 4 * 1024,
  // A person clicks far slower; a reconnecting client syncs once. 30 at once, then 10 a second.
  rateLimit: { capacity: 30, refillPerSecond: 10 },
  apiBodyBytes: 16 * 1024,
};

export const DATABASE_FILE_NAME = 'compute-race.sqlite';

export interface ServerOptions {
  port: number;
  dataDir: string;
  origins?: string[];
  logLevel?: string;
  /** Defaults to `<repo>/dist`. */
  distDir?: string;
  limits?: Partial<Limits>;
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
  };
}

const OriginSchema = z.string().regex(/^https?:\/\/[^/\s]+$/, 'an origin is scheme://host[:port], without a path');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8000),
  DATA_DIR: z.string().min(1).default('./data'),
  ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(OriginSchema)),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  RATE_LIMIT_PER_SECOND: z.coerce.number().positive().optional(),
  RATE_LIMIT_BURST: z.coerce.number().int().positive().optional(),
});

/** Reads PORT, DATA_DIR, ORIGINS (comma-separated), LOG_LEVEL and the rate limit; throws a readable error. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): ServerOptions {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Bad environment: ${problems.join('; ')}`);
  }
  const { PORT, DATA_DIR, ORIGINS, LOG_LEVEL, RATE_LIMIT_PER_SECOND, RATE_LIMIT_BURST } = parsed.data;
  return {
    port: PORT,
    dataDir: DATA_DIR,
    origins: ORIGINS,
    logLevel: LOG_LEVEL,
    limits: {
      rateLimit: {
        capacity: RATE_LIMIT_BURST ?? DEFAULT_LIMITS.rateLimit.capacity,
        refillPerSecond: RATE_LIMIT_PER_SECOND ?? DEFAULT_LIMITS.rateLimit.refillPerSecond,
      },
    },
  };
}

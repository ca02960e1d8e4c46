/**
 * Tunables of the seats layer: how long a bot waits before acting (so people see one move at a
 * time) and how long a seat's player may be away before the seat can go to a bot. From the
 * environment for `npm start` (BOT_DELAY_MS, SEAT_GRACE_SECONDS), from the caller in tests.
 */
import { z } from 'zod';
import type { DecideMove } from './bot-runner.js';

export interface SeatsOptions {
  /** Milliseconds a bot waits after a change before acting; default 300. */
  readonly botDelayMs?: number;
  /** Milliseconds a player may be away before the seat may be handed to a bot; default 60 000. */
  readonly graceMs?: number;
  /** Length of a turn-timer second in ms; default 1000. Tests shrink it to see deadlines pass quickly. */
  readonly msPerTimerSecond?: number;
  /** The bots' decision function (botMove); tests wrap it to record what each bot is shown. */
  readonly decide?: DecideMove;
}

export const DEFAULT_BOT_DELAY_MS = 300;
export const DEFAULT_GRACE_MS = 60_000;

const EnvSchema = z.object({
  BOT_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(DEFAULT_BOT_DELAY_MS),
  SEAT_GRACE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(DEFAULT_GRACE_MS / 1000),
});

export function seatsOptionsFromEnv(env: NodeJS.ProcessEnv): SeatsOptions {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Bad environment for server seats: ${problems.join('; ')}`);
  }
  return { botDelayMs: parsed.data.BOT_DELAY_MS, graceMs: parsed.data.SEAT_GRACE_SECONDS * 1000 };
}

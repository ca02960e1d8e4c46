/**
 * The records layer's /api inputs as zod schemas: path and query parameters, the seat's
 * credentials for a record during a game, and the fork request. Everything from outside is
 * parsed here once; a mismatch is a 400 with the offending field named.
 */
import { z } from 'zod';
import { SCENARIO_IDS } from '../../src/game/index.js';
import { MatchIdSchema, PlayerIdSchema, SecretSchema } from '../ids.js';
import { CreateMatchBodySchema } from '../seats/request-schemas.js';

export { MatchIdSchema } from '../ids.js';

/** The replays list gives at most this many entries a page. */
export const MAX_REPLAYS_PAGE = 100;
export const DEFAULT_REPLAYS_PAGE = 20;

const Flag = z.enum(['1', '0', 'true', 'false'], { error: 'use 1 or 0' }).transform((value) => value === '1' || value === 'true');

export const RecordQuerySchema = z.strictObject({
  download: Flag.optional(),
  playerID: z.string().optional(),
  credentials: z.string().optional(),
});

/** A seat asking for its record during a game: both or neither (a spectator). */
export const SeatAuthSchema = z
  .strictObject({ playerID: PlayerIdSchema.optional(), credentials: SecretSchema.optional() })
  .refine((auth) => (auth.playerID === undefined) === (auth.credentials === undefined), {
    message: 'send both playerID and credentials (x-player-id and x-credentials headers), or neither',
  });

export const ReplaysQuerySchema = z.strictObject({
  limit: z.coerce.number({ error: 'limit is a number' }).int().min(1).max(MAX_REPLAYS_PAGE).default(DEFAULT_REPLAYS_PAGE),
  /** The matchID of the last entry of the previous page (the answer's `next`). */
  before: MatchIdSchema.optional(),
});

const ForkSourceSchema = z.union(
  [
    z.strictObject({ matchID: MatchIdSchema }),
    // Any JSON here: parseRecord gives the record's own, clearer errors (version, shape, scenario).
    z.strictObject({ record: z.custom<unknown>((value) => value !== undefined, 'the record is missing') }),
  ],
  { error: 'use { "matchID": "..." } (a finished match on this server) or { "record": {...} } (a record file)' },
);

/**
 * POST /api/matches/fork. Seats, timer, autoBot and private follow exactly the rules of POST /api/matches
 * (checked with its schema: the scenario there is a stand-in, a fork's comes from its record).
 */
export const ForkBodySchema = z
  .strictObject({
    source: ForkSourceSchema,
    actionIndex: z.number().int().min(0),
    seats: z.array(z.unknown(), { error: 'seats is a list of 4 seats: { "kind": "human" } or { "kind": "bot", "style": "..." }' }),
    timer: z.unknown().optional(),
    autoBot: z.unknown().optional(),
    private: z.unknown().optional(),
  })
  .transform((body, ctx) => {
    const { source, actionIndex, ...choices } = body;
    const seats = CreateMatchBodySchema.safeParse({ scenario: SCENARIO_IDS[0], ...choices });
    if (!seats.success) {
      for (const issue of seats.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      return z.NEVER;
    }
    const { scenario: _standIn, rounds: _rounds, ...checked } = seats.data;
    return { source, actionIndex, ...checked };
  });
export type ForkBody = z.infer<typeof ForkBodySchema>;

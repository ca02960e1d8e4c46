/**
 * The /api request bodies and path parameters of the seats layer, as zod schemas. Everything
 * from outside is parsed here once; a mismatch is a 400 with the offending field named.
 */
import { z } from 'zod';
import { BOT_STYLES, isStyleFor } from '../../src/bots/index.js';
import { MAX_ROUNDS, MIN_ROUNDS, SCENARIO_IDS, SEAT_NAMES, SEATS } from '../../src/game/index.js';
import { SecretSchema as Secret } from '../ids.js';

export { MatchIdSchema, PlayerIdSchema } from '../ids.js';

export const TIMER_MIN_SECONDS = 10;
export const TIMER_MAX_SECONDS = 3600;

const HumanSeatSchema = z.strictObject({ kind: z.literal('human') });
const BotSeatSchema = z.strictObject({ kind: z.literal('bot'), style: z.string().max(64) });

export const CreateMatchBodySchema = z
  .strictObject({
    scenario: z.enum(SCENARIO_IDS),
    rounds: z.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS).optional(),
    seats: z
      .array(z.discriminatedUnion('kind', [HumanSeatSchema, BotSeatSchema]))
      .length(4, 'exactly 4 seats: US Government, NVIDIA, China, Huawei'),
    timer: z
      .strictObject({ seconds: z.number().int().min(TIMER_MIN_SECONDS).max(TIMER_MAX_SECONDS) })
      .nullable()
      .optional(),
    /** Hand a seat whose player stays disconnected past the grace period to a bot. */
    autoBot: z.boolean().optional(),
    /** Never listed: joinable by its link or code only. */
    private: z.boolean().optional(),
  })
  .superRefine((body, ctx) => {
    body.seats.forEach((choice, index) => {
      const seat = SEATS[index]!;
      if (choice.kind === 'bot' && !isStyleFor(seat, choice.style)) {
        ctx.addIssue({
          code: 'custom',
          path: ['seats', index, 'style'],
          message: `"${choice.style}" is not a ${SEAT_NAMES[seat]} bot style (one of ${BOT_STYLES[seat].join(', ')})`,
        });
      }
    });
  });
export type CreateMatchBody = z.infer<typeof CreateMatchBodySchema>;

/** Hand a seat to a bot: its own player (credentials) or the host (hostToken), never both. */
export const SeatToBotBodySchema = z
  .strictObject({ credentials: Secret.optional(), hostToken: Secret.optional(), style: z.string().max(64).optional() })
  .refine((body) => (body.credentials === undefined) !== (body.hostToken === undefined), {
    message: 'send either credentials (the seat\'s player) or hostToken (the host), not both',
  });

export const SeatToHumanBodySchema = z.strictObject({ credentials: Secret });

export const HostBodySchema = z.strictObject({ hostToken: Secret });

export const ListQuerySchema = z.strictObject({ status: z.literal('open', { error: 'status must be "open"' }).default('open') });

export const CodeParamSchema = z.string().min(1).max(32);

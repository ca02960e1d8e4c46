/**
 * boardgame.io's Lobby API inputs (https://boardgame.io/documentation/#/api/Lobby), as zod
 * schemas: the same fields its LobbyClient sends, each checked before anything is read from or
 * written to a match. Unknown fields are refused; so is a playerID that is not one of the
 * match's seats "0"–"3" and a name that breaks the name rule.
 */
import { z } from 'zod';
import { PlayerIdSchema, SecretSchema } from '../ids.js';
import { PlayerNameSchema } from '../names.js';

/** boardgame.io's per-player `data` (our game uses none): any JSON up to this length. */
export const PLAYER_DATA_MAX_CHARS = 1024;

const jsonLengthWithin = (value: unknown, max: number): boolean => {
  try {
    return JSON.stringify(value).length <= max;
  } catch {
    // Too deep to serialise (a RangeError): certainly too large.
    return false;
  }
};

const PlayerDataSchema = z
  .unknown()
  .refine((value) => value === undefined || jsonLengthWithin(value, PLAYER_DATA_MAX_CHARS), `data is at most ${PLAYER_DATA_MAX_CHARS} characters of JSON`);

/** Seats of a new match: our game always has 4; another number is refused with the game's own reason. */
const NumPlayersSchema = z.number().int().min(1).max(64);

export const CreateBodySchema = z.strictObject({
  numPlayers: NumPlayersSchema.optional(),
  /** Checked by the game's own validateSetupData (scenario and rounds). */
  setupData: z.unknown().optional(),
  /** boardgame.io's flag for a private match: never listed, joinable by its link only. */
  unlisted: z.boolean().optional(),
});
export type CreateBody = z.infer<typeof CreateBodySchema>;

export const JoinBodySchema = z.strictObject({
  /** Without one, the first free seat. */
  playerID: PlayerIdSchema.optional(),
  playerName: PlayerNameSchema,
  data: PlayerDataSchema.optional(),
});

/** A seat acting on its match: leave, playAgain, update. */
const SeatAuth = { playerID: PlayerIdSchema, credentials: SecretSchema };

export const LeaveBodySchema = z.strictObject(SeatAuth);

export const PlayAgainBodySchema = z.strictObject({
  ...SeatAuth,
  numPlayers: NumPlayersSchema.optional(),
  setupData: z.unknown().optional(),
  unlisted: z.boolean().optional(),
});

export const UpdateBodySchema = z
  .strictObject({ ...SeatAuth, newName: PlayerNameSchema.optional(), data: PlayerDataSchema.optional() })
  .refine((body) => body.newName !== undefined || body.data !== undefined, 'send newName, data or both');

const Timestamp = z.coerce.number({ error: 'a time in epoch milliseconds' }).int().positive();

/** The list's filters, as boardgame.io's LobbyClient sends them. */
export const ListQuerySchema = z.strictObject({
  isGameover: z.enum(['true', 'false'], { error: 'isGameover is true or false' }).optional(),
  updatedBefore: Timestamp.optional(),
  updatedAfter: Timestamp.optional(),
});

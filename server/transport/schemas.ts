/**
 * The shapes a client may send on the game socket (boardgame.io's SocketIO client protocol),
 * validated before anything else looks at them. Only MAKE_MOVE with one of our move names is an
 * action a client may send: our game uses no client events, and UPDATE / RESET / PATCH / SYNC /
 * UNDO / REDO / GAME_EVENT would let a client overwrite or rewind the server's state.
 */
import { z } from 'zod';
import { MOVE_NAMES } from '../../src/game/index.js';

/** boardgame.io makes matchIDs with nanoid (A-Z a-z 0-9 _ -); ours are the same. */
export const MatchIDSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'not a match ID');
export const PlayerIDSchema = z.string().min(1).max(4).regex(/^\d+$/, 'not a player ID');
export const CredentialsSchema = z.string().min(1).max(256);

/** Null or undefined means a spectator. */
const OptionalPlayerID = PlayerIDSchema.nullish();
const OptionalCredentials = CredentialsSchema.nullish();

export const ALLOWED_ACTION_TYPE = 'MAKE_MOVE';

export const UpdateArgsSchema = z.tuple([
  z.object({
    type: z.string().max(32),
    payload: z.object({
      type: z.string().max(64),
      args: z.array(z.unknown()).max(8).optional(),
      playerID: z.string().max(8).nullish(),
      credentials: z.unknown().optional(),
    }),
  }),
  z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  MatchIDSchema,
  PlayerIDSchema,
]);

export const SyncArgsSchema = z.tuple([MatchIDSchema, OptionalPlayerID, OptionalCredentials]).rest(z.unknown());

export const ChatArgsSchema = z.tuple([
  MatchIDSchema,
  z.object({ id: z.string().min(1).max(64), sender: PlayerIDSchema, payload: z.unknown() }),
  OptionalCredentials,
]);

export const isMoveName = (name: string): name is (typeof MOVE_NAMES)[number] =>
  (MOVE_NAMES as readonly string[]).includes(name);

/** JSON length of a value a client sent (socket.io decoded it from JSON, so it serialises). */
export function jsonLength(value: unknown): number {
  return JSON.stringify(value ?? null).length;
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

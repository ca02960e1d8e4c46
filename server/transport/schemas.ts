/**
 * The shapes a client may send on the game socket (boardgame.io's SocketIO client protocol),
 * validated before anything else looks at them. Only MAKE_MOVE with one of our move names is an
 * action a client may send: our game uses no client events, and UPDATE / RESET / PATCH / SYNC /
 * UNDO / REDO / GAME_EVENT would let a client overwrite or rewind the server's state.
 */
import { z } from 'zod';
import { MOVE_NAMES } from '../../src/game/index.js';
import { MatchIdSchema, PlayerIdSchema, SecretSchema } from '../ids.js';

/** Null or undefined means a spectator. */
const OptionalPlayerID = PlayerIdSchema.nullish();
const OptionalCredentials = SecretSchema.nullish();

export const ALLOWED_ACTION_TYPE = 'MAKE_MOVE';

/**
 * `update`'s arguments. The action's type decides what else it may hold (MakeMoveSchema); only
 * the type is read here. (Not a loose object: zod copies a loose object's unknown keys by
 * assignment, which for a key such as `constructor` or `__proto__` writes through the copy's
 * prototype chain — an error once prototypes are frozen, a prototype swap otherwise.)
 */
export const UpdateArgsSchema = z.tuple([
  z.object({ type: z.string().max(32) }),
  z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  MatchIdSchema,
  PlayerIdSchema,
]);

/**
 * The one action a client may send, exactly as boardgame.io's client makes it (`makeMove`): a
 * strict object, so any other key (`__proto__` included) marks a crafted message.
 */
export const MakeMoveSchema = z.strictObject({
  type: z.literal(ALLOWED_ACTION_TYPE),
  payload: z.strictObject({
    type: z.string().max(64),
    args: z.array(z.unknown()).max(8).optional(),
    playerID: z.string().max(8).nullish(),
    credentials: z.unknown().optional(),
  }),
});

export const SyncArgsSchema = z.tuple([MatchIdSchema, OptionalPlayerID, OptionalCredentials]).rest(z.unknown());

/** A chat message, exactly as boardgame.io's client makes it. */
export const ChatArgsSchema = z.tuple([
  MatchIdSchema,
  z.strictObject({ id: z.string().min(1).max(64), sender: PlayerIdSchema, payload: z.unknown() }),
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

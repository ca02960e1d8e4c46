/**
 * The server's answers, as zod schemas: everything the client reads from the network is
 * validated once here, so the rest of the client works with checked values (and a server that
 * answers something else gets a clear error instead of a broken screen).
 * Shapes follow the /api contract shared with the server engineers.
 */
import { z } from 'zod';
import { SCENARIO_IDS, SEATS } from '../../game/index.js';

export const SeatKindSchema = z.enum(['human', 'bot']);
export type SeatKind = z.infer<typeof SeatKindSchema>;

export const SeatInfoSchema = z.object({
  playerID: z.string(),
  seat: z.enum(SEATS),
  name: z.string().nullable(),
  kind: SeatKindSchema,
  style: z.string().nullable(),
  connected: z.boolean(),
});
export type SeatInfo = z.infer<typeof SeatInfoSchema>;

export const TimerInfoSchema = z.object({
  seconds: z.number(),
  /** Epoch milliseconds of this phase's deadline, null while none runs. */
  deadline: z.number().nullable(),
  paused: z.boolean(),
});
export type TimerInfo = z.infer<typeof TimerInfoSchema>;

export const MatchInfoSchema = z.object({
  matchID: z.string(),
  code: z.string(),
  scenario: z.enum(SCENARIO_IDS),
  rounds: z.number().int(),
  seats: z.array(SeatInfoSchema),
  timer: TimerInfoSchema.nullable(),
  gameover: z.boolean(),
});
export type MatchInfo = z.infer<typeof MatchInfoSchema>;

export const CreatedMatchSchema = z.object({
  matchID: z.string(),
  code: z.string(),
  hostToken: z.string(),
});
export type CreatedMatch = z.infer<typeof CreatedMatchSchema>;

export const CodeLookupSchema = z.object({ matchID: z.string() });

/** The open-matches list: an array, or an object wrapping one (either is accepted). */
export const OpenMatchesSchema = z
  .union([z.array(MatchInfoSchema), z.object({ matches: z.array(MatchInfoSchema) })])
  .transform((x) => (Array.isArray(x) ? x : x.matches));

export const ApiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

/** boardgame.io's Lobby join answer. */
export const JoinAnswerSchema = z.object({
  playerID: z.string(),
  playerCredentials: z.string(),
});

/** The `rejected` socket event: sent to the acting socket only when a move is refused. */
export const RejectedEventSchema = z.object({
  matchID: z.string().nullable(),
  playerID: z.string().nullable().optional(),
  code: z.string(),
  message: z.string(),
});
export type RejectedEvent = z.infer<typeof RejectedEventSchema>;

/** What the lobby form sends to POST /api/matches. */
export interface CreateMatchRequest {
  scenario: (typeof SCENARIO_IDS)[number];
  rounds?: number;
  seats: ({ kind: 'human' } | { kind: 'bot'; style: string })[];
  timer?: { seconds: number } | null;
  /** Hand a seat whose player stays disconnected past the grace period to a bot. */
  autoBot?: boolean;
  /** Never listed: joinable by its link or code only. */
  private?: boolean;
}

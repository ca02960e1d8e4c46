/**
 * The records part of our REST API: the list of finished matches, a match's record, and "play
 * from here" (a new match forked from a record). Answers are validated here; a record itself is
 * returned as text, because it is validated (and verified) by src/record exactly as an imported
 * file is. Errors are the lobby's ApiError, so their messages can be shown as they are.
 */
import { z } from 'zod';
import { SCENARIO_IDS, SEATS, type Seat } from '../../game/index.js';
import type { GameRecord } from '../../record/index.js';
import { ApiError } from '../api/rest.js';
import { ApiErrorSchema, CreatedMatchSchema, type CreatedMatch } from '../api/schemas.js';

/** A seat's score: the server may send the whole {raw, par, score} or just the score. */
const ScoreSchema = z.union([z.number(), z.object({ score: z.number() }).transform((s) => s.score)]);

export const ReplaySummarySchema = z.object({
  matchID: z.string().min(1),
  scenario: z.enum(SCENARIO_IDS),
  rounds: z.number().int(),
  finishedAt: z.string().nullable(),
  winner: z.enum(SEATS).nullable(),
  reason: z.enum(['complete', 'crisis']).nullable(),
  scores: z.object({ usg: ScoreSchema, nvidia: ScoreSchema, china: ScoreSchema, huawei: ScoreSchema }).nullable(),
  seats: z.array(
    z.object({
      seat: z.enum(SEATS),
      name: z.string().nullable(),
      kind: z.enum(['human', 'bot']),
      style: z.string().nullable(),
    }),
  ),
  parent: z.object({ matchID: z.string().min(1), actionIndex: z.number().int().min(0) }).nullable(),
});
export type ReplaySummary = z.infer<typeof ReplaySummarySchema>;

/** A page of the list; `next` (when more follow) is the `before` of the next page. */
const ReplayListSchema = z.object({ replays: z.array(ReplaySummarySchema), next: z.string().nullable().optional() });
export interface ReplayPage {
  replays: ReplaySummary[];
  next: string | null;
}

export type ForkSeat = { kind: 'human' } | { kind: 'bot'; style: string };

export interface ForkRequest {
  source: { matchID: string } | { record: GameRecord };
  actionIndex: number;
  seats: ForkSeat[];
  timer: { seconds: number } | null;
  /** Hand a seat whose player stays disconnected to a bot (as the lobby's create form offers). */
  autoBot: boolean;
}

const enc = encodeURIComponent;

export const recordPath = (matchID: string) => `/api/matches/${enc(matchID)}/record`;
/** The same record, answered as a file to save ("Content-Disposition: attachment"). */
export const recordDownloadPath = (matchID: string) => `${recordPath(matchID)}?download=1`;

async function send(path: string, init?: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: {
        Accept: 'application/json',
        ...(init?.body ? { 'Content-Type': 'application/json' } : {}),
        ...(init?.headers as Record<string, string> | undefined),
      },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached. Check your connection and try again.');
  }
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => null);
  const error = ApiErrorSchema.safeParse(body);
  if (error.success) throw new ApiError(response.status, error.data.error.code, error.data.error.message);
  throw new ApiError(response.status, 'HTTP', `The server answered ${response.status} ${response.statusText}.`);
}

async function json<S extends z.ZodType>(schema: S, path: string, init?: RequestInit): Promise<z.output<S>> {
  const response = await send(path, init);
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new ApiError(response.status, 'BAD_ANSWER', `Unexpected answer from ${path}.`);
  return parsed.data;
}

export const recordsApi = {
  /** Finished matches, newest first as the server orders them, a page at a time. */
  replays: async (before?: string): Promise<ReplayPage> => {
    const page = await json(ReplayListSchema, `/api/replays${before ? `?before=${enc(before)}` : ''}`);
    return { replays: page.replays, next: page.next ?? null };
  },

  /** A finished match's record as the server sends it (the caller parses and verifies it). */
  recordText: async (matchID: string): Promise<string> => (await send(recordPath(matchID))).text(),

  /** During a game, a seat's own record so far: the server removes the seed and the other seats'
   * orders. The credentials go in headers, never in an address that history would keep. */
  ownRecordText: async (matchID: string, playerID: string, credentials: string): Promise<string> =>
    (await send(recordPath(matchID), { headers: { 'x-player-id': playerID, 'x-credentials': credentials } })).text(),

  fork: (request: ForkRequest): Promise<CreatedMatch> =>
    json(CreatedMatchSchema, '/api/matches/fork', { method: 'POST', body: JSON.stringify(request) }),
};

export const seatsInOrder = (seats: ReplaySummary['seats']): ReplaySummary['seats'] =>
  SEATS.map((seat: Seat) => seats.find((s) => s.seat === seat) ?? { seat, name: null, kind: 'human' as const, style: null });

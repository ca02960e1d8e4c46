/**
 * Typed client for our REST API under /api (see the team's server contract). Every answer is
 * parsed with its schema; a 4xx answer's `{ error: { code, message } }` becomes an ApiError whose
 * message can be shown to the player as it is.
 */
import type { z } from 'zod';
import {
  ApiErrorSchema,
  CodeLookupSchema,
  CreatedMatchSchema,
  MatchInfoSchema,
  OpenMatchesSchema,
  type CreateMatchRequest,
  type CreatedMatch,
  type MatchInfo,
} from './schemas.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function request<S extends z.ZodType>(schema: S, path: string, init?: RequestInit): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: 'application/json', ...(init?.body ? { 'Content-Type': 'application/json' } : {}) },
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached. Check your connection and try again.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = ApiErrorSchema.safeParse(body);
    if (error.success) throw new ApiError(response.status, error.data.error.code, error.data.error.message);
    throw new ApiError(response.status, 'HTTP', `The server answered ${response.status} ${response.statusText}.`);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, 'BAD_ANSWER', `Unexpected answer from ${path}.`);
  return parsed.data;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });
const enc = encodeURIComponent;

export const api = {
  createMatch: (req: CreateMatchRequest): Promise<CreatedMatch> => request(CreatedMatchSchema, '/api/matches', post(req)),

  getMatch: (matchID: string): Promise<MatchInfo> => request(MatchInfoSchema, `/api/matches/${enc(matchID)}`),

  openMatches: (): Promise<MatchInfo[]> => request(OpenMatchesSchema, '/api/matches?status=open'),

  lookupCode: async (code: string): Promise<string> =>
    (await request(CodeLookupSchema, `/api/codes/${enc(code.trim().toUpperCase())}`)).matchID,

  // Seat and timer changes answer with the match as it now stands.
  /** Hand a seat to a server bot: its own player (credentials) or the host (hostToken). */
  seatToBot: (matchID: string, playerID: string, auth: { credentials: string } | { hostToken: string }, style: string) =>
    request(MatchInfoSchema, `/api/matches/${enc(matchID)}/seats/${enc(playerID)}/bot`, post({ ...auth, style })),

  /** Take a seat back from the bot with the seat's credentials. */
  seatToHuman: (matchID: string, playerID: string, credentials: string) =>
    request(MatchInfoSchema, `/api/matches/${enc(matchID)}/seats/${enc(playerID)}/human`, post({ credentials })),

  pauseTimer: (matchID: string, hostToken: string) =>
    request(MatchInfoSchema, `/api/matches/${enc(matchID)}/timer/pause`, post({ hostToken })),

  resumeTimer: (matchID: string, hostToken: string) =>
    request(MatchInfoSchema, `/api/matches/${enc(matchID)}/timer/resume`, post({ hostToken })),
};

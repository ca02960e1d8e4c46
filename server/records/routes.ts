/**
 * The records layer's REST endpoints under /api. Every input is parsed with zod first; a refused
 * request changes nothing and answers `{ error: { code, message } }` with a 4xx status.
 *
 * - GET  /api/matches/:matchID/record  a finished match's stored record (`?download=1`: as a
 *   file); during a game, the record redacted for the asking seat (x-player-id and
 *   x-credentials headers, or playerID and credentials in the query).
 * - GET  /api/replays                  finished matches, newest first (`?limit=&before=`).
 * - POST /api/matches/fork             a "what if" match from a point of a record.
 */
import type Router from '@koa/router';
import type { Context } from 'koa';
import { redactRecord } from '../../src/record/index.js';
import type { CreationLimit } from '../limits/creation-limit.js';
import { ApiError, parseInput } from '../rest/errors.js';
import { seatCredentialsValid } from '../transport/credentials.js';
import type { SqliteStorage } from '../storage/sqlite.js';
import { createFork, type ForkDeps } from './fork-match.js';
import type { RecordBuilder } from './record-builder.js';
import { ForkBodySchema, MatchIdSchema, RecordQuerySchema, ReplaysQuerySchema, SeatAuthSchema } from './request-schemas.js';
import type { RecordStore } from './store.js';

export interface RecordRoutesDeps extends ForkDeps {
  readonly builder: RecordBuilder;
  readonly store: RecordStore;
  readonly storage: Pick<SqliteStorage, 'fetch'>;
  /** A fork is a new match: the per-address creation limit applies. */
  readonly limitCreation: CreationLimit;
}

export const FORK_PATH = '/api/matches/fork';

const bodyOf = (ctx: Context): unknown => (ctx.request as { body?: unknown }).body;
/** A header's value, or undefined when it is absent (koa gives ''). */
const header = (ctx: Context, name: string): string | undefined => ctx.get(name) || undefined;

export function mountRecordRoutes(router: Router, deps: RecordRoutesDeps): void {
  router.get('/api/matches/:matchID/record', async (ctx) => {
    const matchID = parseInput(MatchIdSchema, ctx.params['matchID']);
    const query = parseInput(RecordQuerySchema, ctx.query);
    const found = await deps.builder.lookup(matchID);
    if (found.status === 'unknown') throw new ApiError(404, 'MATCH_NOT_FOUND', `There is no match ${matchID}.`);

    if (found.status === 'finished') {
      ctx.type = 'application/json';
      // The stored text itself: the same bytes, so the same hash, every time.
      ctx.body = found.stored.json;
      if (query.download) ctx.set('Content-Disposition', `attachment; filename="compute-race-${matchID}.json"`);
      return;
    }

    // The game is on: only a seat, with its credentials, gets its own redacted record.
    const auth = parseInput(SeatAuthSchema, {
      playerID: header(ctx, 'x-player-id') ?? query.playerID,
      credentials: header(ctx, 'x-credentials') ?? query.credentials,
    });
    if (auth.playerID === undefined || auth.credentials === undefined)
      throw new ApiError(409, 'GAME_NOT_OVER', 'The game is not over: its record is public once it ends. A seat may fetch its own record with its credentials.');
    const { metadata } = await deps.storage.fetch(matchID, { metadata: true });
    if (!seatCredentialsValid(metadata, auth.playerID, auth.credentials))
      throw new ApiError(403, 'FORBIDDEN', `These credentials do not hold seat ${auth.playerID} in this match.`);
    const record = await deps.builder.current(matchID);
    if (!record) throw new ApiError(404, 'MATCH_NOT_FOUND', `There is no match ${matchID}.`);
    ctx.body = redactRecord(record, auth.playerID);
    if (query.download) ctx.set('Content-Disposition', `attachment; filename="compute-race-${matchID}-${auth.playerID}.json"`);
  });

  router.get('/api/replays', async (ctx) => {
    const { limit, before } = parseInput(ReplaysQuerySchema, ctx.query);
    const cursor = before === undefined ? undefined : deps.store.cursorOf(before);
    if (before !== undefined && !cursor) throw new ApiError(400, 'BAD_REQUEST', `before: ${before} is not a finished match in the replays list.`);
    // One more than asked, to know whether another page follows.
    const page = deps.store.summaries(limit + 1, cursor);
    const replays = page.slice(0, limit).map((entry) => entry.summary);
    ctx.body = { replays, next: page.length > limit ? replays.at(-1)!.matchID : null };
  });

  router.post(FORK_PATH, deps.limitCreation, async (ctx) => {
    const body = parseInput(ForkBodySchema, bodyOf(ctx));
    const created = await createFork(deps, body);
    ctx.status = 201;
    ctx.body = { matchID: created.matchID, code: created.code, hostToken: created.hostToken };
  });
}

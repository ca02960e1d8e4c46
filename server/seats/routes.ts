/**
 * The seats layer's REST endpoints under /api (see the server contract in the team brief).
 * Every input is parsed with zod first; a refused request changes nothing and answers
 * `{ error: { code, message } }` with a 4xx status. Credentials are never returned: a human
 * gets them only from the Lobby's join; the host token only once, from the create call.
 */
import type Router from '@koa/router';
import type { Context } from 'koa';
import type { CreationLimit } from '../limits/creation-limit.js';
import { ApiError, parseInput } from '../rest/errors.js';
import { createSeatsMatch } from './create-match.js';
import type { MatchMetadataStore, SeatsHub } from './hub-port.js';
import { describeMatch, isOpen, type MatchInfo, type MatchInfoDeps } from './match-info.js';
import {
  CodeParamSchema,
  CreateMatchBodySchema,
  HostBodySchema,
  ListQuerySchema,
  MatchIdSchema,
  PlayerIdSchema,
  SeatToBotBodySchema,
  SeatToHumanBodySchema,
} from './request-schemas.js';
import type { SeatControl } from './seat-control.js';
import type { SeatDirectory } from './seat-directory.js';
import { isWellFormedCode, normalizeCode } from './secrets.js';
import type { SeatMatch, SeatStore } from './store.js';
import type { TurnTimers } from './turn-timers.js';

/** The open list shows at most this many matches, newest first. */
export const OPEN_LIST_LIMIT = 50;

export interface SeatRoutesDeps {
  readonly store: SeatStore;
  readonly directory: SeatDirectory;
  readonly storage: MatchMetadataStore;
  readonly hub: SeatsHub;
  readonly control: SeatControl;
  readonly timers: TurnTimers;
  /** A new match exists: start its bots and timer. */
  readonly started: (matchID: string) => void;
  /** The per-address creation limit (429 with Retry-After beyond it). */
  readonly limitCreation: CreationLimit;
}

const bodyOf = (ctx: Context): unknown => (ctx.request as { body?: unknown }).body;

export function mountSeatRoutes(router: Router, deps: SeatRoutesDeps): void {
  const infoDeps: MatchInfoDeps = deps;

  const findMatch = (ctx: Context): SeatMatch => {
    const matchID = parseInput(MatchIdSchema, ctx.params['matchID']);
    const match = deps.store.match(matchID);
    if (!match) throw new ApiError(404, 'MATCH_NOT_FOUND', `There is no match ${matchID}.`);
    return match;
  };

  const describe = async (match: SeatMatch): Promise<MatchInfo> => {
    const info = await describeMatch(infoDeps, match);
    if (!info) throw new ApiError(404, 'MATCH_NOT_FOUND', `There is no match ${match.matchID}.`);
    return info;
  };

  router.post('/api/matches', deps.limitCreation, async (ctx) => {
    const body = parseInput(CreateMatchBodySchema, bodyOf(ctx));
    const created = await createSeatsMatch(deps, body);
    deps.started(created.matchID);
    ctx.status = 201;
    ctx.body = { matchID: created.matchID, code: created.code, hostToken: created.hostToken };
  });

  router.get('/api/matches', async (ctx) => {
    parseInput(ListQuerySchema, ctx.query);
    const matches: MatchInfo[] = [];
    for (const match of deps.store.unfinishedMatches().reverse()) {
      const info = await describeMatch(infoDeps, match);
      if (info && isOpen(info)) matches.push(info);
      if (matches.length >= OPEN_LIST_LIMIT) break;
    }
    ctx.body = { matches };
  });

  router.get('/api/matches/:matchID', async (ctx) => {
    ctx.body = await describe(findMatch(ctx));
  });

  router.get('/api/codes/:code', async (ctx) => {
    const code = normalizeCode(parseInput(CodeParamSchema, ctx.params['code']));
    const matchID = isWellFormedCode(code) ? deps.store.matchIDForCode(code) : undefined;
    if (!matchID) throw new ApiError(404, 'CODE_NOT_FOUND', `No match has the code ${code}. Check the code and try again.`);
    ctx.body = { matchID };
  });

  router.post('/api/matches/:matchID/seats/:playerID/bot', async (ctx) => {
    const match = findMatch(ctx);
    const playerID = parseInput(PlayerIdSchema, ctx.params['playerID']);
    const { credentials, hostToken, style } = parseInput(SeatToBotBodySchema, bodyOf(ctx));
    const auth = credentials !== undefined ? { credentials } : { hostToken: hostToken! };
    await deps.control.toBot(match.matchID, playerID, auth, style);
    ctx.body = await describe(match);
  });

  router.post('/api/matches/:matchID/seats/:playerID/human', async (ctx) => {
    const match = findMatch(ctx);
    const playerID = parseInput(PlayerIdSchema, ctx.params['playerID']);
    const { credentials } = parseInput(SeatToHumanBodySchema, bodyOf(ctx));
    await deps.control.toHuman(match.matchID, playerID, credentials);
    ctx.body = await describe(match);
  });

  for (const action of ['pause', 'resume'] as const) {
    router.post(`/api/matches/:matchID/timer/${action}`, async (ctx) => {
      const match = findMatch(ctx);
      const { hostToken } = parseInput(HostBodySchema, bodyOf(ctx));
      deps.control.checkHost(match, hostToken);
      if (!deps.store.timer(match.matchID)) throw new ApiError(409, 'NO_TIMER', 'This match has no turn timer.');
      const info = await describe(match);
      if (info.gameover) throw new ApiError(409, 'GAME_OVER', 'The game is over; the timer has stopped.');
      if (action === 'pause') deps.timers.pause(match.matchID);
      else deps.timers.resume(match.matchID);
      ctx.body = await describe(match);
    });
  }
}

/**
 * boardgame.io's Lobby API under /games/:name/..., answered by us instead of by boardgame.io
 * 0.50.2's handlers, which trust their input: a playerID of `__proto__` made its join write a name
 * and credentials into Object.prototype; a wrong credential came back in the 403's text; an
 * object where a string belongs answered 500. Same paths, same successful answers (so
 * boardgame.io's LobbyClient works unchanged); every input checked first (lobby/schemas.ts);
 * errors as JSON `{ error: { code, message } }` with a 4xx status, never echoing a secret.
 *
 * Registered before boardgame.io's own routes (which its Server adds when it starts), so these
 * answer and boardgame.io's handlers never run. Changes to a match's metadata run in the match's
 * queue, between its moves and connection changes, so none of them is lost to a concurrent write.
 */
import type Router from '@koa/router';
import type { Server } from 'boardgame.io';
import type { Context } from 'koa';
import { GAME_NAME } from '../../src/game/index.js';
import { newCredentials, unusedMatchID, MatchIdSchema } from '../ids.js';
import type { CreationLimit } from '../limits/creation-limit.js';
import { ApiError, parseInput } from '../rest/errors.js';
import type { SqliteStorage } from '../storage/sqlite.js';
import { createMatch, type ProcessedGame } from '../transport/boardgame.js';
import { matchSeat, seatCredentialsValid } from '../transport/credentials.js';
import type { MatchEngine } from '../transport/match-engine.js';
import { viewMatchData } from '../transport/player-view.js';
import { CreateBodySchema, JoinBodySchema, LeaveBodySchema, ListQuerySchema, PlayAgainBodySchema, UpdateBodySchema, type CreateBody } from './schemas.js';

/** The Lobby's list shows at most this many open matches, newest first. */
export const LOBBY_LIST_LIMIT = 100;

export interface LobbyDeps {
  /** Compute Race, processed by boardgame.io (its name is GAME_NAME). */
  readonly game: ProcessedGame;
  readonly db: SqliteStorage;
  readonly engine: Pick<MatchEngine, 'exclusive' | 'seatJoined' | 'removeMatch'>;
  readonly limitCreation: CreationLimit;
  readonly now?: () => number;
}

const bodyOf = (ctx: Context): unknown => (ctx.request as { body?: unknown }).body;

/** A match as the Lobby shows it: its metadata without any credentials. */
function clientMatchData(matchID: string, metadata: Server.MatchData) {
  return { ...metadata, matchID, players: viewMatchData(metadata) };
}

export function mountLobbyRoutes(router: Router, deps: LobbyDeps): void {
  const { game, db, engine } = deps;
  const now = deps.now ?? Date.now;
  const base = '/games/:name';

  const checkGame = (ctx: Context): void => {
    if (ctx.params['name'] !== GAME_NAME) throw new ApiError(404, 'GAME_NOT_FOUND', `This server hosts only the game "${GAME_NAME}".`);
  };

  const matchIDOf = (ctx: Context): string => {
    checkGame(ctx);
    return parseInput(MatchIdSchema, ctx.params['id']);
  };

  const load = async (matchID: string): Promise<Server.MatchData> => {
    const { metadata } = await db.fetch(matchID, { metadata: true });
    if (metadata === undefined || metadata.gameName !== GAME_NAME) throw new ApiError(404, 'MATCH_NOT_FOUND', `There is no match ${matchID}.`);
    return metadata;
  };

  const seatOf = (metadata: Server.MatchData, playerID: string): Server.PlayerMetadata => {
    const player = matchSeat(metadata, playerID);
    if (player === undefined) throw new ApiError(404, 'SEAT_NOT_FOUND', `This match has no seat ${playerID}.`);
    return player;
  };

  /** The seat, if these are its credentials. The credentials are never part of the answer. */
  const authenticated = (metadata: Server.MatchData, playerID: string, credentials: string): Server.PlayerMetadata => {
    const player = seatOf(metadata, playerID);
    if (!seatCredentialsValid(metadata, playerID, credentials)) {
      throw new ApiError(403, 'BAD_CREDENTIALS', `These credentials do not hold seat ${playerID} in this match.`);
    }
    return player;
  };

  const create = async ({ numPlayers, setupData, unlisted }: CreateBody): Promise<string> => {
    const created = createMatch({ game, numPlayers: numPlayers ?? 0, setupData, unlisted: unlisted ?? false });
    if ('setupDataError' in created) throw new ApiError(400, 'BAD_SETUP', String(created.setupDataError));
    const matchID = await unusedMatchID(db);
    await db.createMatch(matchID, created);
    return matchID;
  };

  router.post(`${base}/create`, deps.limitCreation, async (ctx) => {
    checkGame(ctx);
    ctx.body = { matchID: await create(parseInput(CreateBodySchema, bodyOf(ctx))) };
  });

  router.get(base, async (ctx) => {
    checkGame(ctx);
    const { isGameover, updatedBefore, updatedAfter } = parseInput(ListQuerySchema, ctx.query);
    // Open matches are unfinished: asked for finished ones, the list is empty.
    const open = isGameover === 'true' ? [] : db.listOpenMatches(GAME_NAME, LOBBY_LIST_LIMIT, { updatedBefore, updatedAfter });
    ctx.body = { matches: open.map(({ matchID, metadata }) => clientMatchData(matchID, metadata)) };
  });

  router.get(`${base}/:id`, async (ctx) => {
    const matchID = matchIDOf(ctx);
    ctx.body = clientMatchData(matchID, await load(matchID));
  });

  router.post(`${base}/:id/join`, async (ctx) => {
    const matchID = matchIDOf(ctx);
    const body = parseInput(JoinBodySchema, bodyOf(ctx));
    ctx.body = await engine.exclusive(matchID, async () => {
      const metadata = await load(matchID);
      const playerID = body.playerID ?? firstFreeSeat(metadata);
      if (playerID === undefined) throw new ApiError(409, 'MATCH_FULL', 'Every seat of this match is taken.');
      const player = seatOf(metadata, playerID);
      if (player.name) throw new ApiError(409, 'SEAT_TAKEN', `Seat ${playerID} is taken.`);
      if (body.data !== undefined) player.data = body.data;
      player.name = body.playerName;
      const playerCredentials = newCredentials();
      player.credentials = playerCredentials;
      await db.setMetadata(matchID, metadata);
      await db.notePersonJoined(matchID, now());
      engine.seatJoined(matchID, playerID);
      return { playerID, playerCredentials };
    });
  });

  router.post(`${base}/:id/leave`, async (ctx) => {
    const matchID = matchIDOf(ctx);
    const { playerID, credentials } = parseInput(LeaveBodySchema, bodyOf(ctx));
    await engine.exclusive(matchID, async () => {
      const metadata = await load(matchID);
      const player = authenticated(metadata, playerID, credentials);
      delete player.name;
      delete player.credentials;
      // As boardgame.io does: a match everyone has left is removed, unless it is over (its record stays).
      const held = Object.values(metadata.players).some((seat) => seat.name);
      if (held || metadata.gameover !== undefined) await db.setMetadata(matchID, metadata);
      else await engine.removeMatch(matchID);
    });
    ctx.body = {};
  });

  router.post(`${base}/:id/playAgain`, deps.limitCreation, async (ctx) => {
    const matchID = matchIDOf(ctx);
    const { playerID, credentials, ...next } = parseInput(PlayAgainBodySchema, bodyOf(ctx));
    ctx.body = await engine.exclusive(matchID, async () => {
      const metadata = await load(matchID);
      authenticated(metadata, playerID, credentials);
      // One next match per match, however many of its players ask.
      if (metadata.nextMatchID) return { nextMatchID: metadata.nextMatchID };
      const nextMatchID = await create({
        numPlayers: next.numPlayers ?? Object.keys(metadata.players).length,
        setupData: next.setupData ?? metadata.setupData,
        unlisted: next.unlisted,
      });
      metadata.nextMatchID = nextMatchID;
      await db.setMetadata(matchID, metadata);
      return { nextMatchID };
    });
  });

  const update = async (ctx: Context): Promise<void> => {
    const matchID = matchIDOf(ctx);
    const { playerID, credentials, newName, data } = parseInput(UpdateBodySchema, bodyOf(ctx));
    await engine.exclusive(matchID, async () => {
      const metadata = await load(matchID);
      const player = authenticated(metadata, playerID, credentials);
      if (newName !== undefined) player.name = newName;
      if (data !== undefined) player.data = data;
      await db.setMetadata(matchID, metadata);
    });
    ctx.body = {};
  };
  router.post(`${base}/:id/update`, update);
  // boardgame.io's deprecated name for update.
  router.post(`${base}/:id/rename`, update);
}

/** The first seat nobody holds, in seat order. */
function firstFreeSeat(metadata: Server.MatchData): string | undefined {
  return Object.keys(metadata.players).find((playerID) => !matchSeat(metadata, playerID)?.name);
}

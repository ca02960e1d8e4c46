/**
 * POST /api/matches: a normal boardgame.io match (boardgame.io's own createMatch, so metadata
 * and initial state are exactly what its Lobby would make), with the bot seats taken the way
 * the Lobby's join takes a seat (a name and fresh credentials in the metadata), plus this
 * layer's record: seat controllers, a short code, the host token's hash and the timer.
 */
import type { State } from 'boardgame.io';
import { BOT_STYLE_LABELS } from '../../src/bots/index.js';
import { ComputeRace, type GameState } from '../../src/game/index.js';
import { newCredentials, unusedMatchID } from '../ids.js';
import { ApiError } from '../rest/errors.js';
import { createMatch, ProcessGameConfig } from '../transport/boardgame.js';
import type { MatchMetadataStore } from './hub-port.js';
import type { CreateMatchBody } from './request-schemas.js';
import { hashToken, randomCode, randomHostToken } from './secrets.js';
import type { SeatController, SeatStore } from './store.js';

const GAME = ProcessGameConfig(ComputeRace);

export interface CreatedMatch {
  readonly matchID: string;
  readonly code: string;
  readonly hostToken: string;
  readonly initialState: State<GameState>;
}

/** The name a bot seat shows in the lobby and at the table. */
export function botName(style: keyof typeof BOT_STYLE_LABELS): string {
  return `${BOT_STYLE_LABELS[style]} (bot)`;
}

/**
 * A match that does not start at the beginning: a "what if" fork (server/records) starts from the
 * exact state of another match at some point. Its setup (body.scenario, body.rounds) must be the
 * one that state was played under.
 */
export interface MatchStart {
  readonly initialState: State<GameState>;
}

export async function createSeatsMatch(
  deps: { readonly storage: MatchMetadataStore; readonly store: SeatStore; readonly now?: () => number },
  body: CreateMatchBody,
  start?: MatchStart,
): Promise<CreatedMatch> {
  const setupData = body.rounds === undefined ? { scenario: body.scenario } : { scenario: body.scenario, rounds: body.rounds };
  // boardgame.io's `unlisted` flag is what keeps a private match out of every list.
  const created = createMatch({ game: GAME, numPlayers: 4, setupData, unlisted: body.private ?? false });
  if ('setupDataError' in created) throw new ApiError(400, 'BAD_SETUP', created.setupDataError);
  // The metadata is boardgame.io's own either way; a fork replaces only the starting state.
  const { metadata } = created;
  const initialState = start?.initialState ?? created.initialState;

  const controllers: SeatController[] = body.seats.map((choice, index) => {
    if (choice.kind === 'human') return { kind: 'human' };
    const style = choice.style as Extract<SeatController, { kind: 'bot' }>['style'];
    const player = metadata.players[index]!;
    player.name = botName(style);
    player.credentials = newCredentials();
    return { kind: 'bot', style };
  });

  const matchID = await unusedMatchID(deps.storage);
  const hostToken = randomHostToken();
  await deps.storage.createMatch(matchID, { initialState, metadata });
  // Picked and stored in one synchronous stretch, so two requests cannot claim the same code.
  const code = unusedCode(deps.store);
  deps.store.insertMatch({
    matchID,
    code,
    hostTokenHash: hashToken(hostToken),
    scenario: body.scenario,
    rounds: (initialState.G as GameState).rounds,
    autoBot: body.autoBot ?? false,
    createdAt: deps.now?.() ?? Date.now(),
    controllers,
    timerSeconds: body.timer?.seconds ?? null,
  });
  return { matchID, code, hostToken, initialState: initialState as State<GameState> };
}

function unusedCode(store: SeatStore): string {
  // 387 million codes: a clash is rare, several in a row would mean a broken random source.
  for (let attempt = 0; attempt < 50; attempt++) {
    const code = randomCode();
    if (!store.isCodeTaken(code)) return code;
  }
  throw new Error('Could not find an unused short code');
}

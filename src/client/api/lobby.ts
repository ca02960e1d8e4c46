/**
 * boardgame.io's Lobby API (our server answers its paths under /games/compute-race/... with its
 * answers, errors as `{ error: { code, message } }`): joining a seat with a name gives the seat's
 * credentials; leaving gives the seat up.
 */
import { LobbyClient } from 'boardgame.io/client';
import { GAME_NAME } from '../../game/index.js';
import { JoinAnswerSchema } from './schemas.js';
import { ApiError } from './rest.js';

const lobby = new LobbyClient({ server: '' });

/** A readable sentence from a LobbyClientError (its details hold the server's answer). */
function lobbyError(error: unknown, fallback: string): ApiError {
  const details = (error as { details?: unknown }).details;
  if (details && typeof details === 'object' && 'error' in details) {
    const inner = (details as { error: unknown }).error;
    if (typeof inner === 'string') return new ApiError(400, 'LOBBY', inner);
    if (inner && typeof inner === 'object' && 'message' in inner) return new ApiError(400, 'LOBBY', String(inner.message));
  }
  if (typeof details === 'string' && details.length > 0 && details.length < 200) return new ApiError(400, 'LOBBY', details);
  return new ApiError(0, 'LOBBY', fallback);
}

export async function joinSeat(matchID: string, playerID: string, playerName: string): Promise<{ playerID: string; credentials: string }> {
  try {
    const answer = JoinAnswerSchema.parse(await lobby.joinMatch(GAME_NAME, matchID, { playerID, playerName }));
    return { playerID: answer.playerID, credentials: answer.playerCredentials };
  } catch (error) {
    throw lobbyError(error, 'That seat could not be taken: someone may have just taken it.');
  }
}

export async function leaveSeat(matchID: string, playerID: string, credentials: string): Promise<void> {
  try {
    await lobby.leaveMatch(GAME_NAME, matchID, { playerID, credentials });
  } catch (error) {
    throw lobbyError(error, 'Leaving the seat failed.');
  }
}

import type { MoveResult, SeatsHub } from './hub-port.js';
import type { SeatDirectory } from './seat-directory.js';

/**
 * A move by the server for a seat (a bot's, a timer's default), through the hub with the seat's
 * credentials: the same door as a player's socket. If the cached credentials are refused (the
 * seat changed hands through the lobby since), they are read afresh and the move tried once more.
 */
export async function submitForSeat(
  hub: Pick<SeatsHub, 'submit'>,
  directory: SeatDirectory,
  matchID: string,
  playerID: string,
  move: string,
  args: unknown[],
): Promise<MoveResult> {
  const result = await hub.submit(matchID, playerID, await directory.credentials(matchID, playerID), move, args);
  if (result.ok || result.code !== 'UNAUTHORIZED') return result;
  directory.credentialsRefused(matchID, playerID);
  return hub.submit(matchID, playerID, await directory.credentials(matchID, playerID), move, args);
}

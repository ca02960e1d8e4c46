/** Four seated, synced raw sockets (and optionally a spectator) for one match. */
import { PLAYER_IDS } from '../../../src/game/index.js';
import { GameSocket, type StateLike } from './game-socket.js';
import { createSeatedMatch, type SeatedMatch } from './lobby.js';

export interface Table extends SeatedMatch {
  seats: Record<string, GameSocket>;
  spectator: GameSocket;
  /** The newest state this seat's socket has received (sync or update). */
  latest(playerID: string): StateLike;
  close(): void;
}

export function latestState(socket: GameSocket, matchID: string): StateLike {
  for (let index = socket.received.length - 1; index >= 0; index--) {
    const { event, args } = socket.received[index]!;
    if (event === 'update' && args[0] === matchID) return args[1] as StateLike;
    if (event === 'sync' && args[0] === matchID) return (args[1] as { state: StateLike }).state;
  }
  throw new Error('this socket has received no state yet');
}

export async function openTable(url: string, setupData?: Record<string, unknown>): Promise<Table> {
  const match = await createSeatedMatch(url, setupData);
  const seats: Record<string, GameSocket> = {};
  for (const playerID of PLAYER_IDS) {
    seats[playerID] = await GameSocket.connect(url);
    await seats[playerID].sync(match.matchID, playerID, match.credentials[playerID]);
  }
  const spectator = await GameSocket.connect(url);
  await spectator.sync(match.matchID, null);
  return {
    ...match,
    seats,
    spectator,
    latest: (playerID) => latestState(seats[playerID]!, match.matchID),
    close: () => {
      for (const socket of [...Object.values(seats), spectator]) socket.close();
    },
  };
}

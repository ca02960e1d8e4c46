/** boardgame.io's Lobby API over real HTTP: create a match and take its four seats. */
import { PLAYER_IDS } from '../../../src/game/index.js';

export interface SeatedMatch {
  matchID: string;
  /** Credentials by playerID '0'..'3'. */
  credentials: Record<string, string>;
}

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`POST ${url} → ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function createMatch(baseUrl: string, setupData: Record<string, unknown> = { rounds: 3 }): Promise<string> {
  const { matchID } = await post<{ matchID: string }>(`${baseUrl}/games/compute-race/create`, { numPlayers: 4, setupData });
  return matchID;
}

export async function joinSeat(baseUrl: string, matchID: string, playerID: string, playerName = `Player ${playerID}`): Promise<string> {
  const { playerCredentials } = await post<{ playerCredentials: string }>(`${baseUrl}/games/compute-race/${matchID}/join`, {
    playerID,
    playerName,
  });
  return playerCredentials;
}

export async function createSeatedMatch(baseUrl: string, setupData?: Record<string, unknown>): Promise<SeatedMatch> {
  const matchID = await createMatch(baseUrl, setupData);
  const credentials: Record<string, string> = {};
  for (const playerID of PLAYER_IDS) credentials[playerID] = await joinSeat(baseUrl, matchID, playerID);
  return { matchID, credentials };
}

/**
 * Seat credentials live in this browser's localStorage, one entry per match and seat, so that a
 * reload (or a closed tab) rejoins the same seat. The host token of a match this browser created
 * is kept the same way. Nothing here is sent anywhere but to our own server.
 */
import { z } from 'zod';

const PREFIX = 'compute-race';
const seatKey = (matchID: string, playerID: string) => `${PREFIX}:seat:${matchID}:${playerID}`;
const hostKey = (matchID: string) => `${PREFIX}:host:${matchID}`;
const NAME_KEY = `${PREFIX}:name`;

const StoredSeatSchema = z.object({ credentials: z.string().min(1), name: z.string() });

export interface StoredSeat {
  playerID: string;
  credentials: string;
  name: string;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // private mode or blocked storage: the seat lasts as long as the tab
  }
}

export function saveSeat(matchID: string, seat: StoredSeat): void {
  storage()?.setItem(seatKey(matchID, seat.playerID), JSON.stringify({ credentials: seat.credentials, name: seat.name }));
}

export function forgetSeat(matchID: string, playerID: string): void {
  storage()?.removeItem(seatKey(matchID, playerID));
}

/** The seats this browser holds in a match, in playerID order. */
export function storedSeats(matchID: string): StoredSeat[] {
  const store = storage();
  if (!store) return [];
  const seats: StoredSeat[] = [];
  for (const playerID of ['0', '1', '2', '3']) {
    const raw = store.getItem(seatKey(matchID, playerID));
    if (!raw) continue;
    try {
      const parsed = StoredSeatSchema.safeParse(JSON.parse(raw));
      if (parsed.success) seats.push({ playerID, ...parsed.data });
    } catch {
      store.removeItem(seatKey(matchID, playerID)); // unreadable entry: drop it
    }
  }
  return seats;
}

export function saveHostToken(matchID: string, token: string): void {
  storage()?.setItem(hostKey(matchID), token);
}

export function hostToken(matchID: string): string | null {
  return storage()?.getItem(hostKey(matchID)) ?? null;
}

export function lastName(): string {
  return storage()?.getItem(NAME_KEY) ?? '';
}

export function rememberName(name: string): void {
  storage()?.setItem(NAME_KEY, name);
}

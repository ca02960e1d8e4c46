/**
 * Seat credentials. A seat acts only with the credentials the Lobby API gave it on join.
 * Stricter than boardgame.io's default, which skips the check entirely while no seat of the
 * match has credentials yet (so anyone could move for an unjoined seat): here a seat without
 * credentials cannot act at all. Compared in constant time; never logged or sent back.
 *
 * Everything here reads OWN properties only: a playerID such as `__proto__` must never reach
 * Object.prototype, and an inherited `credentials` (were a prototype ever polluted) must never
 * count as a seat's.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Server } from 'boardgame.io';

/** Constant-time equality of two strings of any lengths (compares their SHA-256 digests). */
function sameSecret(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** The seat `playerID` of a match: one of its own players, never an inherited property. */
export function matchSeat(metadata: Server.MatchData | undefined, playerID: string): Server.PlayerMetadata | undefined {
  if (metadata === undefined || !Object.hasOwn(metadata.players, playerID)) return undefined;
  const player: unknown = metadata.players[playerID as unknown as number];
  return typeof player === 'object' && player !== null ? (player as Server.PlayerMetadata) : undefined;
}

/** The credentials a seat holds (its own property), or undefined. */
export function seatCredentials(player: Server.PlayerMetadata | undefined): string | undefined {
  if (player === undefined || !Object.hasOwn(player, 'credentials')) return undefined;
  return typeof player.credentials === 'string' && player.credentials.length > 0 ? player.credentials : undefined;
}

/** boardgame.io's `authenticateCredentials` hook (Lobby API and Master alike). */
export function authenticateCredentials(credentials: unknown, player: Server.PlayerMetadata | undefined): boolean {
  if (typeof credentials !== 'string' || credentials.length === 0) return false;
  const held = seatCredentials(player);
  return held !== undefined && sameSecret(credentials, held);
}

export function seatCredentialsValid(metadata: Server.MatchData | undefined, playerID: string, credentials: unknown): boolean {
  return authenticateCredentials(credentials, matchSeat(metadata, playerID));
}

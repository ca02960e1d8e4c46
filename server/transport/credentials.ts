/**
 * Seat credentials. A seat acts only with the credentials the Lobby API gave it on join.
 * Stricter than boardgame.io's default, which skips the check entirely while no seat of the
 * match has credentials yet (so anyone could move for an unjoined seat): here a seat without
 * credentials cannot act at all. Compared in constant time; never logged or sent back.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Server } from 'boardgame.io';

/** Constant-time equality of two strings of any lengths (compares their SHA-256 digests). */
function sameSecret(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** boardgame.io's `authenticateCredentials` hook (Lobby API and Master alike). */
export function authenticateCredentials(credentials: unknown, player: Server.PlayerMetadata | undefined): boolean {
  if (typeof credentials !== 'string' || credentials.length === 0) return false;
  if (player === undefined || typeof player.credentials !== 'string' || player.credentials.length === 0) return false;
  return sameSecret(credentials, player.credentials);
}

export function seatCredentialsValid(
  metadata: Server.MatchData | undefined,
  playerID: string,
  credentials: unknown,
): boolean {
  if (metadata === undefined || !Object.hasOwn(metadata.players, playerID)) return false;
  return authenticateCredentials(credentials, metadata.players[Number(playerID)]);
}

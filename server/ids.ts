/**
 * The identifiers that come from outside, checked the same way on every path (Lobby, /api, the
 * game socket), and the fresh ones the server makes. A playerID is one of the match's own seat
 * IDs, "0"–"3", never any other key: `__proto__`, `constructor` or `prototype` as a playerID is
 * what let boardgame.io 0.50.2's Lobby write into Object.prototype.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { PLAYER_IDS } from '../src/game/index.js';

/** boardgame.io match IDs (ours are 11 URL-safe characters; the Lobby's may differ a little). */
export const MatchIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a match ID');
export const PlayerIdSchema = z.enum(PLAYER_IDS, { error: `a playerID is one of ${PLAYER_IDS.join(', ')}` });
/** Seat credentials and host tokens as a client sends them (never echoed back in an error). */
export const SecretSchema = z.string().min(1).max(256);

/** A new match ID nobody uses: 11 URL-safe characters, like boardgame.io's own. */
export async function unusedMatchID(storage: { fetch(matchID: string, opts: { metadata: true }): Promise<{ metadata?: unknown }> }): Promise<string> {
  for (;;) {
    const matchID = randomBytes(8).toString('base64url');
    const { metadata } = await storage.fetch(matchID, { metadata: true });
    if (metadata === undefined) return matchID;
  }
}

/** Seat credentials the way boardgame.io's Lobby makes them: random, URL-safe, unguessable. */
export function newCredentials(): string {
  return randomBytes(16).toString('base64url');
}

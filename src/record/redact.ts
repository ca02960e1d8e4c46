/**
 * The record one seat may have while the game is on: its own moves, the US Government's public
 * policies and the public yearly figures, but not the other seats' orders (not even after a year
 * resolves: revisions and uncaught smuggling stay secret), not the seed (it fixes the deck and the
 * smuggling checks to come) and no state digests (a digest covers the secrets, and guessing an
 * order until the digest matches would reveal it). Once the game is over nothing is secret and
 * the full record is returned.
 */
import { seatOf, type PlayerID } from '../game/index.js';
import type { GameRecord } from './format.js';
import { withHash } from './hash.js';

export function redactRecord(record: GameRecord, playerID: PlayerID | null): GameRecord {
  if (record.result !== null) return record;
  const viewer = seatOf(playerID);
  const { hash: _old, ...content } = record;
  return withHash({
    ...content,
    seed: null,
    initialDigest: null,
    actions: record.actions.map((action) => ({
      ...action,
      args: action.move === 'submitOrder' && action.seat !== viewer ? null : action.args,
      digest: null,
    })),
    redacted: { playerID },
  });
}

/**
 * Seat credentials are read from the match's own seats only: a playerID that names an inherited
 * property, or a `credentials` key a polluted prototype would supply, never authenticates.
 */
import type { Server } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { matchSeat, seatCredentials, seatCredentialsValid } from '../../server/transport/credentials.js';

const metadata = (): Server.MatchData =>
  ({
    gameName: 'compute-race',
    players: { 0: { id: 0, name: 'Ada', credentials: 'secret-0' }, 1: { id: 1 }, 2: { id: 2 }, 3: { id: 3 } },
    createdAt: 0,
    updatedAt: 0,
  }) as Server.MatchData;

describe('seat credentials', () => {
  it('must match exactly', () => {
    expect(seatCredentialsValid(metadata(), '0', 'secret-0')).toBe(true);
    for (const wrong of ['secret-1', 'secret-00', '', undefined, 42, { toString: () => 'secret-0' }]) {
      expect(seatCredentialsValid(metadata(), '0', wrong)).toBe(false);
    }
    // A seat nobody holds has no credentials to match, not even empty ones.
    expect(seatCredentialsValid(metadata(), '1', '')).toBe(false);
    expect(seatCredentialsValid(undefined, '0', 'secret-0')).toBe(false);
  });

  it.each(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '4', '-1'])('knows no seat %s', (playerID) => {
    expect(matchSeat(metadata(), playerID)).toBeUndefined();
    expect(seatCredentialsValid(metadata(), playerID, 'secret-0')).toBe(false);
  });

  it('ignores credentials a seat does not hold itself (an inherited one, as after prototype pollution)', () => {
    const inherited = Object.create({ credentials: 'planted', name: 'x' }) as Server.PlayerMetadata;
    inherited.id = 1;
    const match = metadata();
    match.players[1] = inherited;
    expect(seatCredentials(inherited)).toBeUndefined();
    expect(seatCredentialsValid(match, '1', 'planted')).toBe(false);
  });
});

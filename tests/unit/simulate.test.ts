import { describe, expect, it } from 'vitest';
import { simulate } from '../../tools/lib/simulation.js';
import { SEATS } from '../../src/game/index.js';

describe('the balance simulator', () => {
  const run = (seed: string) => {
    const { gamesPerSecond, ...rest } = simulate({ scenario: '2026-h200', games: 30, seed });
    expect(gamesPerSecond).toBeGreaterThan(0);
    return rest;
  };

  it('gives the same report for the same seed (all but the measured speed)', () => {
    expect(run('same')).toEqual(run('same'));
  });

  it('gives a different report for another seed', () => {
    expect(run('one')).not.toEqual(run('other'));
  });

  it('reports, per seat, a win rate and mean score/par, with the wins summing to one', () => {
    const report = run('shape');
    const total = SEATS.reduce((sum, s) => sum + report.seats[s].winRate, 0);
    expect(total).toBeCloseTo(1, 9);
    for (const s of SEATS) {
      expect(report.seats[s].mean).toBeGreaterThan(0);
      const styleShares = Object.values(report.seats[s].styleWinShare);
      if (report.seats[s].winRate > 0) expect(styleShares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
    expect(report.crisisRate).toBeGreaterThanOrEqual(0);
  });
});

/**
 * The plain-text transcript: every year with its news, policy, orders, trade, K, meters and
 * summary, then the final scores; secrets only once the game is over.
 */
import { describe, expect, it } from 'vitest';
import { crisisBlame, EVENTS, SEATS, SEAT_NAMES } from '../../src/game/index.js';
import { RecordWriter, replayRecord, simulateRecord, transcript, transcriptOf } from '../../src/record/index.js';
import { wrap } from '../../src/record/transcript.js';

const RECORD = simulateRecord({ seed: 'transcript', scenario: '2026-h200', players: 'random', rounds: 4 });

describe('transcript', () => {
  const text = transcript(RECORD);
  const final = replayRecord(RECORD).stateAt(RECORD.actions.length).G;

  it('opens with the scenario, the match and the seats', () => {
    expect(text).toContain('COMPUTE RACE: GAME RECORD');
    expect(text).toContain('2026: H200 for a fee (scenario 2026-h200), 4 years from 2026');
    expect(text).toContain(`Match ${RECORD.matchID}, begun 2026-01-01 00:00 UTC`);
    for (const seat of SEATS) expect(text).toMatch(new RegExp(`^  ${SEAT_NAMES[seat]} +${SEAT_NAMES[seat]} \\(random\\) \\(bot\\)$`, 'm'));
  });

  it('tells every year, in order, with its news, policy, orders, trade, K, meters, points and summary', () => {
    const positions = final.history.map((y) => text.indexOf(`---- ${y.year} `));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const [k, y] of final.history.entries()) {
      const section = text.slice(positions[k], positions[k + 1] ?? text.indexOf('FINAL RESULT'));
      const flat = section.replace(/\n +/g, ' ');
      expect(flat).toContain(`News: ${EVENTS[y.event].title}.`);
      expect(flat).toContain('Policy (US Government): export rule:');
      for (const seat of ['NVIDIA', 'China', 'Huawei']) expect(section).toMatch(new RegExp(`\\n  ${seat}: `));
      expect(flat).toContain(`Trade: NVIDIA sold China ${y.trade.nvidiaToChina.toFixed(2)} CP`);
      expect(flat).toContain(`K: US ${y.kUs.toFixed(1)}, China ${y.kCn.toFixed(1)}`);
      expect(flat).toContain(`Meters: tension ${y.tension.toFixed(1)}, trust ${y.trust.toFixed(1)}`);
      expect(flat).toContain('Points this year: US Government');
      for (const line of y.summary) expect(flat).toContain(line);
    }
  });

  it('ends with the winner and every final score', () => {
    const result = RECORD.result!;
    expect(text).toContain(`Winner: ${SEAT_NAMES[result.winner]}.`);
    for (const seat of SEATS) {
      const s = result.scores[seat];
      expect(text).toMatch(new RegExp(`${SEAT_NAMES[seat]} +${s.raw.toFixed(2)} +${s.par.toFixed(2)} +${s.score.toFixed(2)}`));
    }
    expect(text).toContain(`Final K, every smuggled chip included: US ${result.kUs.toFixed(1)}, China ${result.kCn.toFixed(1)}.`);
  });

  it('names the capital a crisis is laid at, as the end screen does', () => {
    // The first seeded bot game in the embargo scenario that ends in a crisis.
    const crisis = Array.from({ length: 60 }, (_, i) => simulateRecord({ seed: `transcript-crisis-${i}`, scenario: 'embargo', players: 'bots' })).find(
      (r) => r.result?.reason === 'crisis',
    )!;
    expect(crisis).toBeDefined();
    const blame = crisisBlame(crisis.result!);
    expect(blame).not.toBeNull();
    expect(transcript(crisis).replace(/\n +/g, ' ')).toContain(blame!);
    expect(text).not.toContain('pushed tension hardest');
  });

  it('fits a printed page', () => {
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(96);
    expect(wrap(`  ${'word '.repeat(40)}`, 30).every((line) => line.length <= 30)).toBe(true);
  });

  it('keeps the year in progress secret in an unfinished game', () => {
    const writer = new RecordWriter({ matchID: 'live', createdAt: RECORD.createdAt, seed: RECORD.seed!, setupData: RECORD.setupData, seats: RECORD.seats });
    const stop = RECORD.years[0]!.resolvedBy + 3;
    for (const a of RECORD.actions.slice(0, stop)) writer.play({ playerID: a.playerID, move: a.move, args: a.args! }, a.at);
    const live = transcriptOf(replayRecord(writer.finish(RECORD.createdAt)));
    expect(live).toContain('---- 2027 (in progress)');
    expect(live).toMatch(/Orders in \(kept secret\): /);
    expect(live).toContain('The game is not over yet.');
    expect(live).not.toContain('FINAL RESULT');
    expect(live).not.toContain('revised its order');
    expect(live).not.toContain('never caught');
  });
});

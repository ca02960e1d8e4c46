/**
 * The record a seat may download during a game: its own moves and the public policy, never the
 * other seats' orders, the seed or the state digests; after the game, the full record.
 */
import { describe, expect, it } from 'vitest';
import { parseRecord, recordHash, RecordWriter, redactRecord, simulateRecord, verifyRecord, type GameRecord } from '../../src/record/index.js';

const FINISHED = simulateRecord({ seed: 'redact', scenario: 'sliding-scale', rounds: 3, players: 'random' });

/** The same game stopped in the middle of its second year, orders partly in. */
function unfinished(): GameRecord {
  const writer = new RecordWriter({ matchID: 'live', createdAt: FINISHED.createdAt, seed: FINISHED.seed!, setupData: FINISHED.setupData, seats: FINISHED.seats });
  const stop = FINISHED.years[0]!.resolvedBy + 3;
  for (const a of FINISHED.actions.slice(0, stop)) writer.play({ playerID: a.playerID, move: a.move, args: a.args! }, a.at);
  return writer.finish(FINISHED.createdAt);
}

describe('redactRecord', () => {
  it("keeps the seat's own orders and the public policies, and hides the rest", () => {
    const live = unfinished();
    const forChina = redactRecord(live, '2');
    expect(forChina).toMatchObject({ seed: null, initialDigest: null, redacted: { playerID: '2' }, result: null });
    forChina.actions.forEach((action, i) => {
      expect(action.digest).toBeNull();
      const visible = action.move === 'setPolicy' || action.seat === 'china';
      expect(action.args).toEqual(visible ? live.actions[i]!.args : null);
    });
    // Times, places and the public yearly figures stay.
    expect(forChina.actions.map(({ args: _a, digest: _d, ...rest }) => rest)).toEqual(live.actions.map(({ args: _a, digest: _d, ...rest }) => rest));
    expect(forChina.years).toEqual(live.years);
    // Nothing of NVIDIA's or Huawei's orders is in the text.
    const text = JSON.stringify(forChina);
    expect(text).not.toContain('chinaShare');
    expect(text).not.toContain('aggregation');
    expect(text).toContain('nvidiaSpend');
  });

  it('gives a spectator only the policies', () => {
    const forSpectator = redactRecord(unfinished(), null);
    expect(forSpectator.redacted).toEqual({ playerID: null });
    expect(forSpectator.actions.filter((a) => a.args !== null).every((a) => a.move === 'setPolicy')).toBe(true);
  });

  it('is a valid record with its own hash, which import accepts and verification explains it cannot replay', () => {
    const forUsg = redactRecord(unfinished(), '0');
    expect(forUsg.hash).toBe(recordHash(forUsg));
    expect(parseRecord(JSON.parse(JSON.stringify(forUsg)))).toEqual({ ok: true, record: forUsg });
    const result = verifyRecord(forUsg);
    expect(result).toMatchObject({ ok: false, divergence: null });
    if (!result.ok) expect(result.reason).toMatch(/redacted for one seat.*cannot be replayed/);
  });

  it('returns a finished game\'s record whole: nothing is secret any more', () => {
    expect(redactRecord(FINISHED, '3')).toBe(FINISHED);
  });
});

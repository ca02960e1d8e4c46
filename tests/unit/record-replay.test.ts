/**
 * The replay viewer's API: every state of a record, the table as each seat saw it at any point,
 * the all-seeing view with the secrets, and the year boundaries on the timeline.
 */
import { describe, expect, it } from 'vitest';
import { PLAYER_IDS, playerView } from '../../src/game/index.js';
import { describeAction, RecordWriter, replayRecord, replayStates, ReplayError, simulateRecord, viewAt, yearBoundaries, type GameRecord } from '../../src/record/index.js';

const RECORD = simulateRecord({ seed: 'replay', scenario: 'embargo', rounds: 4, players: 'random' });

describe('replay', () => {
  it('has one state per point, from the start to after the last action, each led to by its action', () => {
    const steps = replayStates(RECORD);
    expect(steps).toHaveLength(RECORD.actions.length + 1);
    expect(steps[0]).toMatchObject({ index: 0, action: null });
    steps.slice(1).forEach((step, i) => {
      expect(step.index).toBe(i + 1);
      expect(step.action).toBe(RECORD.actions[i]);
      expect(step.state._stateID).toBe(i + 1);
    });
    expect(steps.at(-1)!.state.ctx.gameover).toEqual(RECORD.result);
  });

  it("shows each seat exactly its playerView at that point, and a spectator the public table", () => {
    const replay = replayRecord(RECORD);
    for (const index of [0, 1, 2, 5, replay.length]) {
      const G = replay.stateAt(index).G;
      for (const id of PLAYER_IDS) expect(replay.viewAt(index, id)).toEqual(playerView(G, id));
      expect(replay.viewAt(index, null)).toEqual(playerView(G, null));
    }
  });

  it('shows the all-seeing view with every secret, mid-year included', () => {
    const replay = replayRecord(RECORD);
    const midYear = RECORD.actions.findIndex((a) => a.move === 'submitOrder') + 1;
    const G = replay.stateAt(midYear).G;
    const view = viewAt(RECORD, midYear, 'all');
    expect(view).toMatchObject({ allSeeing: true, secret: G.secret, smuggledStock: G.secret.smuggledStock });
    expect(view.huaweiProgress).toEqual({ value: G.secret.huaweiProgress, exact: true });
    expect(Object.keys(G.secret.orders)).toHaveLength(1);
    // A seat that has not ordered yet sees only that the other has.
    const other = replay.viewAt(midYear, '2');
    expect(other.myOrder).toBeNull();
    expect('secret' in other).toBe(false);
  });

  it('refuses a point outside the record', () => {
    const replay = replayRecord(RECORD);
    expect(() => replay.stateAt(-1)).toThrow(RangeError);
    expect(() => replay.stateAt(replay.length + 1)).toThrow(/states 0 to/);
    expect(() => replay.stateAt(1.5)).toThrow(RangeError);
  });

  it('throws a ReplayError naming the divergence for a record that does not replay', () => {
    const broken = structuredClone(RECORD) as GameRecord;
    broken.actions[3]!.digest = '0000000000000000';
    try {
      replayRecord(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ReplayError);
      expect((error as ReplayError).divergence).toMatchObject({ index: 3 });
    }
  });

  it('labels each action for the timeline', () => {
    expect(describeAction(RECORD.actions[0]!)).toBe('2026 · policy · US Government sets the policy');
    const order = RECORD.actions.find((a) => a.seat === 'huawei')!;
    expect(describeAction(order)).toBe(`${order.year} · orders · Huawei submits its order`);
  });
});

describe('yearBoundaries', () => {
  it('spans each year from its news to its resolution, matching the states', () => {
    const replay = replayRecord(RECORD);
    const years = yearBoundaries(RECORD);
    expect(years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029].slice(0, RECORD.years.length));
    years.forEach((y, k) => {
      const start = replay.stateAt(y.start);
      expect(start.ctx.phase).toBe('policy');
      expect(start.G.round).toBe(y.round);
      expect(start.G.history).toHaveLength(k);
      expect(y.end).not.toBeNull();
      expect(replay.stateAt(y.end!).G.history).toHaveLength(k + 1);
      expect(replay.stateAt(y.end! - 1).G.history).toHaveLength(k);
      expect(y.event).toBe(RECORD.years[k]!.event);
      if (k > 0) expect(y.start).toBe(years[k - 1]!.end);
    });
    expect(years.at(-1)!.end).toBe(RECORD.actions.length);
  });

  it('ends with the year in progress, unresolved, in an unfinished record', () => {
    const writer = new RecordWriter({
      matchID: 'live',
      createdAt: RECORD.createdAt,
      seed: RECORD.seed!,
      setupData: RECORD.setupData,
      seats: RECORD.seats,
    });
    const stop = RECORD.years[0]!.resolvedBy + 3;
    for (const action of RECORD.actions.slice(0, stop)) writer.play({ playerID: action.playerID, move: action.move, args: action.args! }, action.at);
    const live = writer.finish(RECORD.createdAt);
    expect(yearBoundaries(live)).toEqual([
      { year: 2026, round: 1, start: 0, end: RECORD.years[0]!.resolvedBy + 1, event: RECORD.years[0]!.event },
      { year: 2027, round: 2, start: RECORD.years[0]!.resolvedBy + 1, end: null, event: null },
    ]);
  });
});

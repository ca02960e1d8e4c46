/**
 * "What if": the state at action index i of a record is the state after its first i actions; a
 * match started from it (hosted like a real one) plays on, and its record starts with the
 * parent's first i moves, names the parent by hash and verifies, alone and against the parent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyMove, initialMatchState } from '../../src/record/engine.js';
import { forkAt, recordFromMatch, recordHash, simulateRecord, stateAtIndex, verifyRecord } from '../../src/record/index.js';
import { HostedMatch } from './record-master.js';

const PARENT = simulateRecord({ seed: 'fork-parent', scenario: 'collaboration', rounds: 4, players: 'random' });
const STYLES = { usg: 'dealmaker', nvidia: 'china-first', china: 'open-source', huawei: 'capacity-first' } as const;

const open: HostedMatch[] = [];
afterEach(() => {
  for (const match of open.splice(0)) match.close();
});

describe('stateAtIndex', () => {
  it('is the state after replaying the first i actions, for every i', () => {
    let state = initialMatchState(PARENT.seed!, PARENT.setupData);
    for (let i = 0; i <= PARENT.actions.length; i++) {
      expect(stateAtIndex(PARENT, i)).toEqual(state);
      const action = PARENT.actions[i];
      if (!action) break;
      const played = applyMove(state, { playerID: action.playerID, move: action.move, args: action.args! });
      if (!played.ok) throw new Error(played.reason);
      state = played.state;
    }
  });
});

describe('forkAt', () => {
  it('refuses a point outside the record, the end of a finished game, and a tampered record', () => {
    expect(forkAt(PARENT, -1)).toMatchObject({ ok: false, error: expect.stringMatching(/no point -1/) });
    expect(forkAt(PARENT, PARENT.actions.length + 1)).toMatchObject({ ok: false });
    expect(forkAt(PARENT, PARENT.actions.length)).toEqual({ ok: false, error: 'The game is over at this point: fork from an earlier one.' });
    const tampered = structuredClone(PARENT);
    tampered.seed = 'other';
    expect(forkAt(tampered, 3)).toMatchObject({ ok: false, error: expect.stringMatching(/cannot be forked: Action 0/) });
  });

  it('names the parent and the point, and starts from the exact state there', () => {
    const fork = forkAt(PARENT, 6);
    if (!fork.ok) throw new Error(fork.error);
    expect(fork.fork.parent).toEqual({ matchID: PARENT.matchID, hash: PARENT.hash, actionIndex: 6 });
    expect(fork.fork.setupData).toEqual(PARENT.setupData);
    expect(fork.fork.initialState).toEqual(stateAtIndex(PARENT, 6));
  });

  it('a match started from the fork plays on differently, and its record verifies with its parent', async () => {
    // Mid-year: the policy and some orders are in, others are still to come.
    const actionIndex = PARENT.years[1]!.resolvedBy - 1;
    const fork = forkAt(PARENT, actionIndex);
    if (!fork.ok) throw new Error(fork.error);
    const match = await HostedMatch.create({ seed: 'fork-child', setupData: fork.fork.setupData, initialState: fork.fork.initialState, names: ['A', 'B', 'C', 'D'] });
    open.push(match);
    await match.playBots(STYLES, 'fork-child', Date.UTC(2026, 5, 1));
    const stored = await match.stored();
    const child = recordFromMatch({ matchID: match.matchID, ...stored, actionTimes: match.times, fork: { parent: PARENT, actionIndex } });

    expect(child.parent).toEqual({ matchID: PARENT.matchID, hash: recordHash(PARENT), actionIndex });
    expect(child.seed).toBe(PARENT.seed);
    expect(child.actions.slice(0, actionIndex)).toEqual(PARENT.actions.slice(0, actionIndex));
    expect(child.actions.slice(actionIndex)).not.toEqual(PARENT.actions.slice(actionIndex));
    expect(child.result).toEqual(stored.state.ctx.gameover);
    expect(verifyRecord(child).ok).toBe(true);
    expect(verifyRecord(child, { parent: PARENT }).ok).toBe(true);

    // Against another record as its parent, or with a changed move before the fork point.
    const stranger = simulateRecord({ seed: 'stranger', scenario: 'collaboration', rounds: 4 });
    expect(verifyRecord(child, { parent: stranger })).toMatchObject({ ok: false, reason: expect.stringMatching(/names the parent sha256:.* but the given parent record hashes to/) });
    const changedParent = structuredClone(PARENT);
    changedParent.actions[2]!.at = new Date(0).toISOString();
    changedParent.hash = recordHash(changedParent);
    const rebased = { ...child, parent: { ...child.parent!, hash: changedParent.hash } };
    const result = verifyRecord({ ...rebased, hash: recordHash(rebased) }, { parent: changedParent });
    expect(result).toMatchObject({ ok: false, divergence: { index: 2, what: expect.stringMatching(/differs from the parent's action 2/) } });
  });

  it('refuses to export a fork whose stored start is not the parent\'s state at the fork point', async () => {
    const fork = forkAt(PARENT, 5);
    if (!fork.ok) throw new Error(fork.error);
    const match = await HostedMatch.create({ seed: 'fork-wrong', setupData: fork.fork.setupData, initialState: fork.fork.initialState });
    open.push(match);
    const stored = await match.stored();
    expect(() => recordFromMatch({ matchID: match.matchID, ...stored, fork: { parent: PARENT, actionIndex: 4 } })).toThrow(
      /not its parent's state after 4 actions/,
    );
  });
});

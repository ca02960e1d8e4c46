/**
 * "What if": a new match that starts from the exact state after `actionIndex` actions of a
 * record (random source included, so replaying the parent's next moves would repeat the parent
 * exactly). The new match's record starts with those same actions and names its parent by hash
 * (`recordFromMatch({ ..., fork: { parent, actionIndex } })`), so it verifies like any record.
 */
import type { MatchState } from './engine.js';
import type { GameRecord, RecordParent, RecordSetup } from './format.js';
import { verifyRecord } from './verify.js';

export interface ForkStart {
  /** The new match's initial state (boardgame.io State, ready for storage.createMatch). */
  initialState: MatchState;
  /** The new match's setupData: the parent's. */
  setupData: RecordSetup;
  /** What the new match's record names as its parent. */
  parent: RecordParent;
}

export type ForkResult = { ok: true; fork: ForkStart } | { ok: false; error: string };

/** The state after the first `index` actions of a verified record. */
export function stateAtIndex(record: GameRecord, index: number): MatchState {
  const verified = verifyRecord(record);
  if (!verified.ok) throw new Error(`stateAtIndex: the record does not verify: ${verified.reason}`);
  return verified.replay.stateAt(index);
}

export function forkAt(record: GameRecord, actionIndex: number): ForkResult {
  if (!Number.isInteger(actionIndex) || actionIndex < 0 || actionIndex > record.actions.length)
    return { ok: false, error: `There is no point ${actionIndex} in this record: choose 0 to ${record.actions.length}.` };
  const verified = verifyRecord(record);
  if (!verified.ok) return { ok: false, error: `This record cannot be forked: ${verified.reason}` };
  const initialState = verified.replay.stateAt(actionIndex);
  if (initialState.ctx.gameover) return { ok: false, error: 'The game is over at this point: fork from an earlier one.' };
  return {
    ok: true,
    fork: {
      initialState,
      setupData: { ...record.setupData },
      parent: { matchID: record.matchID, hash: record.hash, actionIndex },
    },
  };
}

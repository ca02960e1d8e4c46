/**
 * Verification: the record's moves, replayed through the rules from its seed, must produce the
 * states, yearly figures and result it claims, and its content must match its hash. A fork can
 * also be checked against its parent: same hash, same first moves. The answer is a value: the
 * replay on success, else the reason and the first action where the record diverges.
 */
import { canonicalJson } from './canonical.js';
import type { GameRecord } from './format.js';
import { recordHash } from './hash.js';
import { Replay } from './replay.js';
import { describeDivergence, runRecord, type Divergence } from './rerun.js';

export type { Divergence } from './rerun.js';

export type VerifyResult =
  | { ok: true; replay: Replay }
  | { ok: false; reason: string; divergence: Divergence | null };

export interface VerifyOptions {
  /** For a fork: its parent record, to check that the fork names it and starts with its moves. */
  parent?: GameRecord;
}

export function verifyRecord(record: GameRecord, options: VerifyOptions = {}): VerifyResult {
  const run = runRecord(record);
  const computed = recordHash(record);
  const hashMatches = computed === record.hash;
  if (!run.ok) {
    const edited = hashMatches ? '' : ' The record was also edited after it was written: its hash does not match its content.';
    return { ok: false, reason: run.message + edited, divergence: run.divergence };
  }
  if (!hashMatches)
    return {
      ok: false,
      reason:
        `The record was edited after it was written: its hash is ${record.hash} but its content hashes to ${computed}. ` +
        'Its moves and scores replay correctly, so the change is elsewhere (names, times, seats or the parent).',
      divergence: null,
    };
  if (options.parent) {
    const problem = parentProblem(record, options.parent);
    if (problem) return problem;
  }
  return { ok: true, replay: new Replay(record, run.states) };
}

function parentProblem(record: GameRecord, parent: GameRecord): VerifyResult | null {
  const fail = (reason: string, divergence: Divergence | null = null): VerifyResult => ({ ok: false, reason, divergence });
  if (!record.parent) return fail('This record names no parent: it is not a fork.');
  const parentHash = recordHash(parent);
  if (parentHash !== record.parent.hash)
    return fail(`This fork names the parent ${record.parent.hash}, but the given parent record hashes to ${parentHash}.`);
  for (let i = 0; i < record.parent.actionIndex; i++) {
    const mine = record.actions[i]!;
    if (canonicalJson(mine) !== canonicalJson(parent.actions[i] ?? null)) {
      const divergence: Divergence = { ...pick(mine), index: i, what: `it differs from the parent's action ${i}, before the fork point ${record.parent.actionIndex}.` };
      return fail(describeDivergence(divergence), divergence);
    }
  }
  return null;
}

const pick = ({ year, phase, playerID, seat, move }: GameRecord['actions'][number]) => ({ year, phase, playerID, seat, move });

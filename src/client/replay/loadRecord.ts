/**
 * A record's text (from the server or a dropped file) → a verified replay, or the reason it is
 * refused, in the words of src/record: the versions for a record of another version, the path
 * for a malformed one, the scenario for an unknown one, and for a tampered record the first
 * action where its replay diverges. The client computes nothing itself: it calls the same parse
 * and verify the server and the CLI use.
 */
import { SEAT_NAMES } from '../../game/index.js';
import { parseRecordText, verifyRecord, type Divergence, type GameRecord, type RecordErrorCode, type Replay } from '../../record/index.js';

export type LoadedRecord =
  | { ok: true; record: GameRecord; replay: Replay }
  | { ok: false; stage: 'parse'; code: RecordErrorCode; message: string; path: string | null }
  | { ok: false; stage: 'verify'; message: string; divergence: Divergence | null; record: GameRecord };

export type RecordProblem = Exclude<LoadedRecord, { ok: true }>;

export function loadRecordText(text: string): LoadedRecord {
  const parsed = parseRecordText(text);
  if (!parsed.ok) return { ok: false, stage: 'parse', ...parsed.error };
  const verified = verifyRecord(parsed.record);
  if (!verified.ok) return { ok: false, stage: 'verify', message: verified.reason, divergence: verified.divergence, record: parsed.record };
  return { ok: true, record: parsed.record, replay: verified.replay };
}

/** A heading for the problem: what kind of refusal it is. */
export function problemTitle(problem: RecordProblem): string {
  if (problem.stage === 'verify') {
    return problem.divergence
      ? `This record does not verify: it diverges at action ${problem.divergence.index} (${problem.divergence.year}, ${SEAT_NAMES[problem.divergence.seat]})`
      : 'This record does not verify';
  }
  switch (problem.code) {
    case 'FORMAT_VERSION':
      return 'This record is in another format version';
    case 'RULES_VERSION':
      return 'This record was played under other rules';
    case 'UNKNOWN_SCENARIO':
      return 'This record is of an unknown scenario';
    case 'BAD_SHAPE':
      return problem.path ? `This record is malformed at ${problem.path}` : 'This record is malformed';
    case 'TOO_LARGE':
      return 'This file is too large to be a record';
    case 'NOT_JSON':
    case 'NOT_A_RECORD':
      return 'This is not a Compute Race record';
  }
}

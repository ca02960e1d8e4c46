/**
 * An uploaded record (a dropped file, a request body) → a validated GameRecord, or an error a
 * person can act on: which version it has and which we read, which field is wrong and why, which
 * scenario is unknown. Parsing checks the record's shape and its internal consistency; whether its
 * moves really produce its figures is `verifyRecord`'s job.
 */
import type { z } from 'zod';
import { RULES_VERSION, SCENARIO_IDS, seatOf, PLAYER_IDS, SEATS } from '../game/index.js';
import { GameRecordSchema, RECORD_FORMAT, RECORD_FORMAT_VERSION, RECORD_GAME, type GameRecord } from './format.js';

export const RECORD_ERROR_CODES = [
  'NOT_JSON',
  'TOO_LARGE',
  'NOT_A_RECORD',
  'FORMAT_VERSION',
  'RULES_VERSION',
  'UNKNOWN_SCENARIO',
  'BAD_SHAPE',
] as const;
export type RecordErrorCode = (typeof RECORD_ERROR_CODES)[number];

export interface RecordError {
  code: RecordErrorCode;
  message: string;
  /** Where in the record, e.g. `actions[3].args`; null when it concerns the whole record. */
  path: string | null;
}

export type ParseResult = { ok: true; record: GameRecord } | { ok: false; error: RecordError };

/** A 12-year game with many revisions is well under 200 kB. */
export const MAX_RECORD_CHARS = 2_000_000;

const fail = (code: RecordErrorCode, message: string, path: string | null = null): ParseResult => ({
  ok: false,
  error: { code, message, path },
});

export function parseRecordText(text: string): ParseResult {
  if (text.length > MAX_RECORD_CHARS)
    return fail('TOO_LARGE', `This file is ${text.length} characters long; a Compute Race record is at most ${MAX_RECORD_CHARS}.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail('NOT_JSON', `This file is not JSON (${(error as Error).message}).`);
  }
  return parseRecord(value);
}

export function parseRecord(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('NOT_A_RECORD', 'This is not a Compute Race record: expected a JSON object.');
  const input = value as Record<string, unknown>;
  const early = checkIdentity(input) ?? checkVersions(input) ?? checkScenario(input);
  if (early) return early;
  const parsed = GameRecordSchema.safeParse(value);
  if (!parsed.success) return shapeError(parsed.error, value);
  const problem = consistencyProblem(parsed.data);
  return problem ? fail('BAD_SHAPE', `${problem.path}: ${problem.message}`, problem.path) : { ok: true, record: parsed.data };
}

function checkIdentity(input: Record<string, unknown>): ParseResult | null {
  if (input.format !== RECORD_FORMAT)
    return fail('NOT_A_RECORD', `This is not a Compute Race record: its "format" is ${describe(input.format)}, expected "${RECORD_FORMAT}".`, 'format');
  if (input.game !== RECORD_GAME)
    return fail('NOT_A_RECORD', `This record is of the game ${describe(input.game)}, not "${RECORD_GAME}".`, 'game');
  return null;
}

function checkVersions(input: Record<string, unknown>): ParseResult | null {
  const format = input.formatVersion;
  if (typeof format === 'number' && format !== RECORD_FORMAT_VERSION) {
    const advice = format < RECORD_FORMAT_VERSION ? 'it is older and no conversion exists' : 'update Compute Race to read it';
    return fail(
      'FORMAT_VERSION',
      `This record is in record format version ${format}; this version of Compute Race reads format version ${RECORD_FORMAT_VERSION} only (${advice}).`,
      'formatVersion',
    );
  }
  const rules = input.rulesVersion;
  if (typeof rules === 'number' && rules !== RULES_VERSION) return fail('RULES_VERSION', rulesVersionMessage(rules), 'rulesVersion');
  return null;
}

/** Why a record from other rules is refused, naming both versions. */
export function rulesVersionMessage(rules: number): string {
  const advice = rules < RULES_VERSION ? 'older rules, and no migration exists' : 'newer rules than this server knows';
  return (
    `This record was played under rules version ${rules}; this server plays rules version ${RULES_VERSION} ` +
    `(${advice}). Its moves would not replay the same way, so it is refused.`
  );
}

function checkScenario(input: Record<string, unknown>): ParseResult | null {
  const setup = input.setupData as Record<string, unknown> | undefined;
  for (const [path, scenario] of [['scenario', input.scenario], ['setupData.scenario', setup?.scenario]] as const) {
    if (typeof scenario === 'string' && !(SCENARIO_IDS as readonly string[]).includes(scenario))
      return fail('UNKNOWN_SCENARIO', `Unknown scenario "${scenario}": this version of Compute Race knows ${SCENARIO_IDS.join(', ')}.`, path);
  }
  return null;
}

function shapeError(error: z.ZodError, input: unknown): ParseResult {
  const [first, ...rest] = error.issues;
  const path = first ? formatPath(first.path) : null;
  const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
  const value = first ? valueAt(input, first.path) : undefined;
  // zod says only "Invalid input" for a missing member of a union type: say what is wrong.
  const message = !first ? 'invalid' : value === undefined && first.path.length > 0 ? 'it is missing' : first.code === 'invalid_union' ? `${first.message} (got ${describe(value)})` : first.message;
  return fail('BAD_SHAPE', `The record is malformed at ${path || 'the top level'}: ${message}${more}.`, path || null);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');
}

/** Cross-field rules the schema cannot say. */
function consistencyProblem(record: GameRecord): { path: string; message: string } | null {
  if (record.setupData.scenario !== record.scenario)
    return { path: 'setupData.scenario', message: `is "${record.setupData.scenario}" but the record's scenario is "${record.scenario}"` };
  for (const [i, seat] of record.seats.entries()) {
    if (seat.playerID !== PLAYER_IDS[i] || seat.seat !== SEATS[i])
      return { path: `seats[${i}]`, message: `must be player ${PLAYER_IDS[i]} (${SEATS[i]})` };
    if (seat.kind === 'human' && seat.style !== null) return { path: `seats[${i}].style`, message: 'a human seat has no bot style' };
  }
  const full = record.redacted === null;
  if (full && record.seed === null) return { path: 'seed', message: 'only a redacted record may omit the seed' };
  if (full && record.initialDigest === null) return { path: 'initialDigest', message: 'only a redacted record may omit the state digests' };
  for (const [i, action] of record.actions.entries()) {
    if (action.index !== i) return { path: `actions[${i}].index`, message: `is ${action.index}, expected ${i}: an action is missing, extra or out of order` };
    if (seatOf(action.playerID) !== action.seat)
      return { path: `actions[${i}].seat`, message: `player ${action.playerID} is ${seatOf(action.playerID)}, not ${action.seat}` };
    if (full && action.args === null) return { path: `actions[${i}].args`, message: 'only a redacted record may hide a move' };
    if (full && action.digest === null) return { path: `actions[${i}].digest`, message: 'only a redacted record may omit the state digests' };
  }
  for (const [i, year] of record.years.entries()) {
    if (year.resolvedBy >= record.actions.length)
      return { path: `years[${i}].resolvedBy`, message: `is ${year.resolvedBy}, but the record has ${record.actions.length} actions` };
  }
  if ((record.result === null) !== (record.finishedAt === null))
    return { path: 'finishedAt', message: 'a finished game has both a result and finishedAt; an unfinished one neither' };
  if (record.parent && record.parent.actionIndex > record.actions.length)
    return { path: 'parent.actionIndex', message: `is ${record.parent.actionIndex}, but the record has ${record.actions.length} actions` };
  return null;
}

function describe(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value).slice(0, 60);
}

/**
 * POST /api/matches/fork: a "what if" match that starts from the exact state after the first
 * `actionIndex` actions of a record (a finished match on this server, or an uploaded record
 * file), created by the seats layer exactly like POST /api/matches. An uploaded record is parsed
 * and verified first: a tampered one is refused, naming the first action where it diverges.
 * Every check runs before anything is created.
 */
import { forkAt, parseRecord, verifyRecord, type GameRecord } from '../../src/record/index.js';
import { ApiError } from '../rest/errors.js';
import type { CreatedMatch } from '../seats/create-match.js';
import type { SeatsService } from '../seats/index.js';
import type { RecordBuilder } from './record-builder.js';
import type { ForkBody } from './request-schemas.js';
import type { RecordStore } from './store.js';

export interface ForkDeps {
  readonly builder: RecordBuilder;
  readonly store: RecordStore;
  readonly seats: () => SeatsService | undefined;
}

export async function createFork(deps: ForkDeps, body: ForkBody): Promise<CreatedMatch> {
  const seats = deps.seats();
  if (!seats) throw new ApiError(503, 'NO_SEATS', 'This server cannot create matches (it runs without the seats layer).');
  const parent = 'matchID' in body.source ? await storedParent(deps, body.source.matchID) : uploadedParent(body.source.record);

  const fork = forkAt(parent, body.actionIndex);
  if (!fork.ok) throw new ApiError(400, 'BAD_FORK_POINT', fork.error);
  const { setupData, initialState } = fork.fork;
  const created = await seats.createMatch(
    { scenario: setupData.scenario, rounds: setupData.rounds, seats: body.seats, timer: body.timer, autoBot: body.autoBot, private: body.private },
    { initialState },
  );
  // Stored before the first move can be made: the fork's record needs its parent.
  deps.store.insertFork(created.matchID, { parent, actionIndex: body.actionIndex });
  seats.start(created.matchID);
  return created;
}

/** A finished match of this server: its stored record, checked like an upload (rules may have changed since). */
async function storedParent(deps: ForkDeps, matchID: string): Promise<GameRecord> {
  const found = await deps.builder.lookup(matchID);
  if (found.status === 'unknown') throw new ApiError(404, 'MATCH_NOT_FOUND', `There is no match ${matchID}.`);
  if (found.status === 'playing')
    throw new ApiError(409, 'GAME_NOT_OVER', `Match ${matchID} is still being played: only a finished match can be forked by its ID.`);
  const parsed = parseRecord(JSON.parse(found.stored.json));
  if (!parsed.ok) throw new ApiError(409, 'CANNOT_FORK', `The record of match ${matchID} cannot be forked: ${parsed.error.message}`);
  const verified = verifyRecord(parsed.record);
  if (!verified.ok) throw new ApiError(409, 'CANNOT_FORK', `The record of match ${matchID} cannot be forked: ${verified.reason}`);
  return parsed.record;
}

/** An uploaded record file: well formed, our format and rules version, and unchanged since it was written. */
function uploadedParent(value: unknown): GameRecord {
  const parsed = parseRecord(value);
  if (!parsed.ok) throw new ApiError(400, parsed.error.code, parsed.error.message);
  if (parsed.record.redacted !== null)
    throw new ApiError(400, 'REDACTED_RECORD', 'This record was given to one seat during a game: it lacks the seed and the other seats\' orders, so it cannot be forked.');
  const verified = verifyRecord(parsed.record);
  if (!verified.ok) throw new ApiError(400, 'RECORD_INVALID', `The record does not verify, so it cannot be forked: ${verified.reason}`);
  return parsed.record;
}

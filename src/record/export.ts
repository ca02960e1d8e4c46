/**
 * A stored match → its record. The server keeps boardgame.io's log (every accepted move, plus
 * the automatic phase and turn events those moves caused), the initial state (which holds the
 * random seed) and the metadata (names, times). The record keeps the moves and re-derives the
 * rest by replaying them, and cross-checks the replay against what the server stored: a log that
 * does not reproduce the match is a server bug and throws, never a silently wrong record.
 */
import type { LogEntry, Server, State } from 'boardgame.io';
import { parseSetup, PLAYER_IDS, SEATS } from '../game/index.js';
import type { MatchState } from './engine.js';
import type { GameRecord, RecordSeat } from './format.js';
import { recordHash, stateDigest } from './hash.js';
import { RecordWriter } from './writer.js';

export class RecordExportError extends Error {
  override name = 'RecordExportError';
}

/** Who held each seat, from the server's seat controllers (by playerID order). */
export interface SeatController {
  kind: 'human' | 'bot';
  style?: string | null;
}

export interface MatchSource {
  matchID: string;
  /** The match's stored initial state. For a fork: the state it was started from. */
  initialState: State;
  log: readonly LogEntry[];
  metadata: Server.MatchData;
  /** Seat controllers by playerID order; a seat without one is recorded as human. */
  seats?: readonly (SeatController | undefined)[];
  /** When each move was accepted (epoch ms or ISO), keyed by its log entry's `_stateID`. */
  actionTimes?: Readonly<Record<number, number | string>>;
  /** The match's current stored state: when given, the replay must end in it. */
  state?: State;
  /** For a "what if" match: the record it was forked from and the action index of the fork. */
  fork?: { parent: GameRecord; actionIndex: number };
}

export function recordFromMatch(source: MatchSource): GameRecord {
  const { matchID, metadata } = source;
  const initial = source.initialState as MatchState;
  const setup = parseSetup({ scenario: initial.G?.scenario, rounds: initial.G?.rounds });
  if (!setup.ok) throw new RecordExportError(`Match ${matchID}: its initial state has no valid setup (${setup.error}).`);
  const finalTime = isoTime(metadata.updatedAt ?? metadata.createdAt, matchID);

  const writer = new RecordWriter({
    matchID,
    createdAt: isoTime(metadata.createdAt, matchID),
    seed: source.fork ? forkSeed(source.fork.parent, matchID) : seedOf(initial, matchID),
    setupData: setup.value,
    seats: seatsOf(metadata, source.seats),
    parent: source.fork ? { matchID: source.fork.parent.matchID, hash: recordHash(source.fork.parent), actionIndex: source.fork.actionIndex } : null,
  });
  if (source.fork) replayForkPrefix(writer, source.fork, initial, matchID);
  else if (stateDigest(writer.state) !== stateDigest(initial))
    throw new RecordExportError(`Match ${matchID}: its stored initial state is not what its seed and setup produce.`);

  for (const entry of source.log) {
    if (entry.automatic) continue;
    const { type, payload } = entry.action as { type: string; payload?: { type?: string; args?: unknown[] | null; playerID?: string } };
    if (type !== 'MAKE_MOVE')
      throw new RecordExportError(`Match ${matchID}: its log holds a ${type} by a player (stateID ${entry._stateID}); a record holds moves only.`);
    const move = { playerID: payload?.playerID ?? '', move: payload?.type ?? '', args: payload?.args ?? [] };
    if (entry._stateID !== writer.state._stateID)
      throw new RecordExportError(`Match ${matchID}: log entry for stateID ${entry._stateID} arrives at stateID ${writer.state._stateID} in the replay.`);
    const time = source.actionTimes?.[entry._stateID];
    const played = writer.play(move, time === undefined ? finalTime : isoTime(time, matchID));
    if (!played.ok)
      throw new RecordExportError(`Match ${matchID}: the logged ${move.move} by player ${move.playerID} (stateID ${entry._stateID}) does not replay: ${played.reason}`);
  }
  if (source.state && stateDigest(writer.state) !== stateDigest(source.state as MatchState))
    throw new RecordExportError(`Match ${matchID}: its log does not reproduce its stored state (stateID ${source.state._stateID}).`);
  return writer.finish(finalTime);
}

function replayForkPrefix(writer: RecordWriter, fork: NonNullable<MatchSource['fork']>, initial: MatchState, matchID: string) {
  const { parent, actionIndex } = fork;
  if (actionIndex > parent.actions.length)
    throw new RecordExportError(`Match ${matchID}: forked at action ${actionIndex}, but the parent has ${parent.actions.length} actions.`);
  for (const action of parent.actions.slice(0, actionIndex)) {
    if (action.args === null) throw new RecordExportError(`Match ${matchID}: its parent record is redacted.`);
    const played = writer.play({ playerID: action.playerID, move: action.move, args: action.args }, action.at);
    if (!played.ok) throw new RecordExportError(`Match ${matchID}: its parent's action ${action.index} does not replay: ${played.reason}`);
  }
  if (stateDigest(writer.state) !== stateDigest(initial))
    throw new RecordExportError(`Match ${matchID}: its initial state is not its parent's state after ${actionIndex} actions.`);
}

function seedOf(state: MatchState, matchID: string): string | number {
  const seed = (state.plugins?.random?.data as { seed?: unknown } | undefined)?.seed;
  if (typeof seed === 'string' || typeof seed === 'number') return seed;
  throw new RecordExportError(`Match ${matchID}: its initial state holds no random seed.`);
}

function forkSeed(parent: GameRecord, matchID: string): string | number {
  if (parent.seed === null) throw new RecordExportError(`Match ${matchID}: its parent record is redacted (no seed).`);
  return parent.seed;
}

function seatsOf(metadata: Server.MatchData, controllers: MatchSource['seats']): RecordSeat[] {
  return SEATS.map((seat, i) => {
    const controller = controllers?.[i];
    const kind = controller?.kind ?? 'human';
    return {
      playerID: PLAYER_IDS[i]!,
      seat,
      name: metadata.players[i]?.name ?? null,
      kind,
      style: kind === 'bot' ? (controller?.style ?? null) : null,
    };
  });
}

function isoTime(time: number | string | undefined, matchID: string): string {
  const date = new Date(time ?? Number.NaN);
  if (Number.isNaN(date.getTime())) throw new RecordExportError(`Match ${matchID}: ${String(time)} is not a time.`);
  return date.toISOString();
}

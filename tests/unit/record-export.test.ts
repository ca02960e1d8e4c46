/**
 * recordFromMatch over a match hosted like the server hosts one (real Master, real SQLite log):
 * the record holds exactly the accepted moves, with their times, the seats and the result, and
 * refuses a log that does not reproduce the stored match.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LogEntry } from 'boardgame.io';
import { recordFromMatch, RecordExportError, replayRecord, simulateRecord, verifyRecord } from '../../src/record/index.js';
import { HostedMatch } from './record-master.js';

const STYLES = { usg: 'pragmatist', nvidia: 'lobbyist', china: 'buyer', huawei: 'price-war' } as const;
const START = Date.UTC(2026, 4, 1, 18, 0, 0);
const NAMES = ['Ada', 'Ben', 'Chen', 'Dai'];

const open: HostedMatch[] = [];
afterEach(() => {
  for (const match of open.splice(0)) match.close();
});

async function host(seed: string, setupData: { scenario: string; rounds?: number }, names?: string[]) {
  const match = await HostedMatch.create({ seed, setupData, names });
  open.push(match);
  return match;
}

async function finishedMatch(seed: string, setupData = { scenario: 'embargo', rounds: 4 }) {
  const match = await host(seed, setupData, NAMES);
  await match.playBots(STYLES, seed, START);
  return { match, stored: await match.stored() };
}

describe('recordFromMatch', () => {
  it('records every accepted move of a stored match, with its times, seats and result, and verifies', async () => {
    const { match, stored } = await finishedMatch('export-1');
    // The stored log also holds boardgame.io's automatic phase and turn entries; they are skipped.
    expect(stored.log.some((entry) => entry.automatic)).toBe(true);
    const record = recordFromMatch({
      matchID: match.matchID,
      ...stored,
      seats: [{ kind: 'bot', style: 'pragmatist' }, { kind: 'human' }, { kind: 'human' }, { kind: 'bot', style: 'price-war' }],
      actionTimes: match.times,
    });
    const moves = stored.log.filter((entry) => !entry.automatic);
    expect(record.actions.map((a) => [a.playerID, a.move, a.args])).toEqual(
      moves.map((entry) => [entry.action.payload.playerID, entry.action.payload.type, entry.action.payload.args]),
    );
    expect(record.actions.map((a) => a.at)).toEqual(record.actions.map((_, i) => new Date(START + i * 1000).toISOString()));
    expect(record.seats.map((s) => [s.name, s.kind, s.style])).toEqual([
      ['Ada', 'bot', 'pragmatist'],
      ['Ben', 'human', null],
      ['Chen', 'human', null],
      ['Dai', 'bot', 'price-war'],
    ]);
    expect(record.seed).toBe('export-1');
    expect(record.result).toEqual(stored.state.ctx.gameover);
    expect(record.finishedAt).toBe(new Date(stored.metadata.updatedAt).toISOString());
    expect(record.createdAt).toBe(new Date(stored.metadata.createdAt).toISOString());
    // The replay makes exactly the states the server stored, first and last.
    const replay = replayRecord(record);
    expect(replay.stateAt(0)).toEqual(stored.initialState);
    expect(replay.stateAt(record.actions.length)).toEqual(stored.state);
  });

  it('makes the same record as the reducer-only simulation of the same bots (apart from names and times)', async () => {
    const { match, stored } = await finishedMatch('export-2', { scenario: '2026-h200', rounds: 3 });
    const exported = recordFromMatch({ matchID: match.matchID, ...stored });
    const simulated = simulateRecord({ seed: 'export-2', scenario: '2026-h200', rounds: 3, styles: STYLES });
    const strip = (r: typeof exported) => r.actions.map(({ at: _at, ...rest }) => rest);
    expect(strip(exported)).toEqual(strip(simulated));
    expect(exported.years).toEqual(simulated.years);
    expect(exported.result).toEqual(simulated.result);
    expect(exported.initialDigest).toBe(simulated.initialDigest);
  });

  it('falls back to the match\'s last update for moves whose time was not kept, and marks a human seat by default', async () => {
    const { match, stored } = await finishedMatch('export-3');
    const record = recordFromMatch({ matchID: match.matchID, ...stored });
    const last = new Date(stored.metadata.updatedAt).toISOString();
    expect(new Set(record.actions.map((a) => a.at))).toEqual(new Set([last]));
    expect(record.seats.every((s) => s.kind === 'human' && s.style === null)).toBe(true);
  });

  it('exports an unfinished match with no result', async () => {
    const match = await host('export-4', { scenario: 'embargo', rounds: 4 });
    await match.playBots(STYLES, 'export-4', START, 6);
    const stored = await match.stored();
    const record = recordFromMatch({ matchID: match.matchID, ...stored, actionTimes: match.times });
    expect(record.actions).toHaveLength(6);
    expect(record.result).toBeNull();
    expect(record.finishedAt).toBeNull();
    expect(record.years).toHaveLength(1);
    expect(verifyRecord(record).ok).toBe(true);
  });

  it('throws when the stored state is not what the log produces', async () => {
    const { match, stored } = await finishedMatch('export-5');
    const other = await finishedMatch('export-6');
    expect(() => recordFromMatch({ matchID: match.matchID, ...stored, state: other.stored.state })).toThrow(
      /its log does not reproduce its stored state/,
    );
  });

  it('throws when the log holds an action a record cannot represent, or a move that does not replay', async () => {
    const { match, stored } = await finishedMatch('export-7');
    const event: LogEntry = { action: { type: 'GAME_EVENT', payload: { type: 'endTurn', args: [], playerID: '0' } }, _stateID: 0, turn: 1, phase: 'policy' } as LogEntry;
    expect(() => recordFromMatch({ matchID: match.matchID, ...stored, log: [event, ...stored.log] })).toThrow(RecordExportError);
    const moves = stored.log.filter((entry) => !entry.automatic);
    expect(() => recordFromMatch({ matchID: match.matchID, ...stored, log: moves.slice(1) })).toThrow(/stateID/);
  });

  it('throws when the initial state is not what the seed makes', async () => {
    const { match, stored } = await finishedMatch('export-8');
    const initialState = structuredClone(stored.initialState) as typeof stored.initialState;
    (initialState.plugins.random!.data as { seed: string }).seed = 'another';
    expect(() => recordFromMatch({ matchID: match.matchID, ...stored, initialState })).toThrow(/not what its seed and setup produce/);
  });
});

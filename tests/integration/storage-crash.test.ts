import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { LogEntry, Server, State } from 'boardgame.io';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteStorage } from '../../server/storage/sqlite.js';
import { makeTempDirectory } from './helpers/temp-directory.js';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const crashWriter = fileURLToPath(new URL('./helpers/crash-writer.ts', import.meta.url));
const MATCH_COUNT = 3;

type Ack = { n: number; matchID: string; stateID: number };
type StoredMatch = { state: State<{ values: number[] }>; metadata: Server.MatchData; log: LogEntry[] };

/**
 * Runs the crash writer on `file` and SIGKILLs it as soon as it has acknowledged `killAfter`
 * moves. Resolves with every ACK it printed, including those still in the pipe at the kill.
 */
function runWriterAndKill(file: string, killAfter: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', crashWriter, file, String(MATCH_COUNT)], {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const [word, n, matchID, stateID] = line.split(' ');
      if (word !== 'ACK') return;
      acks.push({ n: Number(n), matchID: matchID!, stateID: Number(stateID) });
      if (acks.length === killAfter) child.kill('SIGKILL');
    });
    child.on('error', reject);
    // 'close' comes after stdout has been drained, so no ACK line is lost.
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acks);
      else reject(new Error(`crash writer exited on its own (code ${code}) after ${acks.length} acks:\n${stderr}`));
    });
  });
}

async function readAllMatches(storage: SqliteStorage): Promise<Map<string, StoredMatch>> {
  const matches = new Map<string, StoredMatch>();
  for (const matchID of await storage.listMatches()) {
    const { state, metadata, log } = await storage.fetch(matchID, { state: true, metadata: true, log: true });
    matches.set(matchID, { state, metadata, log });
  }
  return matches;
}

function totalMoves(matches: Map<string, StoredMatch>): number {
  return [...matches.values()].reduce((sum, match) => sum + match.state._stateID, 0);
}

/** Every invariant a match must satisfy however the writer died. */
function expectConsistent(matchID: string, { state, metadata, log }: StoredMatch): void {
  const values = state.G.values;
  // One log entry per move, in order, matching the state's history.
  expect(log.map((entry) => entry._stateID), matchID).toEqual(values.map((_, index) => index));
  expect(log.map((entry) => entry.action.payload.args[0]), matchID).toEqual(values);
  expect(state._stateID, matchID).toBe(values.length);
  // setState and setMetadata of a move were committed together, or not at all.
  expect(metadata.updatedAt, matchID).toBe(values.length > 0 ? values.at(-1) : -1);
}

describe('SqliteStorage survives kill -9', () => {
  let temp: ReturnType<typeof makeTempDirectory>;
  beforeEach(() => {
    temp = makeTempDirectory('sqlite-crash');
  });
  afterEach(() => temp.remove());

  it('keeps every acknowledged move, and only whole moves, across repeated SIGKILLs', async () => {
    const file = join(temp.path, 'crash.sqlite');
    let movesBefore = 0;

    for (const killAfter of [40, 150, 90]) {
      const acks = await runWriterAndKill(file, killAfter);
      expect(acks.length).toBeGreaterThanOrEqual(killAfter);

      const storage = new SqliteStorage({ file });
      try {
        expect(storage['db'].pragma('integrity_check', { simple: true })).toBe('ok');
        const matches = await readAllMatches(storage);
        expect(matches.size).toBe(MATCH_COUNT);
        for (const [matchID, match] of matches) expectConsistent(matchID, match);

        for (const ack of acks) {
          const match = matches.get(ack.matchID)!;
          expect(match.state._stateID, `ack ${ack.n}`).toBeGreaterThanOrEqual(ack.stateID);
          expect(match.state.G.values[ack.stateID - 1], `ack ${ack.n}`).toBe(ack.n);
        }
        // The writer awaits each move before starting the next, so at the kill at most one
        // move can be committed without its ACK having been printed.
        const unacknowledged = totalMoves(matches) - movesBefore - acks.length;
        expect(unacknowledged).toBeGreaterThanOrEqual(0);
        expect(unacknowledged).toBeLessThanOrEqual(1);
        movesBefore = totalMoves(matches);
      } finally {
        storage.close();
      }
    }
  });
});

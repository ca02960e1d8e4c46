/**
 * Floods, as the attacks in issue 9 ran them, against the real server in its own process with
 * every limit at its default: one seat's credentials on 40 sockets sending 4 KB chats in a loop
 * (from 127.0.0.2), and 20 sockets syncing a match as spectators in a loop (from 127.0.0.3), each
 * attacker in its own process. Meanwhile a table in another match (this process, 127.0.0.1) plays
 * its moves one after the other; each move is timed from send to the mover's own update. Its
 * median must stay within 5× the median of the same play without the floods, measured before
 * and after them (issue 9 measured 4.8 ms → 590 ms before the fix).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingMoves } from './helpers/default-play.js';
import type { StateLike } from './helpers/game-socket.js';
import { openTable, type Table } from './helpers/seated-sockets.js';
import { spawnServer, type ServerProcess } from './helpers/server-process.js';
import { makeTempDirectory } from './helpers/temp-directory.js';

const WARM_UP_MOVES = 16;
const MEASURED_MOVES = 48;
/** The unloaded figure is measured half before the floods and half after, so a machine that gets busier or quieter meanwhile moves both figures alike. */
const UNLOADED_MOVES_EACH_SIDE = 24;
/** Moves per table: within each seat's own budget of 30 messages at once (rate limits are per seat). */
const MOVES_PER_TABLE = 48;

const dataDir = makeTempDirectory('compute-race-flood');
let server: ServerProcess;
const attackers: ChildProcess[] = [];

beforeAll(async () => {
  server = await spawnServer(dataDir.path);
});
afterAll(() => {
  for (const child of [...attackers, server.child]) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  dataDir.remove();
});

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Plays `count` default moves one at a time, on fresh tables as needed; the time of each move. */
async function timedMoves(count: number): Promise<number[]> {
  const times: number[] = [];
  while (times.length < count) {
    const table = await openTable(server.url, { scenario: 'embargo', rounds: 12 });
    try {
      let state: StateLike = table.latest('0');
      for (let moves = 0; moves < MOVES_PER_TABLE && times.length < count && state.ctx.gameover === undefined; moves++) {
        const [next] = pendingMoves(state as unknown as Parameters<typeof pendingMoves>[0]);
        const started = performance.now();
        const outcome = await table.seats[next!.playerID]!.move(table.matchID, next!.playerID, table.credentials[next!.playerID], state._stateID, next!.move, next!.args);
        times.push(performance.now() - started);
        if (!outcome.ok) throw new Error(`move refused: ${outcome.rejected.code} ${outcome.rejected.message}`);
        state = outcome.state;
      }
    } finally {
      (table as Table).close();
    }
  }
  return times;
}

/** Starts an attacker process and waits until it floods; resolves with how many sockets it got. */
function attack(mode: 'credential' | 'spectator', localAddress: string, sockets: number): Promise<{ child: ChildProcess; connected: number }> {
  const script = fileURLToPath(new URL('./helpers/flooder.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, server.url, mode, localAddress, String(sockets)], { stdio: ['ignore', 'pipe', 'pipe'] });
  attackers.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\d+)/.exec(output);
      if (ready) resolve({ child, connected: Number(ready[1]) });
    });
    child.once('exit', (code) => reject(new Error(`attacker exited (${code}) before flooding: ${output}`)));
  });
}

/** Stops an attacker; resolves with the number of messages it sent. */
function stop(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.removeAllListeners('exit');
    child.once('exit', () => resolve(Number(/SENT (\d+)/.exec(output)?.[1] ?? 0)));
    child.kill('SIGTERM');
  });
}

describe('floods', () => {
  it("one credential on 40 sockets and 20 spectator sockets leave another match's move median within 5× its unloaded figure", async () => {
    await timedMoves(WARM_UP_MOVES);
    const before = await timedMoves(UNLOADED_MOVES_EACH_SIDE);

    const [chats, syncs] = await Promise.all([attack('credential', '127.0.0.2', 40), attack('spectator', '127.0.0.3', 20)]);
    // The per-address limit: 20 sockets each, however many were asked for.
    expect(chats.connected).toBe(20);
    expect(syncs.connected).toBe(20);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const loadedTimes = await timedMoves(MEASURED_MOVES);
    const loaded = median(loadedTimes);
    const sent = { chats: await stop(chats.child), syncs: await stop(syncs.child) };
    const unloaded = median([...before, ...(await timedMoves(UNLOADED_MOVES_EACH_SIDE))]);

    console.log(
      `flood: unloaded median ${unloaded.toFixed(1)} ms; loaded median ${loaded.toFixed(1)} ms (max ${Math.max(...loadedTimes).toFixed(1)} ms) ` +
        `while the attackers sent ${sent.chats} chats and ${sent.syncs} syncs; ratio ${(loaded / unloaded).toFixed(2)}`,
    );
    // The attacks ran at scale (the server reading as little of them as it may).
    expect(sent.chats).toBeGreaterThan(2_000);
    expect(sent.syncs).toBeGreaterThan(2_000);
    expect(loaded).toBeLessThanOrEqual(5 * unloaded);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});

/**
 * Child process for the crash test: writes moves to a SqliteStorage as fast as it can, forever,
 * printing `ACK <n> <matchID> <stateID>` after each move's writes have resolved. The parent
 * kills it with SIGKILL at an arbitrary moment and checks that every acknowledged move is stored.
 *
 * Each move is persisted the way boardgame.io's master does it: setState(state, deltalog) and
 * setMetadata({ ...metadata, updatedAt }) issued together and awaited together. `n` counts moves
 * across all matches and runs; it is written both into the state (G.values) and as the metadata's
 * updatedAt, so the parent can verify the two writes never come apart.
 *
 * Usage: node --import tsx crash-writer.ts <database file> <number of matches>
 * Resumes from whatever the file holds, so it can be run again after being killed.
 */
import type { Game, Server, State } from 'boardgame.io';
import { SqliteStorage } from '../../../server/storage/sqlite.js';
import { createMoveRunner } from './move-runner.js';

type CounterState = { values: number[] };

const CounterGame: Game<CounterState> = {
  name: 'counter',
  setup: () => ({ values: [] }),
  moves: {
    record: ({ G }, n: number) => {
      G.values.push(n);
    },
  },
};

async function main(file: string, matchCount: number): Promise<void> {
  const storage = new SqliteStorage({ file });
  const runner = createMoveRunner(CounterGame, 1);
  const matches = new Map<string, { state: State; metadata: Server.MatchData }>();
  let next = 0;

  for (let index = 0; index < matchCount; index++) {
    const matchID = `crash-${index}`;
    const stored = await storage.fetch(matchID, { state: true, metadata: true });
    if (stored.state !== undefined && stored.metadata !== undefined) {
      matches.set(matchID, { state: stored.state, metadata: stored.metadata });
      next = Math.max(next, stored.metadata.updatedAt + 1);
      continue;
    }
    const initialState = runner.initialState();
    const metadata: Server.MatchData = { gameName: 'counter', players: { 0: { id: 0 } }, createdAt: 0, updatedAt: -1 };
    await storage.createMatch(matchID, { initialState, metadata });
    matches.set(matchID, { state: initialState, metadata });
  }
  process.stdout.write(`READY ${next}\n`);

  const matchIDs = [...matches.keys()];
  for (let n = next; ; n++) {
    const matchID = matchIDs[n % matchIDs.length]!;
    const match = matches.get(matchID)!;
    const { state, deltalog } = runner.play(match.state, { playerID: '0', move: 'record', args: [n] });
    const metadata = { ...match.metadata, updatedAt: n };
    await Promise.all([storage.setState(matchID, state, deltalog), storage.setMetadata(matchID, metadata)]);
    matches.set(matchID, { state, metadata });
    // On Linux, writes to a pipe are synchronous in Node: once this returns the parent can read it.
    process.stdout.write(`ACK ${n} ${matchID} ${state._stateID}\n`);
  }
}

const [file, matchCount] = process.argv.slice(2);
if (file === undefined || matchCount === undefined) {
  process.stderr.write('usage: crash-writer.ts <database file> <number of matches>\n');
  process.exit(2);
}
main(file, Number(matchCount)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

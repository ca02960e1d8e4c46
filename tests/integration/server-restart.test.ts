/**
 * The server as a process: killed with SIGKILL mid-game and started again on the same DATA_DIR,
 * every move a client saw acknowledged is there and the game goes on; SIGTERM stops it
 * gracefully; its output is JSON lines that never contain credentials.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { defaultPolicy, DEFAULT_ORDER, type GameState, type PlayerView } from '../../src/game/index.js';
import { GameSocket, type StateLike } from './helpers/game-socket.js';
import { createSeatedMatch } from './helpers/lobby.js';
import { latestState } from './helpers/seated-sockets.js';
import { spawnServer, type ServerProcess } from './helpers/server-process.js';
import { makeTempDirectory } from './helpers/temp-directory.js';

const dataDir = makeTempDirectory('compute-race-restart');
const processes: ServerProcess[] = [];
afterAll(() => {
  for (const { child } of processes) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  dataDir.remove();
});

async function start(): Promise<ServerProcess> {
  const server = await spawnServer(dataDir.path, { LOG_LEVEL: 'debug' });
  processes.push(server);
  return server;
}

describe('restart', () => {
  it('resumes a match at its last acknowledged move after kill -9, and stops cleanly on SIGTERM', async () => {
    // 1. Play part of a year; every `ok` below is an acknowledgement the mover received.
    let server = await start();
    const { matchID, credentials } = await createSeatedMatch(server.url, { scenario: 'sliding-scale', rounds: 4 });
    const usg = await GameSocket.connect(server.url);
    const [, sync] = await usg.sync(matchID, '0', credentials['0']);
    const policy = defaultPolicy(sync.state.G as unknown as GameState);
    const acknowledged: StateLike[] = [];
    const ack = (outcome: Awaited<ReturnType<GameSocket['move']>>) => {
      if (!outcome.ok) throw new Error(`move refused: ${outcome.rejected.code} ${outcome.rejected.message}`);
      acknowledged.push(outcome.state);
    };
    ack(await usg.move(matchID, '0', credentials['0'], 0, 'setPolicy', [policy]));
    const seats: Record<string, GameSocket> = {};
    for (const playerID of ['1', '2', '3']) {
      seats[playerID] = await GameSocket.connect(server.url);
      await seats[playerID].sync(matchID, playerID, credentials[playerID]);
    }
    const G1 = latestState(seats['1']!, matchID).G as unknown as GameState;
    ack(await seats['1']!.move(matchID, '1', credentials['1'], 1, 'submitOrder', [DEFAULT_ORDER.nvidia(G1)]));
    ack(await seats['2']!.move(matchID, '2', credentials['2'], 2, 'submitOrder', [DEFAULT_ORDER.china(G1)]));
    const lastAcknowledged = acknowledged.at(-1)!._stateID;

    // 2. Huawei's order is sent and the server is killed at once: it may or may not have landed.
    seats['3']!.sendMove(matchID, '3', credentials['3'], 3, 'submitOrder', [DEFAULT_ORDER.huawei(G1)]);
    server.child.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');
    for (const socket of [usg, ...Object.values(seats)]) socket.close();

    // 3. Same DATA_DIR: everything acknowledged is there.
    server = await start();
    const nvidia = await GameSocket.connect(server.url);
    const [, resumed] = await nvidia.sync(matchID, '1', credentials['1']);
    const view = resumed.state.G as unknown as PlayerView;
    expect(resumed.state._stateID).toBeGreaterThanOrEqual(lastAcknowledged);
    const huaweiLanded = resumed.state._stateID > lastAcknowledged;
    if (huaweiLanded) {
      // The year resolved with all three orders.
      expect(view.history).toHaveLength(1);
      expect(resumed.state.ctx.phase).toBe('policy');
    } else {
      expect(resumed.state.ctx.phase).toBe('orders');
      expect(view.policy).toEqual(policy);
      expect(view.submitted).toEqual({ nvidia: true, china: true, huawei: false });
      expect(view.myOrder).toEqual(DEFAULT_ORDER.nvidia(G1));
    }
    const logged = resumed.log.map((entry) => `${entry.action.payload.playerID}:${entry.action.payload.type}`);
    expect(logged.filter((entry) => !entry.startsWith('undefined'))).toEqual(
      ['0:setPolicy', '1:submitOrder', '2:submitOrder', ...(huaweiLanded ? ['3:submitOrder'] : [])],
    );

    // 4. The game continues with the next move.
    const usgAgain = await GameSocket.connect(server.url);
    await usgAgain.sync(matchID, '0', credentials['0']);
    if (!huaweiLanded) {
      const huawei = await GameSocket.connect(server.url);
      await huawei.sync(matchID, '3', credentials['3']);
      ack(await huawei.move(matchID, '3', credentials['3'], lastAcknowledged, 'submitOrder', [DEFAULT_ORDER.huawei(G1)]));
      huawei.close();
    }
    // Year 1 is resolved either way: USG's socket sees year 2's policy phase (by sync or update).
    await usgAgain.waitForItem(() => latestState(usgAgain, matchID).ctx.phase === 'policy');
    const now = latestState(usgAgain, matchID);
    expect((now.G as unknown as PlayerView).round).toBe(2);
    ack(await usgAgain.move(matchID, '0', credentials['0'], now._stateID, 'setPolicy', [defaultPolicy(now.G as unknown as GameState)]));
    expect(acknowledged.at(-1)!.ctx.phase).toBe('orders');
    nvidia.close();
    usgAgain.close();

    // 5. SIGTERM: a graceful stop, exit code 0.
    server.child.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });

    // Every line either run printed is JSON, and no credentials appear anywhere.
    for (const run of processes) {
      expect(run.stderr.join('')).toBe('');
      for (const line of run.lines.filter(Boolean)) expect(() => JSON.parse(line), line).not.toThrow();
      const output = run.lines.join('\n');
      for (const secret of Object.values(credentials)) expect(output).not.toContain(secret);
    }
    expect(processes[1]!.lines.some((line) => line.includes('"msg":"Stopped"'))).toBe(true);
  });
});

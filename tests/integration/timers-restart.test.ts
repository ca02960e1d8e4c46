/**
 * Turn timers across a restart. A stop disconnects every person, so a running timer holds the
 * time it had left (nobody at the table, nothing to wait for); after the restart it runs again
 * once a person is back. A paused timer stays paused with its time left.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, connectClient, createMatch, human, joinSeat, makeDataDir, startTestServer, waitForClient, waitForMatch, type TestServer } from './seats-harness.js';

const MS_PER_TIMER_SECOND = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dir: ReturnType<typeof makeDataDir>;
let running: TestServer | undefined;
const clients: Array<{ stop(): void }> = [];

beforeEach(() => {
  dir = makeDataDir();
});

afterEach(async () => {
  for (const client of clients.splice(0)) client.stop();
  await running?.stop();
  running = undefined;
  dir.remove();
});

const start = () => startTestServer(dir.path, { msPerTimerSecond: MS_PER_TIMER_SECOND });
const allHuman = [human, human, human, human];

/** The seat's person at the table (connected, never moving). */
async function sit(matchID: string, credentials: string): Promise<void> {
  const client = connectClient(running!.url, matchID, '0', credentials);
  clients.push(client);
  await waitForClient(client, (state) => state.isConnected);
}

async function restart(): Promise<void> {
  for (const client of clients.splice(0)) client.stop();
  await running!.stop();
  running = undefined;
}

describe('turn timers across a restart', () => {
  it('a running timer keeps the time it had left while the server is down, and runs on once a person is back', async () => {
    running = await start();
    const { matchID } = await createMatch(running.url, { rounds: 3, seats: allHuman, timer: { seconds: 10 } });
    const credentials = await joinSeat(running.url, matchID, '0', 'Ada');
    await sit(matchID, credentials);
    const deadline: number = (await api(running.url, 'GET', `/api/matches/${matchID}`)).body.timer.deadline;
    await sleep(300);
    const stopped = Date.now();
    await restart();

    // Down past the deadline it had: nothing is played, before or after the start.
    await sleep(deadline - Date.now() + 300);
    running = await start();
    await sleep(300);
    expect((await running.server.hub.fetchState(matchID))!._stateID).toBe(0);
    expect((await api(running.url, 'GET', `/api/matches/${matchID}`)).body.timer).toEqual({ seconds: 10, deadline: null, paused: false });

    // Ada is back: the time left at the stop (about 0.7 of the 1 s) runs from now.
    const back = Date.now();
    await sit(matchID, credentials);
    const resumed: number = (await api(running.url, 'GET', `/api/matches/${matchID}`)).body.timer.deadline;
    expect(resumed).toBeGreaterThan(back + 400);
    expect(resumed).toBeLessThanOrEqual(Date.now() + (deadline - stopped));
    const played = await waitForMatch(running.server, matchID, (state) => state.ctx.phase === 'orders', 3_000);
    expect(played.G.policySet).toBe(true);
    expect(Date.now()).toBeGreaterThanOrEqual(resumed - 5);
  });

  it('a paused timer stays paused across a restart and resumes with the time it had left', async () => {
    running = await start();
    const { matchID, hostToken } = await createMatch(running.url, { rounds: 3, seats: allHuman, timer: { seconds: 10 } });
    const credentials = await joinSeat(running.url, matchID, '0', 'Ada');
    await sit(matchID, credentials);
    await sleep(300);
    const deadline: number = (await api(running.url, 'GET', `/api/matches/${matchID}`)).body.timer.deadline;
    const pauseSent = Date.now();
    const paused = await api(running.url, 'POST', `/api/matches/${matchID}/timer/pause`, { hostToken });
    const pauseAnswered = Date.now();
    expect(paused.body.timer.paused).toBe(true);
    await restart();

    await sleep(1_200);
    running = await start();
    await sit(matchID, credentials);
    await sleep(200);
    expect((await running.server.hub.fetchState(matchID))!._stateID).toBe(0);
    expect((await api(running.url, 'GET', `/api/matches/${matchID}`)).body.timer).toEqual({ seconds: 10, deadline: null, paused: true });

    const resumeSent = Date.now();
    const resumed = await api(running.url, 'POST', `/api/matches/${matchID}/timer/resume`, { hostToken });
    const resumeAnswered = Date.now();
    const newDeadline: number = resumed.body.timer.deadline;
    expect(newDeadline).toBeGreaterThanOrEqual(resumeSent + (deadline - pauseAnswered));
    expect(newDeadline).toBeLessThanOrEqual(resumeAnswered + (deadline - pauseSent));
    await waitForMatch(running.server, matchID, (state) => state.ctx.phase === 'orders', 3_000);
  });
});

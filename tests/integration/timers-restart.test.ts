/**
 * Turn-timer deadlines are absolute times in the database: a deadline that passed while the
 * server was down fires as soon as it is back; one still ahead fires on time; a paused timer
 * stays paused with its time left.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api, createMatch, human, makeDataDir, startTestServer, waitForMatch, type TestServer } from './seats-harness.js';

const MS_PER_TIMER_SECOND = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dir: ReturnType<typeof makeDataDir>;
let running: TestServer | undefined;

beforeEach(() => {
  dir = makeDataDir();
});

afterEach(async () => {
  await running?.stop();
  running = undefined;
  dir.remove();
});

const start = () => startTestServer(dir.path, { msPerTimerSecond: MS_PER_TIMER_SECOND });
const allHuman = [human, human, human, human];

describe('turn timers across a restart', () => {
  it('a deadline that passed while the server was down fires when it starts; one still ahead keeps its time', async () => {
    running = await start();
    const due = await createMatch(running.url, { rounds: 3, seats: allHuman, timer: { seconds: 10 } });
    const later = await createMatch(running.url, { rounds: 3, seats: allHuman, timer: { seconds: 60 } });
    const dueDeadline = (await api(running.url, 'GET', `/api/matches/${due.matchID}`)).body.timer.deadline;
    const laterDeadline = (await api(running.url, 'GET', `/api/matches/${later.matchID}`)).body.timer.deadline;
    await running.stop();
    running = undefined;

    await sleep(dueDeadline - Date.now() + 300);
    running = await start();
    // Overdue: the default policy is in almost at once.
    const played = await waitForMatch(running.server, due.matchID, (state) => state.ctx.phase === 'orders', 2_000);
    expect(played.G.policySet).toBe(true);
    // Not yet due: same absolute deadline as before the restart, nothing played.
    const info = (await api(running.url, 'GET', `/api/matches/${later.matchID}`)).body;
    expect(info.timer.deadline).toBe(laterDeadline);
    expect((await running.server.hub.fetchState(later.matchID))!._stateID).toBe(0);
  });

  it('a paused timer stays paused across a restart and resumes with the time it had left', async () => {
    running = await start();
    const { matchID, hostToken } = await createMatch(running.url, { rounds: 3, seats: allHuman, timer: { seconds: 10 } });
    await sleep(300);
    const deadline: number = (await api(running.url, 'GET', `/api/matches/${matchID}`)).body.timer.deadline;
    const pauseSent = Date.now();
    const paused = await api(running.url, 'POST', `/api/matches/${matchID}/timer/pause`, { hostToken });
    const pauseAnswered = Date.now();
    expect(paused.body.timer.paused).toBe(true);
    await running.stop();
    running = undefined;

    await sleep(1_200);
    running = await start();
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

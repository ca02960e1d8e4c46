/**
 * Turn timers on a real server. Time is shrunk (msPerTimerSecond: 100), so the shortest legal
 * timer, 10 s, runs out in one second. At a deadline the server submits the documented default
 * move for every seat that has not acted, and only for those; the host pauses and resumes.
 */
import type { State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { defaultMoveFor } from '../../server/seats/default-moves.js';
import type { GameState, NvidiaOrder } from '../../src/game/index.js';
import {
  api,
  bot,
  connectClient,
  createMatch,
  human,
  joinSeat,
  perTestServer,
  startTestServer,
  waitForClient,
  waitForMatch,
  type TestServer,
} from './seats-harness.js';

const MS_PER_TIMER_SECOND = 100;

const t = perTestServer();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const start = () => startTestServer(t.dir.path, { msPerTimerSecond: MS_PER_TIMER_SECOND });

/** Every committed state of a match, from the initial state on. */
async function recordStates(server: TestServer, matchID: string): Promise<State<GameState>[]> {
  const states: State<GameState>[] = [];
  t.cleanups.push(server.server.hub.onStateChange((id, state) => id === matchID && states.push(structuredClone(state) as State<GameState>)));
  const { initialState } = await server.server.db.fetch(matchID, { initialState: true });
  states.unshift(initialState as State<GameState>);
  return states;
}

type TimerInfo = { seconds: number; deadline: number | null; paused: boolean };

/** Polls the match's timer until it satisfies `predicate`. */
async function waitForTimer(url: string, matchID: string, predicate: (timer: TimerInfo) => boolean): Promise<TimerInfo> {
  for (let attempt = 0; attempt < 250; attempt++) {
    const timer = (await api(url, 'GET', `/api/matches/${matchID}`)).body.timer as TimerInfo;
    if (predicate(timer)) return timer;
    await sleep(20);
  }
  throw new Error('the timer did not reach the expected state in 5 s');
}

/** A person takes the seat and connects, and never moves. */
async function sitIdle(url: string, matchID: string, playerID: string): Promise<void> {
  const credentials = await joinSeat(url, matchID, playerID, 'Idle');
  const client = connectClient(url, matchID, playerID, credentials);
  t.cleanups.push(() => client.stop());
  await waitForClient(client, (state) => state.isConnected);
}

describe('turn timers', () => {
  it('at each deadline the server plays the documented default move for every seat that has not acted', async () => {
    t.running = await start();
    const { matchID } = await createMatch(t.running.url, { rounds: 3, seats: [human, human, human, human], timer: { seconds: 10 } });
    const states = await recordStates(t.running, matchID);
    // Nobody at the table yet: the timer holds its full time.
    expect((await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body.timer).toEqual({ seconds: 10, deadline: null, paused: false });

    // One person sits down and does nothing: the clock runs from then on.
    const before = Date.now();
    await sitIdle(t.running.url, matchID, '0');
    const info = (await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body;
    expect(info.timer.seconds).toBe(10);
    expect(info.timer.paused).toBe(false);
    expect(info.timer.deadline).toBeGreaterThanOrEqual(before + 10 * MS_PER_TIMER_SECOND);
    expect(info.timer.deadline).toBeLessThanOrEqual(Date.now() + 10 * MS_PER_TIMER_SECOND);

    // Nobody acts: one deadline for the policy, one for the orders.
    const afterYear = await waitForMatch(t.running.server, matchID, (state) => state.G.history.length === 1, 10_000);
    const elapsed = Date.now() - before;
    expect(elapsed).toBeGreaterThanOrEqual(2 * 10 * MS_PER_TIMER_SECOND - 50);
    expect(afterYear.G.round).toBe(2);

    // Each move in the log is the default move of the state it was made on.
    const moves = t.running.server.db.getLog(matchID).filter((entry) => entry.action.type === 'MAKE_MOVE');
    expect(moves.map((entry) => entry.action.payload.playerID)).toEqual(['0', '1', '2', '3']);
    moves.forEach((entry, index) => {
      const { playerID, type, args } = entry.action.payload;
      const expected = defaultMoveFor(states[index]!.G, playerID!);
      expect(type).toBe(expected.move);
      expect(args).toEqual(expected.args);
    });
    // The year-2 policy phase has its own fresh deadline.
    const next = (await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body.timer;
    expect(next.deadline).toBeGreaterThan(info.timer.deadline);
  });

  it('a seat that acted in time keeps its own order; only the others get defaults', async () => {
    t.running = await start();
    const { matchID } = await createMatch(t.running.url, {
      rounds: 3,
      seats: [bot('hawk'), human, human, human],
      // 3 s (shrunk): time enough for Ada's client to connect and order on a busy machine.
      timer: { seconds: 30 },
    });
    const credentials = await joinSeat(t.running.url, matchID, '1', 'Ada');
    await joinSeat(t.running.url, matchID, '2', 'Bo');
    const ada = connectClient(t.running.url, matchID, '1', credentials);
    t.cleanups.push(() => ada.stop());
    await waitForClient(ada, (state) => state.ctx.phase === 'orders' && state.isConnected);
    const order: NvidiaOrder = { chinaShare: 0, chinaPrice: 120, lobbying: 1, rnd: 2, compliantDesign: false };
    ada.moves.submitOrder!(order);

    const resolved = await waitForMatch(t.running.server, matchID, (state) => state.G.history.length === 1, 10_000);
    const year = resolved.G.history[0]!;
    expect(year.orders.nvidia).toEqual(order);
    // The first year's moves only (turn 1 the policy, turn 2 the orders): the USG bot may
    // already have set next year's policy.
    const log = t.running.server.db
      .getLog(matchID)
      .filter((entry) => entry.action.type === 'MAKE_MOVE' && entry.turn <= 2);
    // USG (bot) at once, Ada before the deadline, then China and Huawei by the timer: one move each.
    expect(log.map((entry) => entry.action.payload.playerID)).toEqual(['0', '1', '2', '3']);
  });

  it('the host pauses (the time left is kept, nothing is played) and resumes', async () => {
    t.running = await start();
    const { matchID, hostToken } = await createMatch(t.running.url, { rounds: 3, seats: [human, human, human, human], timer: { seconds: 20 } });
    const timerPath = (action: string) => `/api/matches/${matchID}/timer/${action}`;
    await sitIdle(t.running.url, matchID, '0');
    await sleep(500);
    const deadline: number = (await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body.timer.deadline;

    const pauseSent = Date.now();
    const paused = await api(t.running.url, 'POST', timerPath('pause'), { hostToken });
    const pauseAnswered = Date.now();
    expect(paused.status).toBe(200);
    expect(paused.body.timer).toMatchObject({ seconds: 20, deadline: null, paused: true });
    // Pausing twice is harmless.
    expect((await api(t.running.url, 'POST', timerPath('pause'), { hostToken })).body.timer.paused).toBe(true);

    // Well past the original deadline: nothing was played while paused.
    await sleep(Math.max(0, deadline - Date.now()) + 500);
    const still = (await t.running.server.hub.fetchState(matchID))!;
    expect(still._stateID).toBe(0);

    const resumeSent = Date.now();
    const resumed = await api(t.running.url, 'POST', timerPath('resume'), { hostToken });
    const resumeAnswered = Date.now();
    expect(resumed.status).toBe(200);
    expect(resumed.body.timer.paused).toBe(false);
    // The new deadline is the time that was left at the pause, counted from the resume.
    const newDeadline: number = resumed.body.timer.deadline;
    expect(newDeadline).toBeGreaterThanOrEqual(resumeSent + (deadline - pauseAnswered));
    expect(newDeadline).toBeLessThanOrEqual(resumeAnswered + (deadline - pauseSent));
    // About 1.5 s of the 2 s were left (0.5 s had run before the pause).
    expect(newDeadline - resumeAnswered).toBeGreaterThan(1_000);

    const played = await waitForMatch(t.running.server, matchID, (state) => state.G.policySet || state.ctx.phase === 'orders', 5_000);
    // Played at the resumed deadline, not before.
    expect(Date.now()).toBeGreaterThanOrEqual(newDeadline - 5);
    expect(played._stateID).toBeGreaterThan(0);
  });

  it('stops while every person has left the table (nothing is played), and runs on with the time it had left when one returns', async () => {
    t.running = await start();
    const { matchID } = await createMatch(t.running.url, { rounds: 3, seats: [human, bot('lobbyist'), bot('buyer'), bot('rnd-first')], timer: { seconds: 10 } });
    const credentials = await joinSeat(t.running.url, matchID, '0', 'Ada');
    const first = connectClient(t.running.url, matchID, '0', credentials);
    await waitForClient(first, (state) => state.isConnected);
    const deadline: number = (await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body.timer.deadline;
    await sleep(300);
    const left = Date.now();
    first.stop();
    await waitForTimer(t.running.url, matchID, (timer) => timer.deadline === null);

    // Gone well past the deadline she had: the table waits, no default policy is played for her.
    await sleep(deadline - Date.now() + 500);
    expect((await t.running.server.hub.fetchState(matchID))!._stateID).toBe(0);
    expect((await api(t.running.url, 'GET', `/api/matches/${matchID}`)).body.timer).toEqual({ seconds: 10, deadline: null, paused: false });

    // Back: the time that was left when she went (about 0.7 of the 1 s) runs from now.
    const back = Date.now();
    const second = connectClient(t.running.url, matchID, '0', credentials);
    t.cleanups.push(() => second.stop());
    await waitForClient(second, (state) => state.isConnected);
    const resumed = await waitForTimer(t.running.url, matchID, (timer) => timer.deadline !== null);
    expect(resumed.deadline! - back).toBeGreaterThan(400);
    expect(resumed.deadline! - back).toBeLessThanOrEqual(deadline - left + (Date.now() - back));
    const played = await waitForMatch(t.running.server, matchID, (state) => state.G.policySet, 3_000);
    expect(played.G.policySet).toBe(true);
  });

  it('refuses timer changes from anyone but the host, and on matches without a timer', async () => {
    t.running = await start();
    const timed = await createMatch(t.running.url, { rounds: 3, seats: [human, human, human, human], timer: { seconds: 60 } });
    const untimed = await createMatch(t.running.url, { rounds: 3, seats: [human, human, human, human], timer: null });
    const before = (await api(t.running.url, 'GET', `/api/matches/${timed.matchID}`)).body;

    const refusals: Array<[string, unknown, number, string]> = [
      [`/api/matches/${timed.matchID}/timer/pause`, { hostToken: untimed.hostToken }, 403, 'NOT_HOST'],
      [`/api/matches/${timed.matchID}/timer/pause`, {}, 400, 'BAD_REQUEST'],
      [`/api/matches/${timed.matchID}/timer/pause`, { hostToken: timed.hostToken, seconds: 5 }, 400, 'BAD_REQUEST'],
      [`/api/matches/${untimed.matchID}/timer/pause`, { hostToken: untimed.hostToken }, 409, 'NO_TIMER'],
      [`/api/matches/nope/timer/resume`, { hostToken: timed.hostToken }, 404, 'MATCH_NOT_FOUND'],
    ];
    for (const [path, body, status, code] of refusals) {
      const answer = await api(t.running.url, 'POST', path, body);
      expect({ path, status: answer.status, code: answer.body.error.code }).toEqual({ path, status, code });
    }
    expect((await api(t.running.url, 'GET', `/api/matches/${timed.matchID}`)).body).toEqual(before);
    expect((await api(t.running.url, 'GET', `/api/matches/${untimed.matchID}`)).body.timer).toBeNull();
  });
});

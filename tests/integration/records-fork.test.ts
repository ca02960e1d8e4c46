/**
 * "What if" matches on a real server: POST /api/matches/fork starts a new match from the exact
 * state at a point of a record (a finished match here, or an uploaded file), played by server
 * bots (and the turn timer) like any match; its record names its parent and verifies. A tampered
 * or malformed request is refused before anything is created.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson, simulateRecord, stateAtIndex, stateDigest, verifyRecord, yearBoundaries, type GameRecord, type MatchState } from '../../src/record/index.js';
import { existing, fetchStoredRecord, playBotMatch, startRecordsServer } from './records-harness.js';
import { api, bot, connectClient, human, isOver, joinSeat, makeDataDir, waitForClient, waitForMatch, type TestServer } from './seats-harness.js';

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

const PARENT_SEATS = [bot('hawk'), bot('us-first'), bot('buyer'), bot('rnd-first')];
const FORK_SEATS = [bot('dealmaker'), bot('china-first'), bot('open-source'), bot('price-war')];

async function fork(body: unknown) {
  return api(running!.url, 'POST', '/api/matches/fork', body);
}

/** Plays the fork to its end and checks its record against its parent. */
async function expectForkPlaysOn(forkID: string, parent: GameRecord, actionIndex: number): Promise<GameRecord> {
  // It starts from the exact state at that point, secrets and random source included.
  const { initialState } = await running!.server.db.fetch(forkID, { initialState: true });
  expect(stateDigest(initialState as MatchState)).toBe(stateDigest(stateAtIndex(parent, actionIndex)));
  expect(initialState).toEqual(JSON.parse(JSON.stringify(stateAtIndex(parent, actionIndex))));

  await waitForMatch(running!.server, forkID, isOver, 60_000);
  const { record } = await fetchStoredRecord(running!, forkID);
  expect(record.parent).toEqual({ matchID: parent.matchID, hash: parent.hash, actionIndex });
  expect(record.seed).toBe(parent.seed);
  expect(canonicalJson(record.actions.slice(0, actionIndex))).toBe(canonicalJson(parent.actions.slice(0, actionIndex)));
  expect(record.actions.length).toBeGreaterThan(actionIndex);
  const alone = verifyRecord(record);
  expect(alone.ok ? 'valid' : alone.reason).toBe('valid');
  const withParent = verifyRecord(record, { parent });
  expect(withParent.ok ? 'valid' : withParent.reason).toBe('valid');
  return record;
}

describe('POST /api/matches/fork', () => {
  it('forks a finished match at the start of year 3; four bots play it to its end; its record names its parent', async () => {
    running = await startRecordsServer(dir.path);
    const parentGame = await playBotMatch(running, { scenario: 'embargo', rounds: 5, seats: PARENT_SEATS });
    const parent = (await fetchStoredRecord(running, parentGame.matchID)).record;
    const year3 = yearBoundaries(parent)[2]!;
    expect(year3.round).toBe(3);
    expect(parent.actions[year3.start]!).toMatchObject({ year: year3.year, move: 'setPolicy' });

    const created = await fork({ source: { matchID: parent.matchID }, actionIndex: year3.start, seats: FORK_SEATS });
    expect(created.status).toBe(201);
    expect(Object.keys(created.body).sort()).toEqual(['code', 'hostToken', 'matchID']);
    const forkID: string = created.body.matchID;
    expect(forkID).not.toBe(parent.matchID);

    // A match like any other: the seats layer describes it and knows its code.
    const info = await api(running.url, 'GET', `/api/matches/${forkID}`);
    expect(info.body).toMatchObject({ scenario: 'embargo', rounds: 5, code: created.body.code });
    expect(info.body.seats.map((seat: { style: string }) => seat.style)).toEqual(['dealmaker', 'china-first', 'open-source', 'price-war']);
    expect((await api(running.url, 'GET', `/api/codes/${created.body.code}`)).body).toEqual({ matchID: forkID });

    const record = await expectForkPlaysOn(forkID, parent, year3.start);
    expect(record.seats.map((seat) => seat.style)).toEqual(['dealmaker', 'china-first', 'open-source', 'price-war']);
    // Its own moves carry its own times, after the parent's.
    expect(record.actions[year3.start]!.at >= parent.finishedAt!).toBe(true);

    const listed = (await api(running.url, 'GET', '/api/replays')).body.replays;
    expect(listed.find((entry: { matchID: string }) => entry.matchID === forkID).parent).toEqual({ matchID: parent.matchID, hash: parent.hash, actionIndex: year3.start });
  });

  it('forks an uploaded record (a full 12-year game, larger than other /api bodies) mid-year, with a person on a turn timer', async () => {
    running = await startRecordsServer(dir.path, { msPerTimerSecond: 5 });
    const uploaded = simulateRecord({ seed: 'x12', scenario: 'embargo', rounds: 12 });
    expect(JSON.stringify(uploaded).length).toBeGreaterThan(16 * 1024);
    // In the orders of year 5: the policy and one order are in, the other orders still to come.
    const actionIndex = yearBoundaries(uploaded)[4]!.start + 2;

    const created = await fork({ source: { record: uploaded }, actionIndex, seats: [bot('pragmatist'), human, bot('buyer'), bot('capacity-first')], timer: { seconds: 10 } });
    expect(created.status).toBe(201);
    // NVIDIA's person sits at the table but never orders: at each deadline the timer plays the default order.
    const credentials = await joinSeat(running.url, created.body.matchID, '1', 'Idle');
    const idle = connectClient(running.url, created.body.matchID, '1', credentials);
    try {
      await waitForClient(idle, (state) => state.isConnected);
      const record = await expectForkPlaysOn(created.body.matchID, uploaded, actionIndex);
      expect(record.parent!.matchID).toBe(uploaded.matchID);
      expect(record.seats[1]).toMatchObject({ kind: 'human', name: 'Idle' });
    } finally {
      idle.stop();
    }
  });

  it('refuses a tampered record, naming the first action where it diverges, and creates nothing', async () => {
    running = await startRecordsServer(dir.path);
    const uploaded = simulateRecord({ seed: 'tamper', scenario: 'embargo', rounds: 4 });
    const tampered = structuredClone(uploaded);
    const target = tampered.actions[5]!;
    const order = (target.args as Array<Record<string, unknown>>)[0]!;
    const [field, value] = Object.entries(order).find(([, v]) => typeof v === 'number')!;
    order[field] = (value as number) === 0 ? 1 : 0;
    const before = existing(running);

    const refused = await fork({ source: { record: tampered }, actionIndex: 2, seats: FORK_SEATS });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('RECORD_INVALID');
    expect(refused.body.error.message).toMatch(/^The record does not verify, so it cannot be forked: Action 5 \(/);
    expect(existing(running)).toEqual(before);

    // A changed name replays fine but breaks the hash.
    const renamed = structuredClone(uploaded);
    renamed.seats[0]!.name = 'Someone else';
    const hashRefused = await fork({ source: { record: renamed }, actionIndex: 2, seats: FORK_SEATS });
    expect(hashRefused.status).toBe(400);
    expect(hashRefused.body.error).toMatchObject({ code: 'RECORD_INVALID', message: expect.stringMatching(/hash/) });
    expect(existing(running)).toEqual(before);
  });

  it('refuses bad requests with 400 (or 404, 409) and creates nothing', async () => {
    running = await startRecordsServer(dir.path);
    const parentGame = await playBotMatch(running, { scenario: 'open-market', rounds: 3, seats: PARENT_SEATS });
    const parent = (await fetchStoredRecord(running, parentGame.matchID)).record;
    const upload = simulateRecord({ seed: 'bad-requests', scenario: 'embargo', rounds: 3 });
    const unfinished = await api(running.url, 'POST', '/api/matches', { scenario: 'embargo', seats: [human, human, human, human] });
    const before = existing(running);
    const good = { source: { matchID: parent.matchID }, actionIndex: 0, seats: FORK_SEATS };

    const cases: Array<[string, unknown, number, string, RegExp?]> = [
      ['no body', undefined, 400, 'BAD_REQUEST'],
      ['not an object', [1, 2], 400, 'BAD_REQUEST'],
      ['no source', { ...good, source: undefined }, 400, 'BAD_REQUEST', /source/],
      ['both sources', { ...good, source: { matchID: parent.matchID, record: upload } }, 400, 'BAD_REQUEST', /source/],
      ['empty source', { ...good, source: {} }, 400, 'BAD_REQUEST', /source/],
      ['bad match ID', { ...good, source: { matchID: '../etc' } }, 400, 'BAD_REQUEST'],
      ['no actionIndex', { ...good, actionIndex: undefined }, 400, 'BAD_REQUEST', /actionIndex/],
      ['negative actionIndex', { ...good, actionIndex: -1 }, 400, 'BAD_REQUEST', /actionIndex/],
      ['fractional actionIndex', { ...good, actionIndex: 1.5 }, 400, 'BAD_REQUEST', /actionIndex/],
      ['three seats', { ...good, seats: FORK_SEATS.slice(0, 3) }, 400, 'BAD_REQUEST', /seats/],
      ['a wrong bot style', { ...good, seats: [bot('buyer'), ...FORK_SEATS.slice(1)] }, 400, 'BAD_REQUEST', /seats\.0\.style/],
      ['a short timer', { ...good, timer: { seconds: 1 } }, 400, 'BAD_REQUEST', /timer/],
      ['an unknown field', { ...good, scenario: 'embargo' }, 400, 'BAD_REQUEST'],
      ['past the end', { ...good, actionIndex: parent.actions.length + 1 }, 400, 'BAD_FORK_POINT', /choose 0 to/],
      ['the game is over there', { ...good, actionIndex: parent.actions.length }, 400, 'BAD_FORK_POINT', /game is over/],
      ['an unknown match', { ...good, source: { matchID: 'nosuchmatch' } }, 404, 'MATCH_NOT_FOUND'],
      ['an unfinished match', { ...good, source: { matchID: unfinished.body.matchID } }, 409, 'GAME_NOT_OVER'],
      ['not a record', { ...good, source: { record: { hello: 'world' } } }, 400, 'NOT_A_RECORD'],
      ['a record as text', { ...good, source: { record: JSON.stringify(upload) } }, 400, 'NOT_A_RECORD'],
      ['another format version', { ...good, source: { record: { ...upload, formatVersion: 2 } } }, 400, 'FORMAT_VERSION', /version 2/],
      ['other rules', { ...good, source: { record: { ...upload, rulesVersion: 99 } } }, 400, 'RULES_VERSION', /rules version 99/],
      ['an unknown scenario', { ...good, source: { record: { ...upload, scenario: 'moon-base' } } }, 400, 'UNKNOWN_SCENARIO'],
      ['a malformed record', { ...good, source: { record: { ...upload, actions: 'none' } } }, 400, 'BAD_SHAPE', /actions/],
    ];
    for (const [name, body, status, code, message] of cases) {
      const answer = await fork(body);
      expect(answer.status, name).toBe(status);
      expect(answer.body.error.code, name).toBe(code);
      if (message) expect(answer.body.error.message, name).toMatch(message);
      expect(existing(running), name).toEqual(before);
    }

    const redacted = await api(running.url, 'POST', '/api/matches/fork', { ...good, source: { record: { ...upload, redacted: { playerID: '1' } } } });
    expect(redacted.status).toBe(400);
    expect(existing(running)).toEqual(before);

    const notJson = await fetch(`${running.url}/api/matches/fork`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"source":' });
    expect(notJson.status).toBe(400);
    expect(existing(running)).toEqual(before);

    const tooLarge = await fetch(`${running.url}/api/matches/fork`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...good, source: { record: { padding: 'x'.repeat(2_200_000) } } }),
    });
    expect(tooLarge.status).toBe(413);
    expect(existing(running)).toEqual(before);
    // Only the fork route takes large bodies.
    const largeElsewhere = await api(running.url, 'POST', '/api/matches', { scenario: 'embargo', seats: [human, human, human, human], padding: 'x'.repeat(20_000) });
    expect(largeElsewhere.status).toBe(413);
  });
});

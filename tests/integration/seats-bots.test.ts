/**
 * Server bots play through the same path as people: 4 bots to the end, 3 bots with a scripted
 * human on a real socket to the end, every bot deciding only from its own seat's view, and no
 * seat ever submitting twice in a year.
 */
import type { LogEntry, State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { botMove, type BotStyle } from '../../src/bots/index.js';
import { playerView, SEATS, type GameState, type PlayerView } from '../../src/game/index.js';
import {
  api,
  bot,
  connectClient,
  createMatch,
  human,
  isOver,
  joinSeat,
  perTestServer,
  scriptedHuman,
  startTestServer,
  waitForClient,
  waitForMatch,
} from './seats-harness.js';

const t = perTestServer();

/** Moves in the stored log, by year: exactly one setPolicy and one submitOrder per order seat. */
function movesPerYear(log: LogEntry[]): Map<number, string[]> {
  const years = new Map<number, string[]>();
  let year = 1;
  for (const entry of log) {
    if (entry.action.type !== 'MAKE_MOVE') continue;
    const { type, playerID } = entry.action.payload;
    if (type === 'setPolicy' && (years.get(year)?.length ?? 0) > 0) year++;
    years.set(year, [...(years.get(year) ?? []), `${playerID}:${type}`]);
  }
  return years;
}

function expectOneMovePerSeatPerYear(log: LogEntry[], rounds: number): void {
  const years = movesPerYear(log);
  expect(years.size).toBe(rounds);
  for (const moves of years.values()) {
    expect(moves[0]).toBe('0:setPolicy');
    expect([...moves.slice(1)].sort()).toEqual(['1:submitOrder', '2:submitOrder', '3:submitOrder']);
  }
}

describe('server bots', () => {
  it('four bots play a match to the end, each seat acting once per year', async () => {
    t.running = await startTestServer(t.dir.path);
    const { matchID } = await createMatch(t.running.url, {
      scenario: 'sliding-scale',
      rounds: 4,
      seats: [bot('pragmatist'), bot('lobbyist'), bot('buyer'), bot('capacity-first')],
    });
    const final = await waitForMatch(t.running.server, matchID, isOver);
    expect(final.G.outcome).not.toBeNull();
    expectOneMovePerSeatPerYear(t.running.server.db.getLog(matchID), final.G.history.length);

    const info = await api(t.running.url, 'GET', `/api/matches/${matchID}`);
    expect(info.status).toBe(200);
    expect(info.body.gameover).toBe(true);
    expect(info.body.seats.map((seat: { kind: string; style: string }) => `${seat.kind}:${seat.style}`)).toEqual([
      'bot:pragmatist',
      'bot:lobbyist',
      'bot:buyer',
      'bot:capacity-first',
    ]);
    expect(info.body.seats[0].name).toBe('Pragmatist (bot)');
  });

  it('three bots and a person on a socket play to the end screen', async () => {
    t.running = await startTestServer(t.dir.path, { botDelayMs: 5 });
    const { matchID } = await createMatch(t.running.url, {
      scenario: 'embargo',
      rounds: 3,
      seats: [bot('hawk'), human, bot('self-reliant'), bot('price-war')],
    });
    const credentials = await joinSeat(t.running.url, matchID, '1', 'Ada');
    const client = connectClient(t.running.url, matchID, '1', credentials);
    t.cleanups.push(() => client.stop());
    const person = scriptedHuman(client, 'us-first', 'ada');

    const end = await waitForClient(client, (state) => state.ctx.gameover !== undefined, 40_000);
    expect(person.moves()).toBe(3);
    expect((end.G as unknown as PlayerView).viewer).toBe('nvidia');
    const final = await waitForMatch(t.running.server, matchID, isOver);
    expectOneMovePerSeatPerYear(t.running.server.db.getLog(matchID), 3);
    expect(final.G.history).toHaveLength(3);

    const info = await api(t.running.url, 'GET', `/api/matches/${matchID}`);
    expect(info.body.seats[1]).toEqual({ playerID: '1', seat: 'nvidia', name: 'Ada', kind: 'human', style: null, connected: true });
  });

  it('a bot is shown exactly its own seat\'s playerView, never another seat\'s secrets', async () => {
    const shown: Array<{ style: BotStyle; view: PlayerView }> = [];
    t.running = await startTestServer(t.dir.path, {
      decide: (style, view, random) => {
        shown.push({ style, view: structuredClone(view) });
        return botMove(style, view, random);
      },
    });
    const states: State<GameState>[] = [];
    t.cleanups.push(t.running.server.hub.onStateChange((_id, state) => states.push(structuredClone(state) as State<GameState>)));
    const { matchID } = await createMatch(t.running.url, {
      scenario: 'open-market',
      rounds: 3,
      seats: [bot('dealmaker'), bot('china-first'), bot('open-source'), bot('rnd-first')],
    });
    // The bots may have acted on the initial state before this line runs: take it from storage.
    const { initialState } = await t.running.server.db.fetch(matchID, { initialState: true });
    states.push(initialState as State<GameState>);
    await waitForMatch(t.running.server, matchID, isOver);

    expect(shown.length).toBeGreaterThanOrEqual(12);
    const seatsShown = new Set<string>();
    for (const { view } of shown) {
      expect(view.viewer).not.toBeNull();
      seatsShown.add(view.viewer!);
      expect(view).not.toHaveProperty('secret');
      const playerID = String(SEATS.indexOf(view.viewer!));
      // The view equals playerView(G, its own playerID) of one of the committed states.
      const matching = states.filter((state) => {
        try {
          expect(view).toEqual(playerView(state.G, playerID));
          return true;
        } catch {
          return false;
        }
      });
      expect(matching.length).toBeGreaterThan(0);
      // And it is not the unfiltered view of anything secret: only China may see smuggling.
      if (view.viewer !== 'china') expect(view.smuggledStock).toBeNull();
    }
    expect([...seatsShown].sort()).toEqual(['china', 'huawei', 'nvidia', 'usg']);
  });
});

/**
 * Secrets never reach another seat. For 200 seeded games of random legal play, at every state,
 * what boardgame.io's master would send to each seat and to a spectator (its own filter:
 * `getFilterPlayerView`, i.e. our playerView plus the redacted log) is searched for every secret
 * that viewer may not know: other seats' pending orders, China's uncaught smuggling, Huawei's
 * exact R&D progress, the deck. After game over everything is visible.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from 'boardgame.io';
import { getFilterPlayerView, ProcessGameConfig } from 'boardgame.io/dist/cjs/internal.js';
import {
  checkPolicy,
  ComputeRace,
  EVENT_IDS,
  ORDER_SEATS,
  playerView,
  SCENARIO_IDS,
  seatOf,
  type PlayerView,
  type Seat,
} from '../../src/game/index.js';
import { estimateProgress } from '../../src/game/view.js';
import { resolveYear } from '../../src/game/resolve.js';
import { canonical, expose, type Exposure } from './helpers/exposure.js';
import { enumerateChooser, playMatch, type Chooser, type MatchState } from './helpers/match.js';
import { fixedRandom, makeState, orders } from './helpers/fixture.js';

type Payload = { type: string; args: unknown[] };
const filter = getFilterPlayerView(ProcessGameConfig(ComputeRace)) as unknown as (playerID: string | null, payload: Payload) => Payload;

const VIEWERS = [null, '0', '1', '2', '3'] as const;
const EVENT_SET = new Set<string>(EVENT_IDS);

/** Random legal play, with a US Government that sometimes pays for intelligence. */
const chooser = (): Chooser => {
  const base = enumerateChooser(0.2);
  return (state, random) => {
    const action = base(state, random);
    if (action.move === 'setPolicy' && random() < 0.35) {
      const spy = { ...(action.args[0] as object), intelligence: true };
      if (checkPolicy(state.G, spy) === null) return { ...action, args: [spy] };
    }
    return action;
  };
};

/** What was exercised, so the test proves it looked at real secrets. */
const seen = { uncaughtSmuggling: 0, pendingOrders: 0, hiddenProgress: 0, intelligence: 0, futureCards: 0, gameOver: 0 };

/**
 * The secrets `viewerID` could find in what it was sent, as a list of problems. (Thousands of
 * views are checked: plain comparisons here, one assertion per state.)
 */
function leaks(state: MatchState, viewerID: string | null, view: PlayerView, log: LogEntry[] | undefined, exposure: Exposure): string[] {
  const G = state.G;
  const viewer: Seat | null = seatOf(viewerID);
  const problems: string[] = [];
  const fail = (what: string) => problems.push(`${viewer ?? 'spectator'} at state ${state._stateID}: ${what}`);

  if ('secret' in view) fail('the secret part of G');

  if (G.outcome !== null) {
    // After the game everything is visible.
    seen.gameOver += 1;
    if (view.smuggledStock !== G.secret.smuggledStock) fail('final smuggled stock hidden');
    if (!isDeepStrictEqual(view.smugglingLog, G.secret.smugglingLog)) fail('final smuggling log hidden');
    if (!isDeepStrictEqual(view.huaweiProgress, { value: G.secret.huaweiProgress, exact: true })) fail('final progress hidden');
    if (!isDeepStrictEqual(view.outcome, G.outcome)) fail('outcome');
    return problems;
  }

  // Pending orders: one's own only; of the others only that they were submitted.
  for (const seat of ORDER_SEATS) {
    const order = G.secret.orders[seat];
    if (view.submitted[seat] !== (order !== undefined)) fail(`submitted flag of ${seat}`);
    if (seat === viewer) {
      if (!isDeepStrictEqual(view.myOrder, order ?? null)) fail('own order missing');
    } else if (order) {
      // enumerate's candidates repeat, so this year's order may equal a revealed earlier one.
      const revealedBefore = G.history.some((r) => canonical(r.orders[seat]) === canonical(order));
      if (!revealedBefore) {
        seen.pendingOrders += 1;
        if (exposure.hasFlat(order)) fail(`${seat}'s pending order`);
      }
    }
  }
  for (const entry of log ?? []) {
    const { type, args, playerID } = entry.action.payload as { type: string; args: unknown; playerID: string };
    if (entry.action.type === 'MAKE_MOVE' && type === 'submitOrder' && playerID !== viewerID && args !== null) fail(`${seatOf(playerID)}'s order in the log`);
  }

  // Smuggling that was never caught: China's alone.
  if (viewer !== 'china') {
    if (view.smuggledStock !== null || view.smugglingLog !== null) fail('smuggling fields');
    if (G.secret.smuggledStock > 0 && exposure.hasNumber(G.secret.smuggledStock)) fail('smuggled stock');
    for (const attempt of G.secret.smugglingLog) {
      if (exposure.hasFlat(attempt)) fail('smuggling log entry');
      if (attempt.caught) continue;
      seen.uncaughtSmuggling += 1;
      const record = view.history.find((r) => r.year === attempt.year)!;
      if (record.orders.china.smuggling !== null) fail('uncaught smuggling spend in the record');
      if (record.summary.some((line) => /seized/i.test(line))) fail('uncaught smuggling in the summary');
    }
  }

  // Huawei's exact progress: China, Huawei, and the US Government only with intelligence bought
  // in this year's policy (once the year resolves, it is an estimate again).
  const progress = G.secret.huaweiProgress;
  const intelligence = viewer === 'usg' && G.policySet && G.policy.intelligence;
  if (viewer === 'china' || viewer === 'huawei' || intelligence) {
    if (intelligence) seen.intelligence += 1;
    if (!isDeepStrictEqual(view.huaweiProgress, { value: progress, exact: true })) fail('exact progress missing');
  } else {
    const expected = viewer === 'usg' ? { value: estimateProgress(progress), exact: false } : null;
    if (!isDeepStrictEqual(view.huaweiProgress, expected)) fail(`progress field ${JSON.stringify(view.huaweiProgress)}`);
    // Only a figure with decimals of its own can be told apart from the public numbers around it
    // (a scenario's starting 0.3 is public anyway).
    if (progress !== estimateProgress(progress) && Math.round(progress * 1000) !== progress * 1000) {
      seen.hiddenProgress += 1;
      if (exposure.hasNumber(progress)) fail('exact Huawei progress');
    }
  }

  // The deck: no card that has not been revealed.
  const revealed = new Set<string>([G.event!, ...G.history.map((r) => r.event)]);
  if (G.secret.deck.some((id) => !revealed.has(id))) seen.futureCards += 1;
  for (const s of exposure.strings()) if (EVENT_SET.has(s) && !revealed.has(s)) fail(`future card ${s}`);
  if (exposure.hasFlat(G.secret.deck)) fail('the deck');
  return problems;
}

/** What the master sends each viewer for `state`: an update (the last action's log) or a full sync. */
function sentTo(viewerID: string | null, state: MatchState, log: LogEntry[] | null) {
  const sent = log === null ? filter(viewerID, { type: 'update', args: ['m', state] }) : filter(viewerID, { type: 'sync', args: ['m', { state, log, filteredMetadata: [] }] });
  const body = sent.args[1] as MatchState | { state: MatchState; log: LogEntry[] };
  const filtered = 'G' in body ? body : body.state;
  const entries = 'G' in body ? (sent.args[2] as LogEntry[] | undefined) : body.log;
  return { all: sent.args, filtered, entries };
}

describe('secrets in 200 games', () => {
  it('no update or sync a seat or spectator receives holds another seat\'s secret', () => {
    for (let game = 0; game < 200; game++) {
      const scenario = SCENARIO_IDS[game % SCENARIO_IDS.length]!;
      const log: LogEntry[] = [];
      let previous: MatchState | null = null;
      const check = (state: MatchState, sync: boolean) => {
        const problems: string[] = [];
        for (const viewerID of VIEWERS) {
          // The whole transport payload is what reaches the seat: G, ctx, plugins and the log.
          const { all, filtered, entries } = sentTo(viewerID, state, sync ? log : null);
          if (filtered.plugins.random?.data !== undefined) problems.push('the random state');
          problems.push(...leaks(state, viewerID, filtered.G as unknown as PlayerView, entries, expose(all)));
        }
        expect(problems, `game ${game} (${scenario})`).toEqual([]);
      };
      playMatch(
        `secrets-${game}`,
        { scenario, rounds: 3 + (game % 6) },
        chooser(),
        (state) => {
          log.push(...(state.deltalog ?? []));
          check(state, false);
          // A (re)connecting seat gets the whole log: check it once before and once after the end.
          if (state.ctx.gameover && previous) check(previous, true);
          if (state.ctx.gameover) check(state, true);
          previous = state;
        },
        false,
      );
    }
    for (const [what, count] of Object.entries(seen)) expect(count, `no ${what} was ever tested`).toBeGreaterThan(0);
  }, 120_000);
});

describe('the log', () => {
  it('redacts an order\'s content for everyone but its author', () => {
    const { states } = playMatch('log-redaction', { scenario: '2026-h200', rounds: 3 });
    const orderState = states.find((s) => s.deltalog?.[0]?.action.payload.type === 'submitOrder' && !s.ctx.gameover)!;
    const author = orderState.deltalog![0]!.action.payload.playerID;
    for (const viewerID of VIEWERS) {
      const { entries } = sentTo(viewerID, orderState, null);
      const args = entries![0]!.action.payload.args;
      if (viewerID === author) expect(args).toEqual(orderState.deltalog![0]!.action.payload.args);
      else expect(args).toBeNull();
    }
  });

  it('does not redact the public policy', () => {
    const { states } = playMatch('log-policy', { scenario: '2026-h200', rounds: 3 });
    const policyState = states.find((s) => s.deltalog?.[0]?.action.payload.type === 'setPolicy')!;
    const { entries } = sentTo('2', policyState, null);
    expect(entries![0]!.action.payload.args).toEqual(policyState.deltalog![0]!.action.payload.args);
  });
});

describe('what a seat could work out from its view', () => {
  it('a non-China seat\'s view is the same whether or not China smuggled (uncaught)', () => {
    // Two worlds, equal but for $8B of uncaught smuggling. Everything the others may see must
    // match, or the difference tells them how much China smuggled.
    const world = (smuggling: number) => {
      const G = makeState({ policy: { enforcement: 0 } });
      const year = orders({ nvidia: { chinaShare: 50 }, china: { nvidiaSpend: 40, huaweiSpend: 3, huaweiSubsidy: 5, smuggling } });
      resolveYear(G, year, fixedRandom(0.99));
      return G;
    };
    const smuggled = world(8);
    const honest = world(0);
    expect(smuggled.secret.smuggledStock).toBeGreaterThan(0);
    for (const viewerID of ['0', '1', '3', null]) {
      expect(playerView(smuggled, viewerID), `viewer ${viewerID}`).toEqual(playerView(honest, viewerID));
    }
  });
});

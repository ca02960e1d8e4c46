/**
 * The engine's side of the worked example (docs/rules.md section 11): plays one bot game, then
 * replays its first year through boardgame.io's reducer to capture the state just before the
 * year resolves and the state just after. The hand computation in worked-example.ts is checked
 * against these with `Checker`.
 */
import { CreateGameReducer, InitializeGame, ProcessGameConfig } from 'boardgame.io/dist/cjs/internal.js';
import type { State } from 'boardgame.io';
import { playGame, type PlayedGame, type StylePlan } from '../../src/bots/play.js';
import { ComputeRace } from '../../src/game/game.js';
import { resolveYear } from '../../src/game/resolve.js';
import { initialState, parseSetup } from '../../src/game/setup.js';
import type { ScenarioId } from '../../src/game/scenarios.js';
import type { GameState, Orders, YearRecord } from '../../src/game/types.js';

export interface FirstYear {
  played: PlayedGame;
  /** The scenario's starting state (what setup produces, before the first news card). */
  G0: GameState;
  /** After the news and the policy, with NVIDIA's and China's orders in: the last order resolves it. */
  Gpre: GameState;
  /** Gpre after the year is resolved (the same resolution the game ran). */
  Gpost: GameState;
  orders: Orders;
  record: YearRecord;
  /** Whether this year's smuggling shipment was caught (false when there was none). */
  caught: boolean;
  /** Problems found while replaying (the replay must reproduce the game's record exactly). */
  problems: string[];
}

type Action = Parameters<ReturnType<typeof CreateGameReducer>>[1];

export function replayFirstYear(scenario: ScenarioId, seed: string, styles: StylePlan): FirstYear {
  const problems: string[] = [];
  const played = playGame({ scenario, seed, styles: { ...styles } });
  const parsed = parseSetup({ scenario });
  if (!parsed.ok) throw new Error(parsed.error);
  const G0 = initialState(parsed.value);
  const record = played.state.G.history[0];
  if (!record) throw new Error('The worked-example game resolved no year.');

  // The first year is four moves: the policy, then NVIDIA's, China's and Huawei's orders.
  const firstYear = played.actions.slice(0, 4);
  const last = firstYear[3];
  if (firstYear.length < 4 || last?.playerID !== '3') throw new Error('Expected the first year to end with Huawei\'s order.');
  const processed = ProcessGameConfig(ComputeRace);
  const reducer = CreateGameReducer({ game: processed, isClient: false });
  let state = InitializeGame({ game: { ...processed, seed }, numPlayers: 4, setupData: { scenario } }) as State<GameState>;
  for (const a of firstYear.slice(0, 3)) {
    state = reducer(state, { type: 'MAKE_MOVE', payload: { type: a.move, args: a.args, playerID: a.playerID } } as Action) as State<GameState>;
  }
  const Gpre = structuredClone(state.G);
  const orders = { ...Gpre.secret.orders, huawei: last.args[0] } as Orders;

  // Resolve a copy with the smuggling draw the game actually made (caught or not).
  const caught = played.state.G.secret.smugglingLog.find((s) => s.year === record.year)?.caught ?? false;
  const Gpost = structuredClone(Gpre);
  const replayed = resolveYear(Gpost, orders, { Number: () => (caught ? 0 : 0.999999) });
  if (JSON.stringify(replayed) !== JSON.stringify(record)) problems.push('the replayed resolution differs from the game record');
  return { played, G0, Gpre, Gpost, orders, record, caught, problems };
}

/** Compares a hand-computed figure with the engine's; the page prints ✓ or ✗ beside it. */
export class Checker {
  readonly problems: string[] = [];
  check = (label: string, mine: number, engine: number): string => {
    const ok = Math.abs(mine - engine) <= 1e-9 * Math.max(1, Math.abs(engine));
    if (!ok) this.problems.push(`${label}: hand ${mine} vs engine ${engine}`);
    return ok ? '✓' : '✗';
  };
}

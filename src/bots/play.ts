/**
 * Play complete games headlessly through boardgame.io's own reducer, every seat a bot that sees
 * only its seat's playerView. Used by the simulator, the pars, the benchmarks and the tests.
 * Node-only (imports boardgame.io's CommonJS internals): not exported from the bots index, which
 * the browser bundle uses.
 */
import { CreateGameReducer, InitializeGame, ProcessGameConfig } from 'boardgame.io/dist/cjs/internal.js';
import type { State } from 'boardgame.io';
import { ComputeRace, playerView, PLAYER_IDS, SEATS, type BySeat, type GameState, type Outcome, type ScenarioId } from '../game/index.js';
import { BOT_STYLES, botMove, type BotStyle } from './index.js';
import { pick, seededRandom } from './random.js';

export type StylePlan = BySeat<BotStyle>;

export interface PlayedAction {
  playerID: string;
  move: string;
  args: unknown[];
}

export interface PlayedGame {
  seed: string;
  styles: StylePlan;
  state: State<GameState>;
  outcome: Outcome;
  actions: PlayedAction[];
}

/** A random mix of styles, one per seat, drawn from the seed. */
export function mixedStyles(seed: string): StylePlan {
  const random = seededRandom(`styles:${seed}`);
  return {
    usg: pick(random, BOT_STYLES.usg),
    nvidia: pick(random, BOT_STYLES.nvidia),
    china: pick(random, BOT_STYLES.china),
    huawei: pick(random, BOT_STYLES.huawei),
  };
}

type Action = Parameters<ReturnType<typeof CreateGameReducer>>[1];

const PROCESSED = ProcessGameConfig(ComputeRace);
const reducer = CreateGameReducer({ game: PROCESSED, isClient: false });

export function playGame(options: { scenario: ScenarioId; seed: string; rounds?: number; styles?: StylePlan }): PlayedGame {
  const { scenario, seed } = options;
  const styles = options.styles ?? mixedStyles(seed);
  // The seed is read when a match is initialised, so one processed game serves every seed.
  const game = { ...PROCESSED, seed };
  let state = InitializeGame({
    game,
    numPlayers: 4,
    setupData: options.rounds === undefined ? { scenario } : { scenario, rounds: options.rounds },
  }) as State<GameState>;
  const actions: PlayedAction[] = [];
  // 12 rounds x 4 moves is the longest game; the bound only guards against a rules bug.
  for (let step = 0; step < 200 && !state.ctx.gameover; step++) {
    let moved = false;
    const active = state.ctx.activePlayers;
    for (const playerID of PLAYER_IDS) {
      if (active ? !active[playerID] : state.ctx.currentPlayer !== playerID) continue;
      const seat = SEATS[Number(playerID)]!;
      const view = playerView(state.G, playerID);
      const decision = botMove(styles[seat], view, seededRandom(`${seed}:${state._stateID}:${playerID}`));
      if (!decision) continue;
      const next = reducer(state, {
        type: 'MAKE_MOVE',
        payload: { type: decision.move, args: decision.args, playerID },
      } as Action) as State<GameState>;
      if (next._stateID === state._stateID) throw new Error(`Bot ${styles[seat]} made an illegal move: ${JSON.stringify(decision)}`);
      state = next;
      actions.push({ playerID, move: decision.move, args: decision.args });
      moved = true;
      break;
    }
    if (!moved) throw new Error(`No seat could move at stateID ${state._stateID} (phase ${state.ctx.phase}).`);
  }
  const outcome = state.ctx.gameover as Outcome | undefined;
  if (!outcome) throw new Error('The game did not end.');
  return { seed, styles, state, outcome, actions };
}

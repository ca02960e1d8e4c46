/**
 * Compute Race as a boardgame.io Game. The year: news (policy phase begins) → the US
 * Government's public policy → NVIDIA, China and Huawei order at the same time, in secret →
 * resolution when the last order is in (orders phase ends) → next year.
 */
import type { Game } from 'boardgame.io';
import { allOrdersIn, setPolicy, submitOrder } from './moves.js';
import { beginYear } from './news.js';
import { resolveYear, type RandomSource } from './resolve.js';
import { outcomeOf } from './scoring.js';
import { initialState, parseSetup } from './setup.js';
import { playerView } from './view.js';
import { enumerate } from './enumerate.js';
import { nextState, StateBefore } from './plain-state.js';
import { TENSION_CRISIS } from './params.js';
import type { GameState, Outcome } from './types.js';

export const GAME_NAME = 'compute-race';

/** The last order is in: resolve the year, then end the game or move on to the next year. */
function endYear(G: GameState, random: RandomSource): void {
  if (!allOrdersIn(G)) return;
  resolveYear(G, G.secret.orders, random);
  (G.secret as GameState['secret']).orders = {};
  // Reset here, not in the next phase's onBegin: boardgame.io checks the next phase's endIf
  // before it runs that phase's onBegin.
  G.policySet = false;
  if (G.meters.tension >= TENSION_CRISIS) G.outcome = outcomeOf(G, 'crisis');
  else if (G.round >= G.rounds) G.outcome = outcomeOf(G, 'complete');
  else G.round += 1;
}

/** USG is always the "current player"; in the orders phase the other three act in a stage. */
const usgTurns = { first: () => 0, next: () => 0 };

export const ComputeRace: Game<GameState> = {
  name: GAME_NAME,
  minPlayers: 4,
  maxPlayers: 4,
  // Moves and hooks read the plain state from before the call and return the next G.
  plugins: [StateBefore],

  setup: (_context, setupData) => {
    const parsed = parseSetup(setupData);
    if (!parsed.ok) throw new Error(parsed.error);
    return initialState(parsed.value);
  },

  validateSetupData: (setupData, numPlayers) => {
    if (numPlayers !== 4) return `Compute Race needs exactly 4 players (got ${numPlayers}).`;
    const parsed = parseSetup(setupData);
    return parsed.ok ? undefined : parsed.error;
  },

  playerView: ({ G, playerID }) => playerView(G, playerID) as unknown as GameState,

  phases: {
    policy: {
      start: true,
      onBegin: (context) => nextState(context, (G) => beginYear(G, context.random)),
      turn: { order: usgTurns },
      moves: { setPolicy: { move: setPolicy, client: false } },
      endIf: ({ G }) => G.policySet,
      next: 'orders',
    },
    orders: {
      turn: {
        order: usgTurns,
        activePlayers: { value: { '1': 'orders', '2': 'orders', '3': 'orders' } },
        stages: {
          orders: {
            moves: {
              submitOrder: {
                move: submitOrder,
                client: false,
                // Orders arrive at the same time: a second order must not be dropped as stale.
                ignoreStaleStateID: true,
                // The log shows that an order was made, never what, until the game is over.
                redact: ({ ctx }) => !ctx.gameover,
              },
            },
          },
        },
      },
      endIf: ({ G }) => allOrdersIn(G),
      onEnd: (context) => nextState(context, (G) => endYear(G, context.random)),
      next: 'policy',
    },
  },

  endIf: ({ G }): Outcome | undefined => G.outcome ?? undefined,

  ai: {
    enumerate: (G, ctx, playerID) => enumerate(G, ctx, playerID),
  },
};

/**
 * npm run bench:floor: boardgame.io's own cost for Compute Race's shape of game. The same flow as
 * src/game/game.ts (a policy phase with one move, an orders phase with a three-seat stage and
 * `ignoreStaleStateID`, resolution in the phase's onEnd, 8 years) over a trivial state, played
 * through the same reducer as `npm run bench`. What remains of a real game's time is ours: the
 * rules, the copying and freezing of a larger G, the views and the bots.
 */
import { CreateGameReducer, InitializeGame, ProcessGameConfig } from 'boardgame.io/dist/cjs/internal.js';
import type { Game, State } from 'boardgame.io';
import { parseArgs } from 'node:util';

interface FloorState {
  round: number;
  policySet: boolean;
  orders: Record<string, true>;
  over: boolean;
}

const ROUNDS = 8;
const usgTurns = { first: () => 0, next: () => 0 };

const FloorGame: Game<FloorState> = {
  name: 'floor',
  minPlayers: 4,
  maxPlayers: 4,
  setup: () => ({ round: 1, policySet: false, orders: {}, over: false }),
  phases: {
    policy: {
      start: true,
      turn: { order: usgTurns },
      moves: { setPolicy: { move: ({ G }) => void (G.policySet = true), client: false } },
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
                move: ({ G, playerID }) => void (G.orders[playerID] = true),
                client: false,
                ignoreStaleStateID: true,
                redact: ({ ctx }) => !ctx.gameover,
              },
            },
          },
        },
      },
      endIf: ({ G }) => Object.keys(G.orders).length === 3,
      onEnd: ({ G }) => {
        G.orders = {};
        G.policySet = false;
        if (G.round >= ROUNDS) G.over = true;
        else G.round += 1;
      },
      next: 'policy',
    },
  },
  endIf: ({ G }) => (G.over ? { reason: 'complete' } : undefined),
};

type Action = Parameters<ReturnType<typeof CreateGameReducer>>[1];
const PROCESSED = ProcessGameConfig(FloorGame);
const reducer = CreateGameReducer({ game: PROCESSED, isClient: false });

/** One game: the US Government's move, then the three orders, every year. Returns its moves. */
function playFloorGame(seed: string): number {
  let state = InitializeGame({ game: { ...PROCESSED, seed }, numPlayers: 4 }) as State<FloorState>;
  let moves = 0;
  while (!state.ctx.gameover) {
    const active = state.ctx.activePlayers;
    const playerID = active ? ['1', '2', '3'].find((id) => active[id] && !state.G.orders[id])! : '0';
    const type = active ? 'submitOrder' : 'setPolicy';
    state = reducer(state, { type: 'MAKE_MOVE', payload: { type, args: [], playerID } } as Action) as State<FloorState>;
    moves += 1;
  }
  return moves;
}

const { values } = parseArgs({ options: { games: { type: 'string', default: '10000' } } });
const games = Number(values.games);
if (!Number.isInteger(games) || games < 1) {
  console.error('bench:floor: --games N (a whole number)');
  process.exit(2);
}
for (let i = 0; i < 50; i++) playFloorGame(`warmup:${i}`);
const started = process.hrtime.bigint();
let moves = 0;
for (let i = 0; i < games; i++) moves += playFloorGame(`floor:${i}`);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log('| games | seconds | games/s | moves/s | ms/game |');
console.log('|---|---|---|---|---|');
console.log(`| ${games} | ${seconds.toFixed(1)} | ${(games / seconds).toFixed(0)} | ${(moves / seconds).toFixed(0)} | ${((seconds * 1000) / games).toFixed(2)} |`);

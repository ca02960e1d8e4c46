import { InitializeGame, CreateGameReducer, ProcessGameConfig } from 'boardgame.io/dist/cjs/internal.js';
import { ComputeRace } from '../src/game/index.ts';
import { enumerate } from '../src/game/enumerate.ts';
const game = ProcessGameConfig({ ...ComputeRace, seed: 'abc' } as any);
let state = InitializeGame({ game, numPlayers: 4, setupData: { scenario: '2026-h200' } });
const reducer = CreateGameReducer({ game, isClient: false });
const t0 = performance.now();
let n = 0;
while (!state.ctx.gameover && n < 200) {
  const players = state.ctx.activePlayers ? Object.keys(state.ctx.activePlayers) : [state.ctx.currentPlayer];
  for (const p of players) {
    const choices = enumerate(state.G, state.ctx as any, p);
    if (!choices.length) continue;
    const c = choices[n % choices.length]!;
    state = reducer(state, { type: 'MAKE_MOVE', payload: { type: c.move, args: c.args, playerID: p } } as any);
    n++;
  }
}
console.log(n, performance.now() - t0, JSON.stringify(state.ctx.gameover, null, 1).slice(0, 800));
console.log(state.G.history.map((h: any) => h.summary.join(' ')).join('\n'));

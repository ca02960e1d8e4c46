import { createRequire } from 'node:module';
import type * as BoardgameInternal from 'boardgame.io/internal';
import type { ActionShape, State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { defaultMoveFor, seatsYetToAct } from '../../server/seats/default-moves.js';
import { ComputeRace, explainRejection, type GameState } from '../../src/game/index.js';

const { CreateGameReducer, InitializeGame, ProcessGameConfig } = createRequire(import.meta.url)(
  'boardgame.io/dist/cjs/internal.js',
) as typeof BoardgameInternal;

const game = ProcessGameConfig(ComputeRace);
const reducer = CreateGameReducer({ game });

function play(state: State<GameState>, playerID: string): State<GameState> {
  const { move, args } = defaultMoveFor(state.G, playerID);
  expect(explainRejection(state.G, state.ctx, playerID, move, args)).toBeNull();
  const action = { type: 'MAKE_MOVE', payload: { type: move, args, playerID } } as ActionShape.MakeMove;
  const next = reducer(state, action) as State<GameState>;
  expect(next._stateID).toBe(state._stateID + 1);
  return next;
}

describe('timer default moves', () => {
  it.each(['2026-h200', 'embargo', 'sliding-scale', 'open-market', 'collaboration'] as const)(
    'play a whole %s game by themselves, with the right seats pending at each step',
    (scenario) => {
      let state = InitializeGame({ game: { ...game, seed: scenario }, numPlayers: 4, setupData: { scenario } }) as State<GameState>;
      let years = 0;
      while (state.ctx.gameover === undefined) {
        expect(state.ctx.phase).toBe('policy');
        expect(seatsYetToAct(state)).toEqual(['0']);
        state = play(state, '0');
        expect(state.ctx.phase).toBe('orders');
        expect(seatsYetToAct(state)).toEqual(['1', '2', '3']);
        state = play(state, '2');
        expect(seatsYetToAct(state)).toEqual(['1', '3']);
        state = play(state, '1');
        expect(seatsYetToAct(state)).toEqual(['3']);
        state = play(state, '3');
        years++;
      }
      expect(years).toBeGreaterThanOrEqual(1);
      expect(seatsYetToAct(state)).toEqual([]);
    },
  );

  it('knows no seat outside 0-3', () => {
    const state = InitializeGame({ game, numPlayers: 4 }) as State<GameState>;
    expect(() => defaultMoveFor(state.G, '7')).toThrow(/No seat/);
  });
});

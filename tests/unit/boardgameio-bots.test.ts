/**
 * `ai.enumerate` lets boardgame.io's own bots play any seat: RandomBot and MCTSBot, asked for a
 * move for a seat that may act, answer with an action the reducer accepts, through whole games.
 *
 * The seat to ask is chosen here, not by boardgame.io's `Simulate`: its drivers always ask the
 * lowest-numbered active player, and in the orders phase a seat that has ordered stays active (it
 * may revise until the last order is in), so `Simulate` would have NVIDIA revise for ever.
 */
import { describe, expect, it } from 'vitest';
import { MCTSBot, RandomBot } from 'boardgame.io/dist/cjs/ai.js';
import { ProcessGameConfig } from 'boardgame.io/dist/cjs/internal.js';
import type { ActionShape } from 'boardgame.io';
import { ComputeRace, enumerate, SCENARIO_IDS } from '../../src/game/index.js';
import { newMatch, playersStillToAct, send, type MatchState } from './helpers/match.js';

type AnyBot = { play(state: MatchState, playerID: string): Promise<{ action?: ActionShape.MakeMove }> };

async function playWith(state: MatchState, botFor: (playerID: string) => AnyBot): Promise<{ state: MatchState; moves: number }> {
  let moves = 0;
  while (!state.ctx.gameover) {
    // The policy's author, else the first seat still to order.
    const playerID = playersStillToAct(state)[0]!;
    const { action } = await botFor(playerID).play(state, playerID);
    expect(action, `a move for player ${playerID} in the ${state.ctx.phase} phase`).toBeDefined();
    const step = send(state, playerID, action!.payload.type, action!.payload.args as unknown[]);
    expect(step.error, `boardgame.io accepted ${action!.payload.type} from ${playerID}`).toBeNull();
    expect(step.state._stateID).toBe(state._stateID + 1);
    state = step.state;
    moves += 1;
  }
  return { state, moves };
}

describe("boardgame.io's bots", () => {
  it.each(SCENARIO_IDS)('RandomBot plays all four seats to the end of a game (%s)', async (scenario) => {
    const bot = new RandomBot({ enumerate, seed: `random:${scenario}` });
    const { state, moves } = await playWith(newMatch(`random:${scenario}`, { scenario }), () => bot as unknown as AnyBot);
    expect(state.ctx.gameover).toMatchObject({ reason: expect.stringMatching(/^(complete|crisis)$/) });
    expect(moves % 4).toBe(0);
  });

  it('MCTSBot plays each seat (the others RandomBot) to the end of a game', async () => {
    const game = ProcessGameConfig(ComputeRace);
    for (const seatID of ['0', '1', '2', '3']) {
      const mcts = new MCTSBot({ enumerate, game, seed: `mcts:${seatID}`, iterations: 12, playoutDepth: 8 });
      const random = new RandomBot({ enumerate, seed: `others:${seatID}` });
      const asked: string[] = [];
      const { state } = await playWith(newMatch(`mcts:${seatID}`, { scenario: 'embargo', rounds: 3 }), (playerID) => {
        asked.push(playerID);
        return (playerID === seatID ? mcts : random) as unknown as AnyBot;
      });
      expect(state.ctx.gameover).toBeDefined();
      expect(asked.filter((id) => id === seatID)).toHaveLength(3);
    }
  });

  it('enumerate offers a seat nothing when it may not act', () => {
    const state = newMatch('idle', {});
    expect(state.ctx.phase).toBe('policy');
    for (const playerID of ['1', '2', '3']) expect(enumerate(state.G, state.ctx, playerID)).toEqual([]);
    expect(enumerate(state.G, state.ctx, '0').length).toBeGreaterThan(1);
  });
});

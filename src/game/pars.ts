/**
 * Pars and bases, per scenario and seat, from the balance simulation (`npm run pars` rewrites
 * pars.json). A seat's final raw score is its points plus its base; its score is raw / par, so
 * 1.00 = par. The base evens out how much the four objectives swing from game to game (a seat
 * whose points vary wildly would otherwise win or lose far more often); the par is the mean raw
 * score of that seat in the simulation. Games shorter or longer than the scenario's default
 * scale both by the number of rounds.
 */
import { bySeat, type BySeat } from './seats.js';
import { SCENARIOS, type ScenarioId } from './scenarios.js';
import PARS from './pars.json' with { type: 'json' };

export interface SeatPar {
  par: number;
  base: number;
}

export type ParTable = Record<ScenarioId, BySeat<SeatPar>>;

export const PAR_TABLE = PARS as ParTable;

export function parsFor(scenario: ScenarioId, rounds: number): BySeat<SeatPar> {
  const scale = rounds / SCENARIOS[scenario].rounds;
  return bySeat((seat) => {
    const { par, base } = PAR_TABLE[scenario][seat];
    return { par: Math.max(1, par * scale), base: base * scale };
  });
}

/**
 * Batch simulation: N seeded games with a mixed bot population, and the statistics the balance
 * targets are stated in (per seat: mean score/par, spread, win rate; crisis rate; style shares
 * of wins; lever usage among winners).
 */
import { SEATS, type BySeat, type Seat, type ScenarioId } from '../../src/game/index.js';
import { playGame, type PlayedGame } from '../../src/bots/play.js';
import type { BotStyle } from '../../src/bots/index.js';

export interface SeatStats {
  mean: number;
  sd: number;
  winRate: number;
  /** Mean raw score: the par this simulation suggests. */
  rawMean: number;
  /** Share of this seat's wins taken by each style. */
  styleWinShare: Partial<Record<BotStyle, number>>;
  /** How often each lever was used by this seat in the games it won. */
  leversAmongWinners: Record<string, number>;
}

export interface SimulationReport {
  scenario: ScenarioId;
  games: number;
  seed: string;
  gamesPerSecond: number;
  crisisRate: number;
  seats: BySeat<SeatStats>;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

/** Lever usage for one seat in one game: the share of its orders that used each lever. */
function leverUse(game: PlayedGame, seat: Seat): Record<string, number> {
  const playerID = String(SEATS.indexOf(seat));
  const orders = game.actions.filter((a) => a.playerID === playerID).map((a) => a.args[0] as Record<string, unknown>);
  const share = (test: (o: Record<string, unknown>) => boolean) => (orders.length ? orders.filter(test).length / orders.length : 0);
  switch (seat) {
    case 'usg':
      return {
        'tier=embargo': share((o) => o.tier === 'embargo'),
        'tier=compliant': share((o) => o.tier === 'compliant'),
        'tier=previous-gen': share((o) => o.tier === 'previous-gen'),
        'tier=open': share((o) => o.tier === 'open'),
        'volume cap': share((o) => o.volumeCap !== null),
        'licence fee': share((o) => (o.licenseFee as number) > 0),
        'chip security': share((o) => o.chipSecurity === true),
        enforcement: share((o) => (o.enforcement as number) > 0),
        'fab subsidy': share((o) => (o.fabSubsidy as number) > 0),
        'energy subsidy': share((o) => (o.energySubsidy as number) > 0),
        'stance=hawk': share((o) => o.stance === 'hawk'),
        'stance=collaborate': share((o) => o.stance === 'collaborate'),
        intelligence: share((o) => o.intelligence === true),
      };
    case 'nvidia':
      return {
        'china share>0': share((o) => (o.chinaShare as number) > 0),
        'china price>100': share((o) => (o.chinaPrice as number) > 100),
        lobbying: share((o) => (o.lobbying as number) > 0),
        'r&d': share((o) => (o.rnd as number) > 0),
        'compliant design': share((o) => o.compliantDesign === true),
      };
    case 'china':
      return {
        'buy nvidia': share((o) => (o.nvidiaSpend as number) > 0),
        'buy huawei': share((o) => (o.huaweiSpend as number) > 0),
        subsidy: share((o) => (o.huaweiSubsidy as number) > 0),
        mandate: share((o) => (o.mandate as number) > 0),
        'open weights': share((o) => o.openWeights !== 'none'),
        smuggling: share((o) => (o.smuggling as number) > 0),
        boycott: share((o) => o.boycott === true),
        'stance=collaborate': share((o) => o.stance === 'collaborate'),
        'stance=hawk': share((o) => o.stance === 'hawk'),
      };
    case 'huawei':
      return {
        'r&d': share((o) => (o.rnd as number) > 0),
        capacity: share((o) => (o.capacity as number) > 0),
        'price<15': share((o) => (o.price as number) < 15),
        aggregation: share((o) => o.aggregation === true),
      };
  }
}

export function simulate(options: { scenario: ScenarioId; games: number; seed: string; rounds?: number }): SimulationReport {
  const started = performance.now();
  const played: PlayedGame[] = [];
  for (let i = 0; i < options.games; i++) {
    played.push(playGame({ scenario: options.scenario, seed: `${options.seed}:${i}`, rounds: options.rounds }));
  }
  const seconds = (performance.now() - started) / 1000;
  const seats = {} as BySeat<SeatStats>;
  for (const seat of SEATS) {
    const scores = played.map((g) => g.outcome.scores[seat].score);
    const won = played.filter((g) => g.outcome.winner === seat);
    const styleWinShare: Partial<Record<BotStyle, number>> = {};
    for (const g of won) styleWinShare[g.styles[seat]] = (styleWinShare[g.styles[seat]] ?? 0) + 1 / won.length;
    const levers: Record<string, number> = {};
    for (const g of won) for (const [k, v] of Object.entries(leverUse(g, seat))) levers[k] = (levers[k] ?? 0) + v / won.length;
    seats[seat] = {
      mean: mean(scores),
      sd: sd(scores),
      winRate: won.length / played.length,
      rawMean: mean(played.map((g) => g.outcome.scores[seat].raw)),
      styleWinShare,
      leversAmongWinners: levers,
    };
  }
  return {
    scenario: options.scenario,
    games: options.games,
    seed: options.seed,
    gamesPerSecond: options.games / seconds,
    crisisRate: played.filter((g) => g.outcome.reason === 'crisis').length / played.length,
    seats,
  };
}

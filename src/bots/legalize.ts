/**
 * Bots write the order they want; these helpers bend it into a legal one using the same checks
 * as the moves, so a bot never sends an order the rules would refuse.
 */
import { checkPolicy, CHECK_ORDER, defaultPolicy, DEFAULT_ORDER, SCENARIOS } from '../game/index.js';
import type { GameState, OrderSeat, Orders, Policy, PlayerView } from '../game/index.js';

/** The checks read only public fields, all present in a player's view. */
const asState = (view: PlayerView) => view as unknown as GameState;

const floor1 = (x: number) => Math.floor(Math.max(0, x) * 10) / 10;

export function legalPolicy(view: PlayerView, wanted: Policy): Policy {
  const G = asState(view);
  const locks = SCENARIOS[view.scenario].locks;
  const p: Policy = { ...wanted };
  if (!locks.tiers.includes(p.tier)) p.tier = locks.tiers.includes(view.policy.tier) ? view.policy.tier : locks.tiers[0]!;
  if (!locks.volumeCaps.includes(p.volumeCap)) p.volumeCap = locks.volumeCaps[0]!;
  if (!locks.fees.includes(p.licenseFee)) p.licenseFee = locks.fees[0]!;
  if (!locks.chipSecurity.includes(p.chipSecurity)) p.chipSecurity = locks.chipSecurity[0]!;
  p.enforcement = Math.round(Math.min(3, Math.max(0, p.enforcement)));
  const budget = Math.max(0, view.economy.usgBudget);
  const spend = p.fabSubsidy + p.energySubsidy;
  if (spend > budget) {
    const scale = budget / spend;
    p.fabSubsidy = floor1(p.fabSubsidy * scale);
    p.energySubsidy = floor1(p.energySubsidy * scale);
  }
  // Too dear in political capital: drop the cheapest extras first, then the tightening itself.
  const relaxations: ((q: Policy) => void)[] = [
    (q) => (q.intelligence = false),
    (q) => (q.stance = q.stance === 'collaborate' ? 'neutral' : q.stance),
    (q) => (q.enforcement = Math.max(0, q.enforcement - 1)),
    (q) => (q.chipSecurity = view.policy.chipSecurity && locks.chipSecurity.includes(view.policy.chipSecurity) ? true : q.chipSecurity && view.policy.chipSecurity),
    (q) => (q.volumeCap = locks.volumeCaps.includes(view.policy.volumeCap) ? view.policy.volumeCap : q.volumeCap),
    (q) => (q.tier = locks.tiers.includes(view.policy.tier) ? view.policy.tier : q.tier),
    (q) => (q.enforcement = 0),
  ];
  for (const relax of relaxations) {
    if (checkPolicy(G, p) === null) return p;
    relax(p);
  }
  return checkPolicy(G, p) === null ? p : defaultPolicy(G);
}

export function legalOrder<S extends OrderSeat>(view: PlayerView, seat: S, wanted: Orders[S]): Orders[S] {
  const G = asState(view);
  if (CHECK_ORDER[seat](G, wanted) === null) return wanted;
  const fallback = DEFAULT_ORDER[seat](G);
  return CHECK_ORDER[seat](G, fallback) === null ? fallback : wanted;
}

export { floor1 };

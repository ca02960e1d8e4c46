/**
 * The two moves, thin wrappers over the shared checks: `check ?? apply`. Rejected moves return
 * boardgame.io's INVALID_MOVE and leave G untouched; `explainRejection` gives the same decision
 * as a reason the acting player can be shown (the server sends it to that seat only).
 */
import type { Ctx } from 'boardgame.io';
import { CHECK_ORDER, checkPolicy, PolicySchema, policyCapitalCost, tighteningSteps } from './orders.js';
import { reject, type Rejection } from './rejection.js';
import { isOrderSeat, ORDER_SEATS, seatOf, type OrderSeat } from './seats.js';
import type { GameState, Orders, Policy } from './types.js';
import { TENSION } from './resolve.js';
import { ChinaOrderSchema, HuaweiOrderSchema, NvidiaOrderSchema } from './orders.js';

export const INVALID_MOVE = 'INVALID_MOVE' as const;
export const MOVE_NAMES = ['setPolicy', 'submitOrder'] as const;
export type MoveName = (typeof MOVE_NAMES)[number];

interface MoveContext {
  G: GameState;
  ctx: Pick<Ctx, 'phase' | 'currentPlayer' | 'activePlayers' | 'gameover'>;
  playerID: string;
}

const ORDER_SCHEMAS = { nvidia: NvidiaOrderSchema, china: ChinaOrderSchema, huawei: HuaweiOrderSchema } as const;

/** Who may act now, as a reason when `playerID` may not. */
function checkTurn(G: GameState, ctx: MoveContext['ctx'], playerID: string | null | undefined, move: string): Rejection | null {
  if (G.outcome || ctx.gameover) return reject('GAME_OVER', 'The game is over.');
  if (!(MOVE_NAMES as readonly string[]).includes(move)) return reject('UNKNOWN_MOVE', `There is no move called "${move}".`);
  const seat = seatOf(playerID);
  if (move === 'setPolicy') {
    if (seat !== 'usg') return reject('NOT_YOUR_TURN', 'Only the US Government sets the export policy.');
    if (ctx.phase !== 'policy') return reject('NOT_YOUR_TURN', "This year's policy is already set; wait for the orders.");
    return null;
  }
  if (!isOrderSeat(seat))
    return reject('NOT_YOUR_TURN', 'Only NVIDIA, China and Huawei submit orders.');
  if (ctx.phase !== 'orders') return reject('NOT_YOUR_TURN', 'Orders open once the US Government has set the policy.');
  return null;
}

export function explainRejection(
  G: GameState,
  ctx: MoveContext['ctx'],
  playerID: string | null | undefined,
  move: string,
  args: unknown[],
): Rejection | null {
  const turn = checkTurn(G, ctx, playerID, move);
  if (turn) return turn;
  if (args.length !== 1) return reject('BAD_SHAPE', `${move} takes exactly one argument.`);
  if (move === 'setPolicy') return checkPolicy(G, args[0]);
  const seat = seatOf(playerID) as OrderSeat;
  return CHECK_ORDER[seat](G, args[0]);
}

export function setPolicy({ G, ctx, playerID }: MoveContext, ...args: unknown[]) {
  if (explainRejection(G, ctx, playerID, 'setPolicy', args)) return INVALID_MOVE;
  const input = args[0];
  const policy = PolicySchema.parse(input) as Policy;
  const steps = tighteningSteps(G.policy, policy);
  G.meters.politicalCapital -= policyCapitalCost(G, policy);
  G.economy.usgBudget -= policy.fabSubsidy + policy.energySubsidy;
  G.modifiers.usgTightening = Math.min(TENSION.maxTightening, steps * TENSION.perTighteningStep);
  G.policy = policy;
  G.policySet = true;
}

/** An order may be revised until the last of the three is in; then the year resolves. */
export function submitOrder({ G, ctx, playerID }: MoveContext, ...args: unknown[]) {
  if (explainRejection(G, ctx, playerID, 'submitOrder', args)) return INVALID_MOVE;
  const input = args[0];
  const seat = seatOf(playerID) as OrderSeat;
  (G.secret.orders as Partial<Orders>)[seat] = ORDER_SCHEMAS[seat].parse(input) as never;
}

export const allOrdersIn = (G: GameState): G is GameState & { secret: { orders: Orders } } =>
  ORDER_SEATS.every((seat) => G.secret.orders[seat] !== undefined);

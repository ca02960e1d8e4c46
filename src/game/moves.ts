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
import { stateBefore } from './plain-state.js';
import { ChinaOrderSchema, HuaweiOrderSchema, NvidiaOrderSchema } from './orders.js';

export const INVALID_MOVE = 'INVALID_MOVE' as const;
export const MOVE_NAMES = ['setPolicy', 'submitOrder'] as const;
export type MoveName = (typeof MOVE_NAMES)[number];

/** G itself is immer's draft; the moves read `stateBefore` and return the next G (plain-state.ts). */
interface MoveContext {
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

export function setPolicy(context: MoveContext, ...args: unknown[]) {
  const G = stateBefore(context);
  if (explainRejection(G, context.ctx, context.playerID, 'setPolicy', args)) return INVALID_MOVE;
  const policy = PolicySchema.parse(args[0]) as Policy;
  const tightening = tighteningSteps(G.policy, policy) * TENSION.perTighteningStep;
  return {
    ...G,
    meters: { ...G.meters, politicalCapital: G.meters.politicalCapital - policyCapitalCost(G, policy) },
    economy: { ...G.economy, usgBudget: G.economy.usgBudget - policy.fabSubsidy - policy.energySubsidy },
    modifiers: { ...G.modifiers, usgTightening: Math.min(TENSION.maxTightening, tightening) },
    policy,
    policySet: true,
  } satisfies GameState;
}

/** An order may be revised until the last of the three is in; then the year resolves. */
export function submitOrder(context: MoveContext, ...args: unknown[]) {
  const G = stateBefore(context);
  if (explainRejection(G, context.ctx, context.playerID, 'submitOrder', args)) return INVALID_MOVE;
  const seat = seatOf(context.playerID) as OrderSeat;
  const order = ORDER_SCHEMAS[seat].parse(args[0]);
  return { ...G, secret: { ...G.secret, orders: { ...G.secret.orders, [seat]: order } } } satisfies GameState;
}

export const allOrdersIn = (G: GameState): G is GameState & { secret: { orders: Orders } } =>
  ORDER_SEATS.every((seat) => G.secret.orders[seat] !== undefined);

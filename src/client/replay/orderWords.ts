/**
 * A move's arguments in words (src/record's describe functions), and whether the chosen view may
 * read them. The US Government's policy is public; an order is its seat's secret until the year
 * resolves (then the last order of each seat is revealed, a revision stays secret for good),
 * except in the all-seeing view and at the end.
 */
import { isOrderSeat, type ChinaOrder, type HuaweiOrder, type NvidiaOrder, type OrderSeat, type Policy } from '../../game/index.js';
import { describeChinaOrder, describeHuaweiOrder, describeNvidiaOrder, describePolicy, type RecordAction, type TableView } from '../../record/index.js';

export function describeOrder(seat: OrderSeat, order: unknown): string {
  // The record verified, so the rules accepted these arguments: they have the order's shape. A
  // revealed China order may carry smuggling null (never caught), which describeChinaOrder takes.
  if (seat === 'nvidia') return describeNvidiaOrder(order as NvidiaOrder);
  if (seat === 'china') return describeChinaOrder(order as ChinaOrder);
  return describeHuaweiOrder(order as HuaweiOrder);
}

export interface ActionDetails {
  text: string;
  /** Shown because the year's resolution revealed it (then China's smuggling only if caught). */
  revealed: boolean;
}

/**
 * The arguments of the action that led to a state, as the view of that state may read them; null
 * when they are secret from it. The action that resolves a year is followed by that year's
 * reveal: the view's history holds the orders as revealed.
 */
export function actionDetails(action: RecordAction, view: TableView): ActionDetails | null {
  const arg: unknown = action.args?.[0];
  if (arg === undefined) return null;
  if (action.move === 'setPolicy') return { text: describePolicy(arg as Policy), revealed: false };
  if (!isOrderSeat(action.seat)) return null;
  if ('allSeeing' in view || view.outcome !== null || view.viewer === action.seat) return { text: describeOrder(action.seat, arg), revealed: false };
  const resolved = view.history.find((h) => h.year === action.year);
  return resolved ? { text: describeOrder(action.seat, resolved.orders[action.seat]), revealed: true } : null;
}

/**
 * This year's policy and orders at this point, as the chosen view saw them: the all-seeing view
 * reads every pending order (the secrets of the record), a seat reads its own and only knows
 * whether the others are in, a spectator knows only who has ordered.
 */
import { ORDER_SEATS, SEAT_NAMES, type OrderSeat, type PlayerView } from '../../game/index.js';
import { describePolicy, type TableView } from '../../record/index.js';
import { describeOrder } from './orderWords.js';

const isAllSeeing = (view: TableView): view is Extract<TableView, { allSeeing: true }> => 'allSeeing' in view;

function orderLine(view: TableView, seat: OrderSeat): { text: string; secret: boolean } {
  if (isAllSeeing(view)) {
    const order = view.secret.orders[seat];
    return order ? { text: describeOrder(seat, order), secret: false } : { text: 'no order yet', secret: false };
  }
  if (view.viewer === seat && view.myOrder) return { text: describeOrder(seat, view.myOrder), secret: false };
  return { text: view.submitted[seat] ? 'order in — secret from this view until the year resolves' : 'no order yet', secret: view.submitted[seat] };
}

export function PendingOrders({ view }: { view: TableView }) {
  const plain: PlayerView = view;
  return (
    <section className="pending-orders" aria-labelledby="pending-orders-title" data-testid="pending-orders">
      <h2 id="pending-orders-title">This year's moves {isAllSeeing(view) ? '(all-seeing: secrets shown)' : 'as this view saw them'}</h2>
      <dl>
        <div className="pending-orders__row">
          <dt>{SEAT_NAMES.usg}</dt>
          <dd data-testid="pending-usg">{plain.policySet ? describePolicy(plain.policy) : 'not set yet (last year’s policy is in force)'}</dd>
        </div>
        {ORDER_SEATS.map((seat) => {
          const line = orderLine(view, seat);
          return (
            <div key={seat} className="pending-orders__row">
              <dt>{SEAT_NAMES[seat]}</dt>
              <dd data-testid={`pending-${seat}`} className={line.secret ? 'pending-orders__secret' : undefined}>
                {line.text}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

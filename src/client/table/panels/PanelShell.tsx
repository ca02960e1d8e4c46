/**
 * The frame every order panel shares: the seat's name and emblem, the state of its order
 * (to do, sending, submitted, changed since submitting), the live check of the rules with its
 * reason, the purse, and the one button that sends the order.
 */
import type { FormEvent, ReactNode } from 'react';
import type { Seat } from '../../../game/index.js';
import { SeatEmblem } from '../SeatEmblem.js';

export type OrderStatus = 'todo' | 'sending' | 'submitted' | 'changed' | 'waiting' | 'done';

const STATUS_TEXT: Record<OrderStatus, string> = {
  todo: 'Not submitted yet',
  sending: 'Sending…',
  submitted: 'Submitted ✓ — you can revise it until everyone is in',
  changed: 'Submitted earlier; your changes are not sent yet',
  waiting: 'Not your move yet',
  done: 'Done for this year ✓',
};

export interface PanelShellProps {
  seat: Seat;
  title: string;
  intro: string;
  status: OrderStatus;
  /** The rules' reason why the order as drafted would be refused, or null. */
  problem: string | null;
  purse: ReactNode;
  submitLabel: string;
  canSubmit: boolean;
  onSubmit: () => void;
  children: ReactNode;
}

export function PanelShell(props: PanelShellProps) {
  const { seat, title, intro, status, problem, purse, submitLabel, canSubmit, onSubmit, children } = props;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className={`order-panel order-panel--${seat}`} onSubmit={submit} aria-labelledby="order-panel-title" noValidate>
      <header className="order-panel__head">
        <SeatEmblem seat={seat} size={40} />
        <div>
          <h2 id="order-panel-title" tabIndex={-1}>
            {title}
          </h2>
          <p className="order-panel__intro">{intro}</p>
        </div>
        <p className={`order-status order-status--${status}`} data-testid="order-status" role="status">
          {STATUS_TEXT[status]}
        </p>
      </header>
      <div className="order-panel__cards">{children}</div>
      <footer className="order-panel__foot">
        <div className="order-panel__purse">{purse}</div>
        <p className="order-panel__problem" aria-live="polite" data-testid="order-problem">
          {problem ? <>✗ Not allowed: {problem}</> : <>✓ The rules allow this order.</>}
        </p>
        <button type="submit" className="button button--primary" disabled={!canSubmit} data-testid="submit-order">
          {submitLabel}
        </button>
      </footer>
    </form>
  );
}

/** Where a seat's order stands, from the server's view and what this client has just sent. */
import type { OrderStatus } from './PanelShell.js';

export function orderStatus(opts: { myTurn: boolean; submitted: boolean; dirty: boolean; sending: boolean }): OrderStatus {
  if (opts.sending) return 'sending';
  if (!opts.myTurn) return opts.submitted ? 'submitted' : 'waiting';
  if (!opts.submitted) return 'todo';
  return opts.dirty ? 'changed' : 'submitted';
}

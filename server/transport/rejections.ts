/**
 * Codes of the `rejected` event beyond the game's own (explainRejection's BAD_SHAPE,
 * OUT_OF_RANGE, LEVER_LOCKED, OVER_BUDGET, NO_CAPITAL, NOT_YOUR_TURN, GAME_OVER, UNKNOWN_MOVE).
 * Each comes with a sentence the client can show as is.
 */
export const TRANSPORT_REJECTION_CODES = [
  /** Missing or wrong credentials for the seat, or a spectator trying to act. */
  'UNAUTHORIZED',
  'MATCH_NOT_FOUND',
  /** The move was made on an older state than the server's and this move cannot be late. */
  'STALE_STATE',
  /** An action type other than a move (UPDATE, RESET, PATCH, UNDO, GAME_EVENT, ...). */
  'ACTION_NOT_ALLOWED',
  /** The message does not have the protocol's shape. */
  'BAD_PAYLOAD',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  /** boardgame.io's Master did not apply the move for a reason our checks did not foresee. */
  'REFUSED',
  'SERVER_ERROR',
] as const;
export type TransportRejectionCode = (typeof TRANSPORT_REJECTION_CODES)[number];

export interface Refusal {
  ok: false;
  code: string;
  message: string;
}

export const refuse = (code: TransportRejectionCode, message: string): Refusal => ({ ok: false, code, message });

/** The `rejected` event's payload, sent to the acting socket only. */
export interface RejectedEvent {
  matchID: string | null;
  playerID: string | null;
  code: string;
  message: string;
}

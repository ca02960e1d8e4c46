/**
 * Expected failures are values, not exceptions: a rejected order carries a code for programs
 * and a sentence for the player.
 */
export const REJECTION_CODES = [
  'BAD_SHAPE',
  'OUT_OF_RANGE',
  'LEVER_LOCKED',
  'OVER_BUDGET',
  'NO_CAPITAL',
  'NOT_YOUR_TURN',
  'GAME_OVER',
  'UNKNOWN_MOVE',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export interface Rejection {
  code: RejectionCode;
  message: string;
}

export const reject = (code: RejectionCode, message: string): Rejection => ({ code, message });

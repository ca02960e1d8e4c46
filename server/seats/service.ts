/**
 * What other server plugins may ask of the seats layer, found through the server's storage (one
 * per running server): the records plugin creates "what if" matches exactly as POST /api/matches
 * does (same seats, bots, codes, host token and timer) and reads who held each seat.
 */
import type { CreateMatchBody } from './request-schemas.js';
import type { CreatedMatch, MatchStart } from './create-match.js';
import type { SeatController } from './store.js';

export interface SeatsService {
  /**
   * Creates a match like POST /api/matches; `start` makes it begin from a given state (a fork).
   * Its bots and timer wait for `start(matchID)`, so the caller can store what it must first.
   */
  createMatch(body: CreateMatchBody, start?: MatchStart): Promise<CreatedMatch>;
  /** A created match's bots and timer begin. */
  start(matchID: string): void;
  /** Who controls each seat, by playerID; null when the match was not created through /api. */
  controllers(matchID: string): readonly SeatController[] | null;
}

// Keyed by the server's storage object, so two servers in one process (tests) stay apart.
const services = new WeakMap<object, SeatsService>();

export function provideSeatsService(storage: object, service: SeatsService): void {
  services.set(storage, service);
}

/** The seats layer of the server using `storage`, or undefined when it has none. */
export function seatsServiceOf(storage: object): SeatsService | undefined {
  return services.get(storage);
}

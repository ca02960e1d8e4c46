/** A seat's emblem. Decorative: the seat's name is always written next to it. */
import type { Seat } from '../../game/index.js';
import { SEAT_ART } from '../ui/assets.js';

export function SeatEmblem({ seat, size = 32 }: { seat: Seat; size?: number }) {
  return <img className="seat-emblem" src={SEAT_ART[seat]} width={size} height={size} alt="" aria-hidden="true" />;
}

/**
 * The four seats. boardgame.io knows players by string IDs '0'..'3'; the rules speak of seats.
 * Everything keyed by seat uses `BySeat<T>`.
 */
export const SEATS = ['usg', 'nvidia', 'china', 'huawei'] as const;
export type Seat = (typeof SEATS)[number];
export type BySeat<T> = { [S in Seat]: T };

/** The three seats that order at the same time, in secret. */
export const ORDER_SEATS = ['nvidia', 'china', 'huawei'] as const;
export type OrderSeat = (typeof ORDER_SEATS)[number];

export const isOrderSeat = (seat: string | null | undefined): seat is OrderSeat => (ORDER_SEATS as readonly unknown[]).includes(seat);

/** The two capitals: only their own choices (stances, tightening, releases...) push tension. */
export const CAPITALS = ['usg', 'china'] as const satisfies readonly Seat[];
export type Capital = (typeof CAPITALS)[number];

export const PLAYER_IDS = ['0', '1', '2', '3'] as const;
export type PlayerID = (typeof PLAYER_IDS)[number];

export const SEAT_NAMES: BySeat<string> = {
  usg: 'US Government',
  nvidia: 'NVIDIA',
  china: 'China',
  huawei: 'Huawei',
};

/** The two blocs whose stock K is on the board. */
export const BLOCS = ['us', 'cn'] as const;
export type Bloc = (typeof BLOCS)[number];
export const SEAT_BLOC: BySeat<Bloc> = { usg: 'us', nvidia: 'us', china: 'cn', huawei: 'cn' };

export function seatOf(playerID: string | null | undefined): Seat | null {
  const index = PLAYER_IDS.indexOf(playerID as PlayerID);
  return index < 0 ? null : SEATS[index]!;
}

export function playerIDOf(seat: Seat): PlayerID {
  return PLAYER_IDS[SEATS.indexOf(seat)]!;
}

export function bySeat<T>(make: (seat: Seat) => T): BySeat<T> {
  return { usg: make('usg'), nvidia: make('nvidia'), china: make('china'), huawei: make('huawei') };
}

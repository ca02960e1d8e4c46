/**
 * The rules' checks take a GameState; the client holds a PlayerView, which is the same state
 * with the secrets removed. The checks the client calls (policy and order checks, costs,
 * defaults, K) read only public fields, so the view stands in for the state.
 */
import type { GameState, PlayerView } from '../../game/index.js';

export const asState = (view: PlayerView): GameState => view as unknown as GameState;

/** The calendar year being played. */
export const yearOf = (view: Pick<PlayerView, 'startYear' | 'round'>) => view.startYear + view.round - 1;

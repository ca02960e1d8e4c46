/**
 * Our moves and hooks work on plain state, not on immer drafts.
 *
 * boardgame.io runs every move and hook inside immer's `produce`. For these rules that cost more
 * than the rules themselves: every read of G went through a proxy, and every object written was
 * first copied through its property descriptors (docs/benchmarks.md has the profile). So each
 * move and hook here reads the frozen G from before the call, which the `StateBefore` plugin hands
 * it (plugins wrap outside immer's own wrapper, so they see the plain state), changes a copy of the
 * parts the rules write, and returns that copy as the next G. Returning the next G is one of the
 * two styles boardgame.io documents; immer then only walks and freezes the new objects.
 */
import type { Plugin } from 'boardgame.io';
import type { GameState } from './types.js';

export interface WithStateBefore {
  /** G as it was before this move or hook: plain, and frozen by immer once any move or hook has
   * returned it (only the setup's own state, before the first year's news, is not). */
  stateBefore: GameState;
}

export const StateBefore: Plugin<unknown, unknown, GameState> = {
  name: 'state-before',
  fnWrap:
    (moveOrHook) =>
    (context, ...args) =>
      moveOrHook({ ...context, stateBefore: context.G } as typeof context, ...args),
};

/** The plain G from before this move or hook; fails loudly if the plugin is not installed. */
export function stateBefore(context: object): GameState {
  const G = (context as Partial<WithStateBefore>).stateBefore;
  if (G === undefined) throw new Error('Compute Race needs its state-before plugin (ComputeRace.plugins).');
  return G;
}

/**
 * A copy of G in which every object the rules write to is new. What the rules replace whole
 * (policy, outcome) or never change (baseline, past years' records) is shared with G; it stays
 * frozen, so a rule that wrote to it by mistake would throw instead of changing an earlier state.
 */
export function writableCopy(G: GameState): GameState {
  return {
    ...G,
    modifiers: { ...G.modifiers },
    us: { ...G.us },
    cn: { ...G.cn },
    meters: { ...G.meters },
    economy: { ...G.economy },
    points: { ...G.points },
    history: [...G.history],
    secret: {
      ...G.secret,
      orders: { ...G.secret.orders },
      smugglingLog: [...G.secret.smugglingLog],
      deck: [...G.secret.deck],
    },
  };
}

/** The next G: `change` applied to a writable copy of the state before this move or hook. */
export function nextState(context: object, change: (G: GameState) => void): GameState {
  const G = writableCopy(stateBefore(context));
  change(G);
  return G;
}

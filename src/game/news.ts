/**
 * The news step: the first year shuffles the scenario's deck with the match's seeded random
 * source (never at setup, whose state every client receives); each year reveals one card.
 */
import type { GameState } from './types.js';
import { EVENTS, type EventId } from './events.js';
import { SCENARIOS } from './scenarios.js';
import { NO_MODIFIERS } from './setup.js';

export interface ShuffleSource {
  Shuffle<T>(deck: T[]): T[];
}

function freshDeck(G: GameState, random: ShuffleSource): EventId[] {
  const scenario = SCENARIOS[G.scenario];
  const deck = random.Shuffle([...scenario.deck]);
  if (G.history.length === 0 && scenario.openingEvent) {
    const at = deck.indexOf(scenario.openingEvent);
    if (at >= 0) deck.splice(at, 1);
    deck.push(scenario.openingEvent); // the top of the deck is its end
  }
  return deck;
}

export function beginYear(G: GameState, random: ShuffleSource): void {
  if (G.outcome) return;
  if (G.secret.deck.length === 0) G.secret.deck = freshDeck(G, random);
  const id = G.secret.deck.pop()!;
  G.event = id;
  G.modifiers = { ...NO_MODIFIERS };
  G.policySet = false;
  G.secret.orders = {};
  EVENTS[id].apply(G);
}

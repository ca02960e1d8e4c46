/**
 * Who controls each seat of each /api match (cached from the store), and the seat credentials
 * the server uses when it acts for a seat (a bot's move, a timer's default order). Credentials
 * live only in boardgame.io's match metadata, where the lobby join put them; they are read
 * from there when needed, never copied, logged or returned.
 */
import type { BotStyle } from '../../src/bots/index.js';
import { newCredentials } from '../ids.js';
import { matchSeat, seatCredentials } from '../transport/credentials.js';
import type { MatchMetadataStore } from './hub-port.js';
import type { SeatController, SeatStore } from './store.js';

export interface BotSeat {
  readonly playerID: string;
  readonly style: BotStyle;
}

export class SeatDirectory {
  // null: the match exists but was not created through /api (no seats layer for it).
  private readonly cache = new Map<string, SeatController[] | null>();
  private readonly listeners = new Set<(matchID: string, playerID: string, controller: SeatController) => void>();
  // `${matchID}/${playerID}` → the seat's credentials as last read from the metadata. Saves a
  // metadata read per server move; dropped when a move is refused as unauthorized (the seat
  // changed hands through the lobby), when the seat's controller changes and when the match ends.
  private readonly credentialsCache = new Map<string, string>();

  constructor(
    private readonly store: SeatStore,
    private readonly storage: MatchMetadataStore,
  ) {}

  /** The controllers by playerID, or null when the seats layer does not manage this match. */
  controllers(matchID: string): readonly SeatController[] | null {
    let controllers = this.cache.get(matchID);
    if (controllers === undefined) {
      const stored = this.store.controllers(matchID);
      controllers = stored.length === 0 ? null : stored;
      this.cache.set(matchID, controllers);
    }
    return controllers;
  }

  manages(matchID: string): boolean {
    return this.controllers(matchID) !== null;
  }

  botSeats(matchID: string): BotSeat[] {
    const seats: BotSeat[] = [];
    this.controllers(matchID)?.forEach((controller, index) => {
      if (controller.kind === 'bot') seats.push({ playerID: String(index), style: controller.style });
    });
    return seats;
  }

  controller(matchID: string, playerID: string): SeatController | undefined {
    return this.controllers(matchID)?.[Number(playerID)];
  }

  setController(matchID: string, playerID: string, controller: SeatController): void {
    this.store.setController(matchID, playerID, controller);
    this.cache.delete(matchID);
    this.credentialsCache.delete(`${matchID}/${playerID}`);
    for (const listener of this.listeners) listener(matchID, playerID, controller);
  }

  onControllerChange(listener: (matchID: string, playerID: string, controller: SeatController) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A finished match's controllers are no longer needed in memory. */
  forget(matchID: string): void {
    this.cache.delete(matchID);
    for (const playerID of ['0', '1', '2', '3']) this.credentialsCache.delete(`${matchID}/${playerID}`);
  }

  /** The cached credentials were refused: read them afresh next time. */
  credentialsRefused(matchID: string, playerID: string): void {
    this.credentialsCache.delete(`${matchID}/${playerID}`);
  }

  /**
   * The seat's current credentials, from the match metadata. A seat nobody holds (its player
   * left through the lobby) gets fresh ones that only the server knows, so the server can still
   * act for it; a later lobby join replaces them as usual.
   */
  async credentials(matchID: string, playerID: string): Promise<string> {
    const key = `${matchID}/${playerID}`;
    const cached = this.credentialsCache.get(key);
    if (cached !== undefined) return cached;
    const { metadata } = await this.storage.fetch(matchID, { metadata: true });
    const player = matchSeat(metadata, playerID);
    if (!metadata || !player) throw new Error(`Match ${matchID} has no seat ${playerID}`);
    let credentials = seatCredentials(player);
    if (credentials === undefined) {
      credentials = player.credentials = newCredentials();
      await this.storage.setMetadata(matchID, metadata);
    }
    this.credentialsCache.set(key, credentials);
    return credentials;
  }
}

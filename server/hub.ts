/**
 * The match hub: the one door through which server-side code (bots, timers, seat handover)
 * watches matches and acts in them. It is implemented by the hardened transport, so a move
 * submitted here takes exactly the path of a move sent by a player's socket: credentials,
 * explainRejection, boardgame.io's Master, storage, then the filtered broadcast.
 */
import type { State } from 'boardgame.io';

export type MoveResult = { ok: true } | { ok: false; code: string; message: string };

export type StateListener = (matchID: string, state: State) => void;
export type ConnectionListener = (matchID: string, playerID: string, connected: boolean) => void;
export type SeatListener = (matchID: string, playerID: string) => void;
export type MatchListener = (matchID: string) => void;

export interface MatchHub {
  /**
   * After every committed state change of any match (players' and bots' moves alike). The state
   * is the full, unfiltered server state (secrets included): never send it to a client as is.
   * Returns a function that removes the listener.
   */
  onStateChange(listener: StateListener): () => void;
  /**
   * Apply a move as a seat through the same path as a socket client: credentials checked,
   * explainRejection, then boardgame.io's Master; connected clients get the update. Resolves
   * once the move is stored (or refused). Moves of one match are applied one at a time.
   */
  submit(matchID: string, playerID: string, credentials: string, move: string, args: unknown[]): Promise<MoveResult>;
  /** The full, unfiltered current state, or undefined for an unknown match. */
  fetchState(matchID: string): Promise<State | undefined>;
  /** Which playerIDs currently have a connected (synced, authenticated) socket in a match. */
  connected(matchID: string): Set<string>;
  /**
   * Called when a seat gains its first connected socket (true) or loses its last one (false).
   * Returns a function that removes the listener.
   */
  onConnectionChange(listener: ConnectionListener): () => void;
  /** A person took a seat through the Lobby's join (not yet connected, maybe never). */
  onSeatJoined(listener: SeatListener): () => void;
  /**
   * A match was removed from storage (the retention sweep, or the Lobby's leave of its last
   * player): a plugin drops what it keeps about it. Finished matches are never removed.
   */
  onMatchRemoved(listener: MatchListener): () => void;
}

/** A set of listeners whose failures are reported, never thrown into the caller. */
export class Listeners<A extends unknown[]> {
  private readonly listeners = new Set<(...args: A) => void>();

  constructor(private readonly onError: (error: unknown) => void) {}

  add(listener: (...args: A) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(...args: A): void {
    for (const listener of this.listeners) {
      try {
        listener(...args);
      } catch (error) {
        this.onError(error);
      }
    }
  }
}

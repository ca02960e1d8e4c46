/**
 * What the seats layer needs from the server core: the MatchHub (server/hub.ts) and the storage.
 * Declared narrowly so each part of this layer states exactly what it uses; the real MatchHub and
 * SqliteStorage satisfy these interfaces structurally.
 */
import type { Server, State } from 'boardgame.io';

export type MoveResult = { ok: true } | { ok: false; code: string; message: string };

export interface SeatsHub {
  onStateChange(listener: (matchID: string, state: State) => void): () => void;
  submit(matchID: string, playerID: string, credentials: string, move: string, args: unknown[]): Promise<MoveResult>;
  fetchState(matchID: string): Promise<State | undefined>;
  connected(matchID: string): Set<string>;
  onConnectionChange(listener: (matchID: string, playerID: string, connected: boolean) => void): () => void;
  onSeatJoined(listener: (matchID: string, playerID: string) => void): () => void;
  onMatchRemoved(listener: (matchID: string) => void): () => void;
}

/** The match storage calls this layer makes (boardgame.io StorageAPI.Async subset). */
export interface MatchMetadataStore {
  fetch(matchID: string, opts: { metadata: true }): Promise<{ metadata?: Server.MatchData }>;
  setMetadata(matchID: string, metadata: Server.MatchData): Promise<void>;
  createMatch(matchID: string, opts: { initialState: State; metadata: Server.MatchData }): Promise<void>;
}

/** Structured logger (pino-like): an object of fields, then a message. */
export interface SeatsLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

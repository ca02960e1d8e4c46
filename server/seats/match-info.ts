/**
 * The public description of an /api match (GET /api/matches/:matchID and the open list): seats
 * with who holds them and whether they are here, the timer, whether the game is over. Never any
 * credentials or the host token.
 */
import type { Server } from 'boardgame.io';
import { SEATS, type ScenarioId, type Seat } from '../../src/game/index.js';
import { matchSeat } from '../transport/credentials.js';
import type { MatchMetadataStore, SeatsHub } from './hub-port.js';
import type { SeatDirectory } from './seat-directory.js';
import type { SeatMatch, SeatStore } from './store.js';

export interface SeatInfo {
  playerID: string;
  seat: Seat;
  name: string | null;
  kind: 'human' | 'bot';
  style: string | null;
  /** A person's socket is connected; a server bot is always at the table. */
  connected: boolean;
}

export interface MatchInfo {
  matchID: string;
  code: string;
  scenario: ScenarioId;
  rounds: number;
  seats: SeatInfo[];
  timer: { seconds: number; deadline: number | null; paused: boolean } | null;
  gameover: boolean;
  autoBot: boolean;
  /** Never listed: joinable by its link or code only. */
  private: boolean;
}

export interface MatchInfoDeps {
  readonly store: SeatStore;
  readonly directory: SeatDirectory;
  readonly storage: MatchMetadataStore;
  readonly hub: Pick<SeatsHub, 'connected'>;
}

export async function describeMatch(deps: MatchInfoDeps, match: SeatMatch): Promise<MatchInfo | undefined> {
  const { metadata } = await deps.storage.fetch(match.matchID, { metadata: true });
  const controllers = deps.directory.controllers(match.matchID);
  if (!metadata || !controllers) return undefined;
  const connected = deps.hub.connected(match.matchID);
  const timer = deps.store.timer(match.matchID);
  return {
    matchID: match.matchID,
    code: match.code,
    scenario: match.scenario,
    rounds: match.rounds,
    seats: SEATS.map((seat, index) => {
      const playerID = String(index);
      const controller = controllers[index] ?? { kind: 'human' };
      return {
        playerID,
        seat,
        name: matchSeat(metadata, playerID)?.name ?? null,
        kind: controller.kind,
        style: controller.kind === 'bot' ? controller.style : null,
        connected: controller.kind === 'bot' || connected.has(playerID),
      };
    }),
    timer: timer ? { seconds: timer.seconds, deadline: timer.deadline, paused: timer.paused } : null,
    gameover: isOver(match, metadata),
    autoBot: match.autoBot,
    private: metadata.unlisted === true,
  };
}

export function isOver(match: SeatMatch, metadata: Server.MatchData | undefined): boolean {
  return match.finished || (metadata?.gameover !== undefined && metadata.gameover !== null);
}

/** A match listed for people to join: not private, not over, and a human seat nobody has taken. */
export function isOpen(info: MatchInfo): boolean {
  return !info.private && !info.gameover && info.seats.some((seat) => seat.kind === 'human' && seat.name === null);
}

/**
 * Plays the bot seats of every /api match. After each committed change (and after a small delay,
 * so people at the table see one move at a time) each bot seat that has something to do decides
 * from ITS seat's playerView only, with randomness seeded by match, state and seat, and submits
 * through the hub with the seat's credentials: the same path and the same checks as a player.
 */
import type { State } from 'boardgame.io';
import { botMove, seededRandom, type BotDecision, type BotStyle } from '../../src/bots/index.js';
import { playerView, type GameState, type PlayerView } from '../../src/game/index.js';
import type { SeatsHub, SeatsLogger } from './hub-port.js';
import type { MatchQueue } from './match-queue.js';
import type { SeatDirectory } from './seat-directory.js';
import { submitForSeat } from './seat-submit.js';

export type DecideMove = (style: BotStyle, view: PlayerView, random: () => number) => BotDecision | null;

export interface BotRunnerOptions {
  readonly hub: SeatsHub;
  readonly directory: SeatDirectory;
  readonly queue: MatchQueue;
  readonly log: SeatsLogger;
  /** Pause before a bot acts on a change; 0 in tests. */
  readonly delayMs: number;
  /** The bots' decision; botMove unless a test wraps it to record what bots are shown. */
  readonly decide?: DecideMove;
}

export class BotRunner {
  private readonly latest = new Map<string, State<GameState>>();
  private readonly wakeups = new Map<string, NodeJS.Timeout>();
  // `${matchID}/${playerID}` → the stateID a move was last submitted from: a seat never submits
  // twice from the same state, even if its committed change has not been observed yet.
  private readonly submittedFrom = new Map<string, number>();
  private readonly decide: DecideMove;
  private stopped = false;

  constructor(private readonly options: BotRunnerOptions) {
    this.decide = options.decide ?? botMove;
  }

  /** A committed state of a match (from the hub, or fetched at start or at a seat change). */
  observe(matchID: string, state: State<GameState>): void {
    if (this.stopped || !this.options.directory.manages(matchID)) return;
    const known = this.latest.get(matchID);
    if (known && known._stateID > state._stateID) return;
    if (state.ctx.gameover !== undefined) {
      this.forget(matchID);
      return;
    }
    this.latest.set(matchID, state);
    this.wake(matchID);
  }

  /** Stops every pending wake-up; submissions already running finish. */
  stop(): void {
    this.stopped = true;
    for (const timeout of this.wakeups.values()) clearTimeout(timeout);
    this.wakeups.clear();
  }

  /** The match is over or was removed: drop what is kept about it. */
  forget(matchID: string): void {
    this.latest.delete(matchID);
    const timeout = this.wakeups.get(matchID);
    if (timeout) clearTimeout(timeout);
    this.wakeups.delete(matchID);
    for (const key of this.submittedFrom.keys()) if (key.startsWith(`${matchID}/`)) this.submittedFrom.delete(key);
  }

  private wake(matchID: string): void {
    if (this.stopped || this.wakeups.has(matchID)) return;
    if (this.options.directory.botSeats(matchID).length === 0) return;
    const timeout = setTimeout(() => {
      this.wakeups.delete(matchID);
      this.options.queue.run(matchID, () => this.act(matchID)).catch((error: unknown) => {
        this.options.log.error({ matchID, err: String(error) }, 'bot move failed');
      });
    }, this.options.delayMs);
    this.wakeups.set(matchID, timeout);
  }

  /** Makes at most one bot move in the latest state; its committed change wakes the next bot. */
  private async act(matchID: string): Promise<void> {
    const state = this.latest.get(matchID);
    if (this.stopped || !state || state.ctx.gameover !== undefined) return;
    for (const { playerID, style } of this.options.directory.botSeats(matchID)) {
      const key = `${matchID}/${playerID}`;
      if (this.submittedFrom.get(key) === state._stateID) continue;
      const view = playerView(state.G, playerID);
      const decision = this.decide(style, view, seededRandom(`${matchID}:${state._stateID}:${playerID}`));
      if (!decision) continue;
      this.submittedFrom.set(key, state._stateID);
      const result = await submitForSeat(this.options.hub, this.options.directory, matchID, playerID, decision.move, decision.args);
      if (result.ok) return;
      // A refused bot move is a bug in a bot or a seat change racing the move; log it and let
      // the other bots (and the timer, if any) carry on.
      this.options.log.warn({ matchID, playerID, style, code: result.code, reason: result.message }, 'bot move refused');
    }
  }
}

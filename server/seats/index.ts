/**
 * Server seats: bots run by the server in any seat, seat hand-over to a bot and back, turn
 * timers with default orders, short codes and host tokens, and the /api routes for them.
 * `seatsPlugin` is what `startServer` is given; `createSeatsPlugin` lets tests and benchmarks
 * set the bot delay and the grace period.
 */
import type { State } from 'boardgame.io';
import { PLAYER_IDS, type GameState } from '../../src/game/index.js';
import type { ServerPlugin } from '../app.js';
import { matchSeat } from '../transport/credentials.js';
import { BotRunner } from './bot-runner.js';
import { createSeatsMatch } from './create-match.js';
import { DisconnectWatch } from './disconnect-watch.js';
import { MatchQueue } from './match-queue.js';
import { DEFAULT_BOT_DELAY_MS, DEFAULT_GRACE_MS, seatsOptionsFromEnv, type SeatsOptions } from './options.js';
import { mountSeatRoutes } from './routes.js';
import { SeatControl } from './seat-control.js';
import { SeatDirectory } from './seat-directory.js';
import { provideSeatsService } from './service.js';
import { SeatStore } from './store.js';
import { TurnTimers } from './turn-timers.js';

export type { SeatsOptions } from './options.js';
export { seatsServiceOf, type SeatsService } from './service.js';

export function createSeatsPlugin(options: SeatsOptions = {}): ServerPlugin {
  return function seats({ router, hub, db, log: serverLog, onStop, limitCreation }) {
    const log = serverLog.child({ component: 'seats' });
    const store = new SeatStore(db.database);
    const directory = new SeatDirectory(store, db);
    const queue = new MatchQueue();
    const bots = new BotRunner({ hub, directory, queue, log, delayMs: options.botDelayMs ?? DEFAULT_BOT_DELAY_MS, decide: options.decide });
    // A person is at the table while one of the match's seats has a connected socket.
    const present = (matchID: string) => hub.connected(matchID).size > 0;
    const timers = new TurnTimers({ hub, store, directory, queue, log, present, msPerTimerSecond: options.msPerTimerSecond });
    const watch = new DisconnectWatch({
      graceMs: options.graceMs ?? DEFAULT_GRACE_MS,
      onGraceExpired: (matchID, playerID) => {
        control.graceExpired(matchID, playerID).catch((error: unknown) => log.error({ err: error, matchID, playerID }, 'automatic hand-over failed'));
      },
    });
    const control = new SeatControl({ store, directory, storage: db, watch, hub, log });

    /** Every committed state of a managed match goes to the bots and the timer. */
    const observe = (matchID: string, state: State): void => {
      if (!directory.manages(matchID)) return;
      const game = state as State<GameState>;
      if (game.ctx.gameover !== undefined && store.match(matchID)?.finished === false) {
        store.markFinished(matchID);
        log.info({ matchID }, 'match finished');
      }
      bots.observe(matchID, game);
      timers.observe(matchID, game);
      if (game.ctx.gameover !== undefined) directory.forget(matchID);
    };

    /** Look at a match afresh (new match, seat change, server start). */
    const refresh = async (matchID: string): Promise<void> => {
      const state = await hub.fetchState(matchID);
      if (state) observe(matchID, state);
    };
    const refreshInBackground = (matchID: string) => {
      refresh(matchID).catch((error: unknown) => log.error({ err: error, matchID }, 'could not load a match'));
    };

    const maybeStartGrace = (matchID: string, playerID: string): void => {
      const match = store.match(matchID);
      if (match?.autoBot && !match.finished && directory.controller(matchID, playerID)?.kind === 'human') {
        watch.startGrace(matchID, playerID);
      }
    };

    /**
     * Every taken seat of an auto-bot match whose player is away starts (or resumes) its grace
     * period: at server start, and when a person comes to the table (a hand-over that found
     * nobody else there was put off until now).
     */
    const startGraceForAwaySeats = (matchID: string): void => {
      if (!store.match(matchID)?.autoBot) return;
      db.fetch(matchID, { metadata: true })
        .then(({ metadata }) => {
          for (const playerID of PLAYER_IDS) if (matchSeat(metadata, playerID)?.name) maybeStartGrace(matchID, playerID);
        })
        .catch((error: unknown) => log.error({ err: error, matchID }, 'could not load a match'));
    };

    /** The match was removed from storage (retention, or its last player left): forget it everywhere. */
    const forget = (matchID: string): void => {
      bots.forget(matchID);
      timers.forget(matchID);
      watch.forget(matchID, PLAYER_IDS);
      directory.forget(matchID);
      store.deleteMatch(matchID);
    };

    const unsubscribe = [
      hub.onStateChange(observe),
      hub.onConnectionChange((matchID, playerID, connected) => {
        if (!directory.manages(matchID)) return;
        watch.connectionChanged(matchID, playerID, connected);
        timers.presenceChanged(matchID);
        if (connected) startGraceForAwaySeats(matchID);
        else maybeStartGrace(matchID, playerID);
      }),
      hub.onSeatJoined((matchID, playerID) => {
        if (directory.manages(matchID)) watch.joined(matchID, playerID);
      }),
      hub.onMatchRemoved((matchID) => {
        if (directory.manages(matchID)) forget(matchID);
      }),
      directory.onControllerChange((matchID) => refreshInBackground(matchID)),
    ];

    mountSeatRoutes(router, { store, directory, storage: db, hub, control, timers, started: refreshInBackground, limitCreation });
    // For other plugins (server/records: "what if" matches start like any /api match).
    provideSeatsService(db, {
      createMatch: (body, start) => createSeatsMatch({ storage: db, store }, body, start),
      start: refreshInBackground,
      controllers: (matchID) => {
        const controllers = store.controllers(matchID);
        return controllers.length === 0 ? null : controllers;
      },
    });

    // Restart safety: every unfinished match's bots and timer pick up where they were; seats of
    // auto-bot matches whose players are not back start their grace period now.
    const unfinished = store.unfinishedMatches();
    for (const match of unfinished) {
      refreshInBackground(match.matchID);
      startGraceForAwaySeats(match.matchID);
    }
    log.info({ unfinished: unfinished.length }, 'server seats ready');

    // Before the database closes: no bot or timer may act any more, and what is running finishes.
    onStop(async () => {
      for (const stopListening of unsubscribe) stopListening();
      bots.stop();
      timers.stop();
      watch.stop();
      await queue.idle();
    });
  };
}

export const seatsPlugin: ServerPlugin = createSeatsPlugin(seatsOptionsFromEnv(process.env));

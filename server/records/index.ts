/**
 * Game records on the server: the time each move was accepted, every finished match's record
 * built once at game over and kept (served unchanged, listed at /api/replays), a redacted record
 * for a seat during its game, and "what if" matches forked from any point of a record.
 * `recordsPlugin` is what `startServer` is given, after the seats plugin (it creates forks and
 * reads seat controllers through the seats layer).
 */
import { MAX_RECORD_CHARS } from '../../src/record/index.js';
import type { ServerPlugin } from '../app.js';
import { seatsServiceOf } from '../seats/index.js';
import { ActionClock } from './action-clock.js';
import { RecordBuilder } from './record-builder.js';
import { FORK_PATH, mountRecordRoutes } from './routes.js';
import { RecordStore } from './store.js';

/** A fork request carries a whole record: as large as a record file may be, plus the request around it. */
export const FORK_BODY_BYTES = MAX_RECORD_CHARS + 64 * 1024;

export function createRecordsPlugin(): ServerPlugin {
  return function records({ router, hub, db, log: serverLog, onStop, allowBodyBytes, limitCreation }) {
    const log = serverLog.child({ component: 'records' });
    const store = new RecordStore(db.database);
    const clock = new ActionClock(store);
    const seats = () => seatsServiceOf(db);
    if (!seats()) log.warn('No seats layer started before the records layer: seats are recorded as human and forks are refused');
    const builder = new RecordBuilder({ storage: db, store, clock, seats, log });

    const stopForgetting = hub.onMatchRemoved((matchID) => store.forgetMatch(matchID));
    const stopListening = hub.onStateChange((matchID, state) => {
      // Read now, before the match's next move can be applied: the stamp of this move.
      db.fetch(matchID, { metadata: true })
        .then(({ metadata }) => {
          clock.moved(matchID, state, metadata?.updatedAt);
          if (state.ctx.gameover !== undefined) builder.storeInBackground(matchID);
        })
        .catch((error: unknown) => log.error({ err: error, matchID }, 'could not note the time of a move'));
    });

    mountRecordRoutes(router, { builder, store, storage: db, seats, limitCreation });
    allowBodyBytes('POST', FORK_PATH, FORK_BODY_BYTES);

    // Restart safety: a match that ended while its record was not yet stored gets it now.
    const caughtUp = builder.catchUp().then(
      (built) => {
        if (built > 0) log.info({ built }, 'stored the records of finished matches that had none');
      },
      (error: unknown) => log.error({ err: error }, 'could not look for finished matches without a record'),
    );

    // Before the database closes: the last moves' times are written and no build is left running.
    onStop(async () => {
      stopListening();
      stopForgetting();
      await builder.stop();
      await caughtUp;
      clock.flush();
    });
  };
}

export const recordsPlugin: ServerPlugin = createRecordsPlugin();

/**
 * boardgame.io's runtime for the server. Its entry points (`boardgame.io/server`, ...) are proxy
 * folders that Node's ESM loader cannot import and its dist/cjs files carry no types, so we
 * require the CommonJS builds (one module instance, the same one server/storage uses) and type
 * them with the proxy folders' declarations.
 */
import { createRequire } from 'node:module';
import type * as BoardgameInternal from 'boardgame.io/internal';
import type * as BoardgameMaster from 'boardgame.io/master';
import type * as BoardgameServer from 'boardgame.io/server';

const require = createRequire(import.meta.url);

export const { Server } = require('boardgame.io/dist/cjs/server.js') as typeof BoardgameServer;
export const { Master } = require('boardgame.io/dist/cjs/master.js') as typeof BoardgameMaster;
export const { ProcessGameConfig, createMatch } = require('boardgame.io/dist/cjs/internal.js') as typeof BoardgameInternal;

/** A game after boardgame.io's processing (it has `flow`, `processMove`, ...). */
export type ProcessedGame = ReturnType<typeof ProcessGameConfig>;
export type MasterInstance = InstanceType<typeof Master>;

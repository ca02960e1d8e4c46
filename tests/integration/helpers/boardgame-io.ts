import { createRequire } from 'node:module';
import type * as BoardgameClient from 'boardgame.io/client';
import type * as BoardgameInternal from 'boardgame.io/internal';
import type * as BoardgameMultiplayer from 'boardgame.io/multiplayer';
import type * as BoardgameServer from 'boardgame.io/server';

// boardgame.io's entry points (`boardgame.io/server`, ...) are proxy folders that Node's ESM
// loader cannot import, and its dist/cjs files have no type declarations. Require the CommonJS
// builds and type them with the proxy folders' declarations — the same way server/storage does.
const require = createRequire(import.meta.url);

export const { Server } = require('boardgame.io/dist/cjs/server.js') as typeof BoardgameServer;
export const { Client } = require('boardgame.io/dist/cjs/client.js') as typeof BoardgameClient;
export const { SocketIO } = require('boardgame.io/dist/cjs/multiplayer.js') as typeof BoardgameMultiplayer;
export const { InitializeGame, CreateGameReducer, ProcessGameConfig } = require(
  'boardgame.io/dist/cjs/internal.js',
) as typeof BoardgameInternal;
export const { LobbyClient } = require('boardgame.io/dist/cjs/client.js') as typeof BoardgameClient;

/**
 * One real game server and one Chromium for a test file: started before its first test, stopped
 * (server data removed) after its last. Read `suite.server` and `suite.browser` inside tests.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { startGameServer, type GameServer } from './server.js';

export interface E2eSuite {
  readonly server: GameServer;
  readonly browser: Browser;
}

export function serverAndBrowser(serverEnv: Record<string, string> = {}): E2eSuite {
  const live: { server?: GameServer; browser?: Browser } = {};
  beforeAll(async () => {
    live.server = await startGameServer(serverEnv);
    live.browser = await launchBrowser();
  });
  afterAll(async () => {
    await live.browser?.close();
    await live.server?.stop();
  });
  return {
    get server() {
      if (!live.server) throw new Error('The game server is not started yet (read suite.server inside a test).');
      return live.server;
    },
    get browser() {
      if (!live.browser) throw new Error('Chromium is not launched yet (read suite.browser inside a test).');
      return live.browser;
    },
  };
}

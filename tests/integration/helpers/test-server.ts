/**
 * A real Compute Race server for a test: in this process, on a free port, with a fresh temp
 * DATA_DIR (so a real SQLite file), stopped and its directory removed by `stop()`.
 */
import { startServer, type RunningServer, type StartServerOptions } from '../../../server/app.js';
import { makeTempDirectory } from './temp-directory.js';

export type TestServer = RunningServer & { dataDir: string };

export async function startTestServer(options: Partial<StartServerOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir === undefined ? makeTempDirectory('compute-race-server') : undefined;
  const server = await startServer({ port: 0, logLevel: 'silent', ...options, dataDir: options.dataDir ?? dataDir!.path });
  return {
    ...server,
    dataDir: options.dataDir ?? dataDir!.path,
    stop: async () => {
      await server.stop();
      dataDir?.remove();
    },
  };
}

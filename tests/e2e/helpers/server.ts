/**
 * The real game server for browser tests: `server/main.ts` as a child process on a free port,
 * with a fresh temporary DATA_DIR, serving the built client from dist/ (run `npm run build`
 * first; `npm run test:e2e` does). Stopped with SIGTERM, as in production.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

export interface GameServer {
  url: string;
  /** The server's output so far, for failure messages. */
  output: () => string;
  /** Stops the server process (SIGTERM), keeping its data for `resume`. */
  halt: () => Promise<void>;
  /** Starts the server again on the same port and data: a restart, as clients see it. */
  resume: () => Promise<void>;
  /** Stops the server and removes its data. */
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitUntilServing(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}:\n${output()}`);
    try {
      // The open-matches list answers only once the seats layer (/api) is mounted too.
      const [page, api] = await Promise.all([fetch(`${url}/`), fetch(`${url}/api/matches?status=open`)]);
      if (page.ok && api.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`The server did not answer within ${timeoutMs} ms:\n${output()}`);
}

function spawnServer(port: number, dataDir: string, env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', BOT_DELAY_MS: '50', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return { child, output: () => log };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export async function startGameServer(env: Record<string, string> = {}): Promise<GameServer> {
  if (!existsSync(join(REPO_ROOT, 'dist', 'index.html'))) {
    throw new Error('dist/ has no build: run `npm run build` (or `npm run test:e2e`, which builds first).');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'compute-race-e2e-'));
  const url = `http://localhost:${port}`;
  let current = spawnServer(port, dataDir, env);
  const output = () => current.output();
  try {
    await waitUntilServing(url, current.child, output, 30_000);
  } catch (error) {
    current.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    output,
    halt: () => stopChild(current.child),
    resume: async () => {
      current = spawnServer(port, dataDir, env);
      await waitUntilServing(url, current.child, output, 30_000);
    },
    stop: async () => {
      await stopChild(current.child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

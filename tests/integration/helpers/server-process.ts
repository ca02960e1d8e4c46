/**
 * The real server as a child process (`node --import tsx server/main.ts`, what `npm run serve`
 * runs), for tests that kill it. One process, no npx wrapper, so SIGKILL hits the server itself.
 * Its stdout (JSON log lines) is kept for inspection.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Every stdout line so far. */
  lines: string[];
  stderr: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `entry`: the script to run, server/main.ts unless a test needs a variant (helpers/frozen-server.ts). */
export async function spawnServer(dataDir: string, env: Record<string, string> = {}, timeoutMs = 30_000, entry = 'server/main.ts'): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: REPO,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const stderr: string[] = [];
  let partial = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${lines.join('\n')} ${stderr.join('')}`)), timeoutMs);
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      partial += chunk.toString();
      const complete = partial.split('\n');
      partial = complete.pop()!;
      for (const line of complete) {
        lines.push(line);
        const parsed = safeParse(line);
        if (parsed?.msg === 'Compute Race server listening' && typeof parsed.url === 'string') {
          clearTimeout(timer);
          resolve(parsed.url);
        }
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening: ${lines.join('\n')} ${stderr.join('')}`));
    });
  });
  return { url, child, lines, stderr, exited };
}

function safeParse(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

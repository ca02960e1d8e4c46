/** Starting the benchmark's helper processes (servers, the load test) and reading their output. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Child {
  readonly process: ChildProcess;
  /** The first stdout line starting with `prefix`, without it. */
  line(prefix: string, timeoutMs?: number): Promise<string>;
  /** Peak resident memory of the process so far (Linux VmHWM), in MB. */
  peakRssMB(): number | null;
  stop(): Promise<void>;
}

export function startChild(script: string, args: string[]): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    lines.push(text);
    for (const wake of waiters.splice(0)) wake();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    async line(prefix, timeoutMs = 600_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = lines.find((text) => text.startsWith(prefix));
        if (found !== undefined) return found.slice(prefix.length).trim();
        if (child.exitCode !== null) throw new Error(`${script} exited (${child.exitCode}) before printing ${prefix}`);
        if (Date.now() > deadline) throw new Error(`${script} did not print ${prefix} in time`);
        await Promise.race([new Promise<void>((resolve) => waiters.push(resolve)), exited, new Promise((resolve) => setTimeout(resolve, 500))]);
      }
    },
    peakRssMB() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
        return kb === undefined ? null : Number(kb) / 1024;
      } catch {
        return null;
      }
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

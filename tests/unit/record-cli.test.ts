/**
 * `npm run record -- ...` as a person runs it: a real process, real files, exit codes
 * (0 valid, 1 invalid with the reason, 2 a wrong command).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../src/game/index.js';

const directory = mkdtempSync(join(tmpdir(), 'record-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function record(...args: string[]) {
  const run = spawnSync(join('node_modules', '.bin', 'tsx'), ['tools/record.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run record', () => {
  const file = join(directory, 'game.json');

  it('export-sim writes a record; verify accepts it (exit 0); transcript prints it', () => {
    const exported = record('export-sim', '--seed', 'cli', '--scenario', 'embargo', '--rounds', '3', '--out', file);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'compute-race-record', seed: 'cli', scenario: 'embargo' });

    const verified = record('verify', file);
    expect(verified).toMatchObject({ code: 0, stdout: expect.stringMatching(/valid: match sim-\w+, \d+ actions, 3 years/) });

    const told = record('transcript', file);
    expect(told).toMatchObject({ code: 0, stderr: '' });
    expect(told.stdout).toContain('---- 2028 ');
    expect(told.stdout).toContain('FINAL RESULT');
  }, 120_000);

  it('verify refuses a tampered record (exit 1), naming the action, and a wrong command exits 2', () => {
    const record0 = JSON.parse(readFileSync(file, 'utf8'));
    record0.actions[2].args[0].rnd += 0.5;
    const tampered = join(directory, 'tampered.json');
    writeFileSync(tampered, JSON.stringify(record0));
    const refused = record('verify', tampered);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/INVALID: Action 2 \(2026, orders, \w+ submitOrder\) diverges/);

    const older = join(directory, 'older.json');
    writeFileSync(older, JSON.stringify({ ...record0, rulesVersion: 0 }));
    expect(record('verify', older)).toMatchObject({ code: 1, stderr: expect.stringMatching(new RegExp(`RULES_VERSION.*rules version 0; this server plays rules version ${RULES_VERSION}`)) });

    expect(record('verify')).toMatchObject({ code: 2, stderr: expect.stringMatching(/expected one FILE/) });
  }, 120_000);
});

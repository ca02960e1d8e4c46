/**
 * npm run record -- verify FILE [--parent FILE]   exit 0 valid, 1 invalid (with the reason)
 * npm run record -- transcript FILE               the plain-text account, year by year
 * npm run record -- export-sim --seed X --scenario S [--rounds R] [--players bots|random] [--out FILE]
 * npm run record -- schema [--check]              write (or check) docs/record.schema.json
 * Exit 2: the command itself is wrong, or a file cannot be read or written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { MAX_ROUNDS, MIN_ROUNDS, SCENARIO_IDS, SEAT_NAMES } from '../src/game/index.js';
import {
  parseRecordText,
  RECORD_SCHEMA_PATH,
  recordJsonSchemaText,
  simulateRecord,
  transcriptOf,
  verifyRecord,
  type GameRecord,
} from '../src/record/index.js';

const USAGE = `Usage:
  npm run record -- verify FILE [--parent FILE]
  npm run record -- transcript FILE
  npm run record -- export-sim --seed X --scenario S [--rounds R] [--players bots|random] [--out FILE]
  npm run record -- schema [--check]`;

class UsageError extends Error {}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    parent: { type: 'string' },
    seed: { type: 'string' },
    scenario: { type: 'string' },
    rounds: { type: 'string' },
    players: { type: 'string' },
    out: { type: 'string' },
    check: { type: 'boolean', default: false },
  },
});

function run(command: string | undefined, files: string[]): number {
  switch (command) {
    case 'verify':
      return verify(oneFile(files));
    case 'transcript':
      return transcript(oneFile(files));
    case 'export-sim':
      return exportSim();
    case 'schema':
      return schema();
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'a command is needed');
  }
}

function oneFile(files: string[]): string {
  if (files.length !== 1) throw new UsageError(`expected one FILE, got ${files.length}`);
  return files[0]!;
}

/** The record in FILE, or null after printing why it cannot be read as one. */
function load(file: string): GameRecord | null {
  const parsed = parseRecordText(readFileSync(file, 'utf8'));
  if (parsed.ok) return parsed.record;
  console.error(`${file}: INVALID (${parsed.error.code}): ${parsed.error.message}`);
  return null;
}

function verify(file: string): number {
  const record = load(file);
  if (!record) return 1;
  let parent: GameRecord | undefined;
  if (values.parent) {
    parent = load(values.parent) ?? undefined;
    if (!parent) return 1;
  }
  const result = verifyRecord(record, { parent });
  if (!result.ok) {
    console.error(`${file}: INVALID: ${result.reason}`);
    return 1;
  }
  const outcome = record.result
    ? `${record.result.reason}, ${SEAT_NAMES[record.result.winner]} wins`
    : 'not finished';
  console.log(`${file}: valid: match ${record.matchID}, ${record.actions.length} actions, ${record.years.length} years, ${outcome}.`);
  return 0;
}

function transcript(file: string): number {
  const record = load(file);
  if (!record) return 1;
  const verified = verifyRecord(record);
  if (!verified.ok) {
    console.error(`${file}: INVALID: ${verified.reason}`);
    return 1;
  }
  process.stdout.write(transcriptOf(verified.replay));
  return 0;
}

const SimArgs = z.object({
  seed: z.string().min(1, 'is required'),
  scenario: z.enum(SCENARIO_IDS),
  rounds: z.coerce.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS).optional(),
  players: z.enum(['bots', 'random']).default('bots'),
  out: z.string().min(1).optional(),
});

function exportSim(): number {
  const parsed = SimArgs.safeParse({ ...values, seed: values.seed ?? '', scenario: values.scenario ?? '2026-h200' });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  const { out, ...options } = parsed.data;
  const record = simulateRecord({ ...options, startedAt: Date.now() });
  const text = `${JSON.stringify(record, null, 2)}\n`;
  if (out) {
    writeFileSync(out, text);
    console.log(`${out}: ${record.actions.length} actions, ${record.years.length} years, ${record.hash}`);
  } else process.stdout.write(text);
  return 0;
}

function schema(): number {
  const text = recordJsonSchemaText();
  if (!values.check) {
    writeFileSync(RECORD_SCHEMA_PATH, text);
    console.log(`${RECORD_SCHEMA_PATH} written.`);
    return 0;
  }
  let current = '';
  try {
    current = readFileSync(RECORD_SCHEMA_PATH, 'utf8');
  } catch {
    // A missing file is stale like any other.
  }
  if (current === text) {
    console.log(`${RECORD_SCHEMA_PATH} is up to date.`);
    return 0;
  }
  console.error(`${RECORD_SCHEMA_PATH} is stale: run npm run record -- schema`);
  return 1;
}

try {
  process.exitCode = run(positionals[0], positionals.slice(1));
} catch (error) {
  console.error(error instanceof UsageError ? `record: ${error.message}\n\n${USAGE}` : `record: ${(error as Error).message}`);
  process.exitCode = 2;
}

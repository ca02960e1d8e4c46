/**
 * The record's JSON Schema, generated from the zod schema (docs/record.schema.json is this,
 * written by `npm run record -- schema`; a test keeps the file in step).
 */
import { z } from 'zod';
import { GameRecordSchema, RECORD_FORMAT_VERSION } from './format.js';

export const RECORD_SCHEMA_PATH = 'docs/record.schema.json';

export function recordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(GameRecordSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return { ...schema, $id: `urn:compute-race:record:v${RECORD_FORMAT_VERSION}` };
}

/** The file's text: stable (two-space JSON with a final newline) so that it diffs cleanly. */
export function recordJsonSchemaText(): string {
  return `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
}

/**
 * The fingerprints: SHA-256 as node:crypto computes it, canonical JSON independent of key
 * order, the record hash over everything but itself, and the JSON Schema file in step with the
 * zod schema.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, recordHash, RECORD_SCHEMA_PATH, recordJsonSchema, recordJsonSchemaText, simulateRecord } from '../../src/record/index.js';
import { sha256Hex } from '../../src/record/sha256.js';

describe('sha256Hex', () => {
  it.each(['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'é✓😀 compute', 'y'.repeat(100_000)])('matches node:crypto for %#', (text) => {
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('matches node:crypto for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => sha256Hex(text) === createHash('sha256').update(text, 'utf8').digest('hex')));
  });
});

describe('canonicalJson', () => {
  it('is the same whatever the key order, drops undefined members and parses back', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x', { d: undefined, c: -0.5 }] })).toBe('{"a":[true,null,"x",{"c":-0.5}],"b":1}');
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        return canonicalJson(JSON.parse(text)) === text && canonicalJson(shuffleKeys(value)) === text;
      }),
    );
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(/not a JSON number/);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/not JSON/);
  });
});

describe('recordHash', () => {
  it('covers everything but the hash itself', () => {
    const record = simulateRecord({ seed: 'hash', scenario: 'embargo', rounds: 3 });
    expect(record.hash).toBe(recordHash(record));
    expect(recordHash({ ...record, hash: 'sha256:' + '0'.repeat(64) })).toBe(record.hash);
    expect(recordHash({ ...record, matchID: 'other' })).not.toBe(record.hash);
    expect(record.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('JSON Schema', () => {
  it(`${RECORD_SCHEMA_PATH} is up to date (npm run record -- schema rewrites it)`, () => {
    expect(readFileSync(RECORD_SCHEMA_PATH, 'utf8')).toBe(recordJsonSchemaText());
  });

  it('requires every top-level field and describes the parts', () => {
    const schema = recordJsonSchema() as { required: string[]; $defs: Record<string, unknown>; additionalProperties: boolean };
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'rulesVersion', 'seed', 'actions', 'result', 'parent', 'hash']));
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['RecordAction', 'RecordSeat', 'RecordYear', 'RecordResult', 'RecordParent']));
    expect(schema.additionalProperties).toBe(false);
  });
});

function shuffleKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shuffleKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffleKeys(v)]));
}

/**
 * Importing an uploaded record: a valid file comes back as the same record; anything else gets
 * an error code and a message a person can act on (both versions named, the path of the bad
 * field, the known scenarios).
 */
import { describe, expect, it } from 'vitest';
import { RULES_VERSION, SCENARIO_IDS } from '../../src/game/index.js';
import { MAX_RECORD_CHARS, parseRecord, parseRecordText, RECORD_FORMAT_VERSION, simulateRecord, type GameRecord } from '../../src/record/index.js';

const RECORD = simulateRecord({ seed: 'import', scenario: 'open-market', rounds: 3 });
const edit = (change: (r: Record<string, any>) => void): unknown => {
  const r = structuredClone(RECORD) as Record<string, any>;
  change(r);
  return r;
};
const errorOf = (value: unknown) => {
  const result = parseRecord(value);
  if (result.ok) throw new Error('expected the record to be refused');
  return result.error;
};

describe('parseRecordText / parseRecord', () => {
  it('gives back the same record from its JSON, compact or indented', () => {
    for (const text of [JSON.stringify(RECORD), JSON.stringify(RECORD, null, 2)]) {
      const result = parseRecordText(text);
      expect(result).toEqual({ ok: true, record: RECORD });
    }
  });

  it('refuses text that is not JSON, or too large', () => {
    expect(parseRecordText('{"format": ')).toMatchObject({ ok: false, error: { code: 'NOT_JSON' } });
    expect(parseRecordText(' '.repeat(MAX_RECORD_CHARS + 1))).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });

  it('refuses what is not a Compute Race record', () => {
    expect(errorOf([1, 2])).toMatchObject({ code: 'NOT_A_RECORD' });
    expect(errorOf({ event: 'chess' })).toMatchObject({ code: 'NOT_A_RECORD', path: 'format' });
    expect(errorOf(edit((r) => (r.game = 'tic-tac-toe')))).toMatchObject({ code: 'NOT_A_RECORD', path: 'game' });
  });

  it.each([
    [0, /format version 0; this version of Compute Race reads format version 1 only \(it is older/],
    [2, /format version 2; this version of Compute Race reads format version 1 only \(update/],
  ])('refuses record format version %i, naming both versions', (version, message) => {
    expect(RECORD_FORMAT_VERSION).toBe(1);
    const error = errorOf(edit((r) => (r.formatVersion = version)));
    expect(error).toMatchObject({ code: 'FORMAT_VERSION', path: 'formatVersion' });
    expect(error.message).toMatch(message);
  });

  it('refuses a record from other rules, naming both rules versions', () => {
    const older = errorOf(edit((r) => (r.rulesVersion = RULES_VERSION - 1)));
    expect(older).toMatchObject({ code: 'RULES_VERSION', path: 'rulesVersion' });
    expect(older.message).toContain(`played under rules version ${RULES_VERSION - 1}; this server plays rules version ${RULES_VERSION}`);
    expect(older.message).toContain('older rules, and no migration exists');
    const newer = errorOf(edit((r) => (r.rulesVersion = RULES_VERSION + 1)));
    expect(newer.message).toContain(`rules version ${RULES_VERSION + 1}; this server plays rules version ${RULES_VERSION}`);
  });

  it('refuses an unknown scenario, listing the known ones', () => {
    const error = errorOf(edit((r) => (r.scenario = 'moon-race')));
    expect(error).toMatchObject({ code: 'UNKNOWN_SCENARIO', path: 'scenario' });
    expect(error.message).toBe(`Unknown scenario "moon-race": this version of Compute Race knows ${SCENARIO_IDS.join(', ')}.`);
    expect(errorOf(edit((r) => (r.setupData.scenario = 'mars')))).toMatchObject({ code: 'UNKNOWN_SCENARIO', path: 'setupData.scenario' });
  });

  it.each<[string, (r: Record<string, any>) => void, string, RegExp]>([
    ['a missing field', (r) => delete r.seed, 'seed', /seed: it is missing/],
    ['a seed of the wrong type', (r) => (r.seed = true), 'seed', /Invalid input \(got true\)/],
    ['an extra field', (r) => (r.comment = 'hi'), '', /Unrecognized key/],
    ['args that are not a list', (r) => (r.actions[3].args = 'nope'), 'actions[3].args', /expected array/],
    ['an unknown move', (r) => (r.actions[2].move = 'castle'), 'actions[2].move', /setPolicy/],
    ['a bad time', (r) => (r.actions[1].at = 'yesterday'), 'actions[1].at', /datetime/i],
    ['a bad digest', (r) => (r.actions[0].digest = 'xyz'), 'actions[0].digest', /pattern|Invalid string/i],
    ['three seats', (r) => r.seats.pop(), 'seats', /4/],
    ['a bad hash', (r) => (r.hash = 'md5:00'), 'hash', /pattern|Invalid string/i],
    ['too many rounds', (r) => (r.setupData.rounds = 40), 'setupData.rounds', /12/],
  ])('refuses %s, naming its path', (_name, change, path, message) => {
    const error = errorOf(edit(change));
    expect(error.code).toBe('BAD_SHAPE');
    expect(error.path ?? '').toBe(path);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`malformed at ${path || 'the top level'}`);
  });

  it.each<[string, (r: Record<string, any>) => void, string, RegExp]>([
    ['a scenario that disagrees with setupData', (r) => (r.scenario = 'embargo'), 'setupData.scenario', /is "open-market" but the record's scenario is "embargo"/],
    ['seats out of order', (r) => ([r.seats[0], r.seats[1]] = [r.seats[1], r.seats[0]]), 'seats[0]', /player 0 \(usg\)/],
    ['a human with a bot style', (r) => Object.assign(r.seats[1], { kind: 'human', style: 'hawk' }), 'seats[1].style', /no bot style/],
    ['an action with the wrong seat', (r) => (r.actions[0].seat = 'china'), 'actions[0].seat', /player 0 is usg/],
    ['hidden args in a full record', (r) => (r.actions[2].args = null), 'actions[2].args', /redacted/],
    ['no seed in a full record', (r) => (r.seed = null), 'seed', /redacted/],
    ['a result without finishedAt', (r) => (r.finishedAt = null), 'finishedAt', /both a result and finishedAt/],
    ['a fork point past the end', (r) => (r.parent = { matchID: 'p', hash: r.hash, actionIndex: 99 }), 'parent.actionIndex', /has \d+ actions/],
  ])('refuses %s', (_name, change, path, message) => {
    const error = errorOf(edit(change));
    expect(error).toMatchObject({ code: 'BAD_SHAPE', path });
    expect(error.message).toMatch(message);
  });

  it('types the accepted record', () => {
    const result = parseRecordText(JSON.stringify(RECORD));
    const record: GameRecord | null = result.ok ? result.record : null;
    expect(record?.actions[0]?.move).toBe('setPolicy');
  });
});

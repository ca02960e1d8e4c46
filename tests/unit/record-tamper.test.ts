/**
 * A changed record is rejected, naming the first action where it diverges: one action's
 * arguments, the seed, the scenario, a score, a year's figures, a deleted or reordered action.
 * Each change is tried twice: as is (the hash no longer matches either) and with the hash
 * recomputed, as a careful forger would, so that the replay alone must catch it.
 */
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../src/game/index.js';
import { recordHash, simulateRecord, verifyRecord, parseRecord, type GameRecord } from '../../src/record/index.js';

// Random legal play revises orders now and then, so the record has revisions to reorder.
const BASE = simulateRecord({ seed: 'tamper', scenario: '2026-h200', players: 'random', rounds: 5 });
const copy = (): GameRecord => structuredClone(BASE);
const rehash = (r: GameRecord): GameRecord => ({ ...r, hash: recordHash(r) });

/** Checks that verification fails at action `index`, with and without a recomputed hash. */
function expectDivergence(tampered: GameRecord, index: number, what: RegExp) {
  for (const record of [tampered, rehash(tampered)]) {
    const result = verifyRecord(record);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const action = record.actions[index]!;
    expect(result.divergence).toMatchObject({ index, year: action.year, phase: action.phase, playerID: action.playerID, seat: action.seat, move: action.move });
    expect(result.divergence!.what).toMatch(what);
    expect(result.reason).toContain(`Action ${index} (${action.year}, ${action.phase}`);
  }
}

describe('tampering', () => {
  it('the untouched record verifies', () => {
    expect(verifyRecord(BASE).ok).toBe(true);
  });

  it.each([0, 1, 5, 9, 14])("changing the arguments of action %i is caught at that action", (index) => {
    const record = copy();
    const action = record.actions[index]!;
    const args = action.args![0] as Record<string, unknown>;
    if (action.move === 'setPolicy') args.stance = args.stance === 'hawk' ? 'neutral' : 'hawk';
    else if (action.seat === 'nvidia') args.chinaPrice = args.chinaPrice === 100 ? 105 : 100;
    else if (action.seat === 'china') args.mandate = args.mandate === 0 ? 10 : 0;
    else args.aggregation = !args.aggregation;
    expectDivergence(record, index, /state after it differs|rules refuse it|figures for/);
  });

  it('an illegal change to an action is refused by the rules, with their reason', () => {
    const record = copy();
    const index = record.actions.findIndex((a) => a.seat === 'nvidia');
    (record.actions[index]!.args![0] as { chinaShare: number }).chinaShare = 55;
    expectDivergence(record, index, /rules refuse it: .*between 0 and 50/);
  });

  it('changing the seed is caught at the first action, as a different starting state', () => {
    expectDivergence({ ...copy(), seed: 'another seed' }, 0, /starting state differs.*seed or the setup/);
  });

  it('changing the scenario is caught at the first action', () => {
    expectDivergence({ ...copy(), scenario: 'sliding-scale', setupData: { scenario: 'sliding-scale', rounds: 5 } }, 0, /starting state differs/);
  });

  it('changing a final score is caught at the last action, naming the score', () => {
    const record = copy();
    record.result!.scores.china.score += 0.01;
    expectDivergence(record, record.actions.length - 1, /result differs: scores\.china\.score is .* in the replay but .* in the record/);
  });

  it("changing a year's figures is caught at the action that resolved that year", () => {
    const record = copy();
    record.years[1]!.kCn += 1;
    expectDivergence(record, record.years[1]!.resolvedBy, /figures for \d{4} differ: kCn/);
  });

  it('deleting an action (renumbering the rest) is caught where it was', () => {
    for (const at of [0, 3, 10]) {
      const record = copy();
      record.actions.splice(at, 1);
      record.actions.forEach((a, i) => (a.index = i));
      expectDivergence(record, at, /.+/);
    }
  });

  it('deleting an action without renumbering is caught by its index, on import and on verification', () => {
    const record = copy();
    record.actions.splice(4, 1);
    expectDivergence(record, 4, /index is 5, expected 4/);
    const imported = parseRecord(record);
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.error).toMatchObject({ code: 'BAD_SHAPE', path: 'actions[4].index' });
  });

  it('reordering two actions is caught at the first of them', () => {
    // Swap two orders of the same year (both legal either way round), then renumber.
    const record = copy();
    const first = record.actions.findIndex((a, i) => a.move === 'submitOrder' && record.actions[i + 1]?.move === 'submitOrder' && record.actions[i + 1]!.seat !== a.seat);
    const [a, b] = [record.actions[first]!, record.actions[first + 1]!];
    record.actions[first] = { ...b, index: first };
    record.actions[first + 1] = { ...a, index: first + 1 };
    expectDivergence(record, first, /state after it differs/);
  });

  it('appending a move after the end is caught at that move', () => {
    const record = copy();
    const last = record.actions.at(-1)!;
    record.actions.push({ ...last, index: record.actions.length });
    expectDivergence(record, record.actions.length - 1, /game was already over/);
  });

  it('a record from other rules is refused before any replay, naming both versions', () => {
    const result = verifyRecord(rehash({ ...copy(), rulesVersion: 0 }));
    expect(result).toMatchObject({ ok: false, divergence: null });
    if (!result.ok) expect(result.reason).toMatch(`played under rules version 0; this server plays rules version ${RULES_VERSION}`);
  });

  it('an edit that replays correctly (a name) is caught by the hash, with no action to blame', () => {
    const record = copy();
    record.seats[2]!.name = 'Someone else';
    const result = verifyRecord(record);
    expect(result).toMatchObject({ ok: false, divergence: null });
    if (!result.ok) expect(result.reason).toMatch(/edited after it was written: its hash is sha256:.* but its content hashes to sha256:/);
    expect(verifyRecord(rehash(record)).ok).toBe(true);
  });
});

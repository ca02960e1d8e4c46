/**
 * The two fingerprints of a record. A state digest pins down the game state after each move
 * (G, secrets included, and the phase), so a replay that drifts is caught at the move where it
 * drifts. The record hash covers the whole record, so a fork can name its parent and an edit to
 * anything (a name, a time, a score) is noticed. Neither is a signature: whoever edits a record
 * can recompute both, which then makes it a consistent record of a different game.
 */
import type { GameState } from '../game/index.js';
import { canonicalJson } from './canonical.js';
import type { GameRecord, RecordContent } from './format.js';
import { sha256Hex } from './sha256.js';

export function stateDigest(state: { G: GameState; ctx: { phase: string | null } }): string {
  return sha256Hex(canonicalJson({ phase: state.ctx.phase ?? null, G: state.G })).slice(0, 16);
}

export function recordHash(record: RecordContent | GameRecord): string {
  const { hash: _ignored, ...content } = record as GameRecord;
  return `sha256:${sha256Hex(canonicalJson(content))}`;
}

export function withHash(content: RecordContent): GameRecord {
  return { ...content, hash: recordHash(content) };
}

/**
 * A finished match's entry in GET /api/replays: what the replays page lists without loading the
 * whole record. Computed once, from the stored record, when the record is stored.
 */
import type { GameRecord, RecordResult } from '../../src/record/index.js';

export interface ReplaySummary {
  matchID: string;
  scenario: GameRecord['scenario'];
  /** The rounds the match was set up for. */
  rounds: number;
  /** The years actually resolved (fewer than `rounds` when a crisis ended the game). */
  yearsPlayed: number;
  finishedAt: string;
  winner: RecordResult['winner'];
  reason: RecordResult['reason'];
  scores: RecordResult['scores'];
  seats: Array<Pick<GameRecord['seats'][number], 'seat' | 'name' | 'kind' | 'style'>>;
  parent: { matchID: string; hash: string; actionIndex: number } | null;
}

/** The list entry of a finished record (one with a result and a finishedAt). */
export function summarize(record: GameRecord & { result: RecordResult; finishedAt: string }): ReplaySummary {
  return {
    matchID: record.matchID,
    scenario: record.scenario,
    rounds: record.setupData.rounds,
    yearsPlayed: record.years.length,
    finishedAt: record.finishedAt,
    winner: record.result.winner,
    reason: record.result.reason,
    scores: record.result.scores,
    seats: record.seats.map(({ seat, name, kind, style }) => ({ seat, name, kind, style })),
    parent: record.parent ? { ...record.parent } : null,
  };
}

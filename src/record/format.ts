/**
 * The game record: everything needed to replay, check and read a match, as versioned JSON (the
 * Compute Race counterpart of a PGN file). The zod schema is the single source of the types and
 * of docs/record.schema.json; docs/record-format.md explains every field.
 *
 * A record holds the setup, the random seed, the seats and every accepted move in order. The rest
 * (state digests after each move, per-year figures, the result) is derived by replaying the moves
 * through the rules, and is kept so that a reader can see the story without running anything and
 * so that `verifyRecord` can name the first move where a changed record stops matching.
 */
import { z } from 'zod';
import {
  EVENT_IDS,
  MAX_ROUNDS,
  MIN_ROUNDS,
  MOVE_NAMES,
  PLAYER_IDS,
  SCENARIO_IDS,
  CAPITALS,
  SEATS,
  type Outcome,
} from '../game/index.js';

export const RECORD_FORMAT = 'compute-race-record';
/** Bump when the record's shape or meaning changes; readers refuse other versions. */
export const RECORD_FORMAT_VERSION = 1;
/** The boardgame.io game name. */
export const RECORD_GAME = 'compute-race';

/** A state digest: the first 16 hex digits of SHA-256 over the canonical JSON of { phase, G }. */
export const DIGEST_PATTERN = /^[0-9a-f]{16}$/;
/** The record's content hash: SHA-256 over the canonical JSON of the record without `hash`. */
export const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

const isoTime = z.iso.datetime({ offset: true }).meta({ description: 'ISO 8601 date-time, e.g. 2026-03-01T18:04:05.000Z' });
const bySeat = <T extends z.ZodType>(value: T) =>
  z.strictObject({ usg: value, nvidia: value, china: value, huawei: value });
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const playerID = z.enum(PLAYER_IDS);
const seat = z.enum(SEATS);

export const RecordSetupSchema = z
  .strictObject({
    scenario: z.enum(SCENARIO_IDS),
    rounds: z.number().int().min(MIN_ROUNDS).max(MAX_ROUNDS),
  })
  .meta({ id: 'RecordSetup', description: 'The setupData the match was created with, with the defaults filled in.' });

export const RecordSeatSchema = z
  .strictObject({
    playerID,
    seat,
    name: z.string().max(100).nullable().meta({ description: 'The name shown at the table; null for a seat nobody took.' }),
    kind: z.enum(['human', 'bot']).meta({ description: 'Who held the seat when the record was made.' }),
    style: z.string().min(1).max(40).nullable().meta({ description: "A bot's style (src/bots BOT_STYLES); null for a human." }),
  })
  .meta({ id: 'RecordSeat', description: 'One of the four seats, in playerID order.' });

export const RecordActionSchema = z
  .strictObject({
    index: z.number().int().min(0).meta({ description: 'Position in `actions`, from 0.' }),
    year: z.number().int().meta({ description: 'The game year the move was made in.' }),
    phase: z.enum(['policy', 'orders']),
    playerID,
    seat,
    move: z.enum(MOVE_NAMES),
    args: z
      .array(z.json())
      .nullable()
      .meta({ description: "The move's arguments as sent; null in a redacted record when they are another seat's secret." }),
    at: isoTime.meta({ description: 'When the server accepted the move (the end of the match when the time was not kept).' }),
    digest: z
      .string()
      .regex(DIGEST_PATTERN)
      .nullable()
      .meta({ description: 'Digest of the state after this move; null in a redacted record.' }),
  })
  .meta({ id: 'RecordAction', description: 'One accepted move.' });

export const RecordYearSchema = z
  .strictObject({
    year: z.number().int(),
    event: z.enum(EVENT_IDS).meta({ description: "The year's news card." }),
    resolvedBy: z.number().int().min(0).meta({ description: 'Index of the action whose arrival resolved the year.' }),
    kUs: finite,
    kCn: finite,
    tension: finite,
    trust: finite,
    points: bySeat(finite).meta({ description: 'Points each seat earned in the year.' }),
  })
  .meta({ id: 'RecordYear', description: 'Public figures at the end of a resolved year (from G.history).' });

export const RecordResultSchema = z
  .strictObject({
    reason: z.enum(['complete', 'crisis']),
    provokedBy: z
      .array(z.enum(CAPITALS))
      .max(2)
      .meta({ description: 'In a crisis, the capital(s) whose own choices pushed tension hardest in the last year; they lose a further share of par. Empty otherwise.' }),
    winner: seat,
    scores: bySeat(z.strictObject({ raw: finite, par: finite, score: finite })),
    blocs: z.strictObject({ us: finite, cn: finite }),
    kUs: finite,
    kCn: finite,
  })
  .meta({ id: 'RecordResult', description: "The game's outcome (ctx.gameover); null while the game is not over." });

export const RecordParentSchema = z
  .strictObject({
    matchID: z.string().min(1).max(100),
    hash: z.string().regex(HASH_PATTERN),
    actionIndex: z.number().int().min(0).meta({ description: 'The fork starts from the state after this many of the parent\'s actions.' }),
  })
  .meta({ id: 'RecordParent', description: 'For a "what if" match: the record it was forked from and where. Its first actionIndex actions are the parent\'s.' });

export const RecordRedactionSchema = z
  .strictObject({
    playerID: playerID.nullable().meta({ description: 'The seat the record was made for; null for a spectator.' }),
  })
  .meta({ id: 'RecordRedaction', description: "Set in a record given out during a game: the seed, the state digests and other seats' orders are removed." });

export const GameRecordSchema = z
  .strictObject({
    format: z.literal(RECORD_FORMAT),
    formatVersion: z.literal(RECORD_FORMAT_VERSION),
    rulesVersion: z.number().int().min(1).meta({ description: 'RULES_VERSION of the rules the game was played under.' }),
    game: z.literal(RECORD_GAME),
    matchID: z.string().min(1).max(100),
    createdAt: isoTime,
    finishedAt: isoTime.nullable(),
    scenario: z.enum(SCENARIO_IDS),
    setupData: RecordSetupSchema,
    seed: z
      .union([z.string().min(1).max(200), finite])
      .nullable()
      .meta({ description: "boardgame.io's random seed; null in a redacted record." }),
    seats: z.array(RecordSeatSchema).length(4),
    initialDigest: z
      .string()
      .regex(DIGEST_PATTERN)
      .nullable()
      .meta({ description: 'Digest of the state before the first move; null in a redacted record.' }),
    actions: z.array(RecordActionSchema).max(2000),
    years: z.array(RecordYearSchema).max(MAX_ROUNDS),
    result: RecordResultSchema.nullable(),
    parent: RecordParentSchema.nullable(),
    redacted: RecordRedactionSchema.nullable(),
    hash: z.string().regex(HASH_PATTERN),
  })
  .meta({
    title: 'Compute Race game record',
    description: 'A complete, portable record of one Compute Race match (format version 1). See docs/record-format.md.',
  });

export type GameRecord = z.infer<typeof GameRecordSchema>;
/** A record before its hash is computed. */
export type RecordContent = Omit<GameRecord, 'hash'>;
export type RecordSetup = z.infer<typeof RecordSetupSchema>;
export type RecordSeat = z.infer<typeof RecordSeatSchema>;
export type RecordAction = z.infer<typeof RecordActionSchema>;
export type RecordYear = z.infer<typeof RecordYearSchema>;
export type RecordResult = z.infer<typeof RecordResultSchema>;
export type RecordParent = z.infer<typeof RecordParentSchema>;

// The result is the rules' Outcome, field for field: keep them in step at compile time.
const _resultIsOutcome = (outcome: Outcome): RecordResult => outcome;
const _outcomeIsResult = (result: RecordResult): Outcome => result;
void _resultIsOutcome;
void _outcomeIsResult;

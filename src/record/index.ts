/**
 * Game records (src/record): the format, export from a stored match, import of an uploaded file,
 * verification by replay, the transcript, the per-seat redaction during a game, "what if" forks,
 * and the replay API the viewer draws from. Formats on top of the rules, never inside them.
 */
export * from './format.js';
export { recordHash, stateDigest } from './hash.js';
export { canonicalJson } from './canonical.js';
export { recordFromMatch, RecordExportError, type MatchSource, type SeatController } from './export.js';
export { parseRecord, parseRecordText, formatPath, RECORD_ERROR_CODES, MAX_RECORD_CHARS, type ParseResult, type RecordError, type RecordErrorCode } from './import.js';
export { verifyRecord, type VerifyResult, type VerifyOptions, type Divergence } from './verify.js';
export { Replay, ReplayError, replayRecord, replayStates, viewAt, yearBoundaries, allSeeingView, type Viewer, type TableView, type AllSeeingView, type YearBoundary } from './replay.js';
export { transcript, transcriptOf } from './transcript.js';
export { describeAction, describePolicy, describeNvidiaOrder, describeChinaOrder, describeHuaweiOrder } from './describe.js';
export { redactRecord } from './redact.js';
export { forkAt, stateAtIndex, type ForkStart, type ForkResult } from './fork.js';
export { simulateRecord, type SimulationOptions } from './simulate.js';
export { RecordWriter, type RecordHeader } from './writer.js';
export { recordJsonSchema, recordJsonSchemaText, RECORD_SCHEMA_PATH } from './schema.js';
export type { MatchState, MoveInput } from './engine.js';

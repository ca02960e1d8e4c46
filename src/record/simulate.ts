/**
 * Records of simulated games, for demos, tests and the CLI's `export-sim`: every seat a bot of a
 * given style (deciding only from its seat's playerView), or random legal play from the rules'
 * `enumerate` (which also revises orders now and then, as people do). Same options, same record:
 * the times are synthetic, counted from `startedAt`.
 */
import { enumerate, PLAYER_IDS, SCENARIOS, SEATS, SEAT_NAMES, playerView, type BySeat, type ScenarioId } from '../game/index.js';
import { BOT_STYLES, BOT_STYLE_LABELS, botMove, seededRandom, type BotStyle, type Random } from '../bots/index.js';
import type { MatchState, MoveInput } from './engine.js';
import type { GameRecord, RecordSeat } from './format.js';
import { sha256Hex } from './sha256.js';
import { RecordWriter } from './writer.js';

export interface SimulationOptions {
  seed: string;
  scenario: ScenarioId;
  rounds?: number;
  /** 'bots' (default): each seat a bot; 'random': random legal moves from `enumerate`. */
  players?: 'bots' | 'random';
  /** Bot styles; by default drawn from the seed. */
  styles?: BySeat<BotStyle>;
  matchID?: string;
  /** Epoch ms of the synthetic start; moves follow 30 s apart. */
  startedAt?: number;
}

const STEP_MS = 30_000;
/** 12 years of 1 policy + 3 orders + revisions stays far below this; it only guards against a loop. */
const MAX_MOVES = 400;

export function simulateRecord(options: SimulationOptions): GameRecord {
  const players = options.players ?? 'bots';
  const rounds = options.rounds;
  const styles = options.styles ?? stylesFromSeed(options.seed);
  const startedAt = options.startedAt ?? Date.UTC(2026, 0, 1);
  const matchID = options.matchID ?? `sim-${sha256Hex(JSON.stringify([options.seed, options.scenario, rounds ?? null, players])).slice(0, 12)}`;
  const seats: RecordSeat[] = SEATS.map((seat, i) => ({
    playerID: PLAYER_IDS[i]!,
    seat,
    name: players === 'bots' ? `${SEAT_NAMES[seat]} bot (${BOT_STYLE_LABELS[styles[seat]]})` : `${SEAT_NAMES[seat]} (random)`,
    kind: 'bot',
    style: players === 'bots' ? styles[seat] : null,
  }));
  const writer = new RecordWriter({
    matchID,
    createdAt: new Date(startedAt).toISOString(),
    seed: options.seed,
    setupData: { scenario: options.scenario, rounds: rounds ?? SCENARIOS[options.scenario].rounds },
    seats,
  });
  const random = seededRandom(`moves:${options.seed}`);
  const choose = players === 'bots' ? (s: MatchState) => botChoice(s, styles, options.seed) : (s: MatchState) => randomChoice(s, random);
  while (!writer.state.ctx.gameover) {
    if (writer.actionCount >= MAX_MOVES) throw new Error(`simulateRecord: the game did not end after ${MAX_MOVES} moves`);
    const move = choose(writer.state);
    const result = writer.play(move, new Date(startedAt + (writer.actionCount + 1) * STEP_MS).toISOString());
    if (!result.ok) throw new Error(`simulateRecord: an illegal ${move.move} from player ${move.playerID}: ${result.reason}`);
  }
  return writer.finish(new Date(startedAt + writer.actionCount * STEP_MS).toISOString());
}

function stylesFromSeed(seed: string): BySeat<BotStyle> {
  const random = seededRandom(`styles:${seed}`);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return { usg: pick(BOT_STYLES.usg), nvidia: pick(BOT_STYLES.nvidia), china: pick(BOT_STYLES.china), huawei: pick(BOT_STYLES.huawei) };
}

/** Players who may move now, in seat order. */
function movers(state: MatchState): string[] {
  const active = state.ctx.activePlayers;
  return PLAYER_IDS.filter((id) => (active ? active[id] !== undefined : state.ctx.currentPlayer === id));
}

function botChoice(state: MatchState, styles: BySeat<BotStyle>, seed: string): MoveInput {
  for (const playerID of movers(state)) {
    const seat = SEATS[Number(playerID)]!;
    const random: Random = seededRandom(`${seed}:${state._stateID}:${playerID}`);
    const decision = botMove(styles[seat], playerView(state.G, playerID), random);
    if (decision) return { playerID, move: decision.move, args: decision.args };
  }
  throw new Error(`simulateRecord: no bot could move at stateID ${state._stateID} (phase ${state.ctx.phase})`);
}

/** A seat still to order, or (one time in six) one that revises its order. */
function randomChoice(state: MatchState, random: Random): MoveInput {
  const all = movers(state);
  const pending = all.filter((id) => {
    const seat = SEATS[Number(id)]!;
    return seat === 'usg' || state.G.secret.orders[seat] === undefined;
  });
  const pool = pending.length === 0 || random() < 1 / 6 ? all : pending;
  const playerID = pool[Math.floor(random() * pool.length)]!;
  const choices = enumerate(state.G, state.ctx, playerID);
  const choice = choices[Math.floor(random() * choices.length)];
  if (!choice) throw new Error(`simulateRecord: enumerate offered player ${playerID} nothing in phase ${state.ctx.phase}`);
  return { playerID, move: choice.move, args: choice.args };
}

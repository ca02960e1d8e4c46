/**
 * A record as plain text, year by year, for reading aloud or printing: the news, the policy, the
 * orders as revealed, the trade, K, the meters, the year's summary, then the final scores. It is
 * written from a verified replay. The secrets (uncaught smuggling, order revisions) are told only
 * once the game is over, as at the table.
 */
import { crisisBlame, EVENTS, SCENARIOS, SEATS, SEAT_NAMES, type GameState, type YearRecord } from '../game/index.js';
import { describeChinaOrder, describeHuaweiOrder, describeNvidiaOrder, describePolicy } from './describe.js';
import type { GameRecord, RecordAction } from './format.js';
import { replayRecord, type Replay } from './replay.js';

const n = (x: number, digits = 1) => x.toFixed(digits);
const pct = (x: number) => `${Math.round(x * 100)}%`;
const when = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
const RULE = '='.repeat(72);

/** The transcript of a record that replays; throws ReplayError for one that does not. */
export function transcript(record: GameRecord): string {
  return transcriptOf(replayRecord(record));
}

export function transcriptOf(replay: Replay): string {
  const { record } = replay;
  const final = replay.stateAt(replay.length).G;
  const over = record.result !== null;
  const lines = [...header(record), ''];
  for (const year of final.history) lines.push(...yearSection(year, yearActions(record, year.year), over), '');
  if (!over) lines.push(...inProgress(record, final), '');
  lines.push(...(over ? finalSection(record, final) : ['The game is not over yet.']));
  return `${lines.flatMap((line) => wrap(line)).join('\n')}\n`;
}

/** Lines fold at word breaks to fit a printed page; a folded line's rest is indented. */
export function wrap(line: string, width = 96): string[] {
  if (line.length <= width) return [line];
  const indent = `${/^ */.exec(line)![0]}    `;
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(' ', width);
    if (cut <= indent.length) break;
    out.push(rest.slice(0, cut));
    rest = indent + rest.slice(cut + 1);
  }
  out.push(rest);
  return out;
}

function header(record: GameRecord): string[] {
  const scenario = SCENARIOS[record.scenario];
  const lines = [
    RULE,
    'COMPUTE RACE: GAME RECORD',
    `${scenario.title} (scenario ${record.scenario}), ${record.setupData.rounds} years from ${scenario.startYear}`,
    `Match ${record.matchID}, begun ${when(record.createdAt)}${record.finishedAt ? `, finished ${when(record.finishedAt)}` : ''}`,
    `Rules version ${record.rulesVersion}, record format ${record.formatVersion}, ${record.actions.length} moves`,
  ];
  if (record.parent)
    lines.push(`A "what if" game: forked from match ${record.parent.matchID} after its first ${record.parent.actionIndex} moves (${record.parent.hash}).`);
  lines.push(RULE, '', 'Seats:');
  for (const seat of record.seats) {
    const who = seat.kind === 'bot' ? `bot${seat.style ? `: ${seat.style}` : ''}` : 'human';
    lines.push(`  ${SEAT_NAMES[seat.seat].padEnd(14)} ${seat.name ?? '(empty)'} (${who})`);
  }
  return lines;
}

function yearActions(record: GameRecord, year: number): RecordAction[] {
  return record.actions.filter((a) => a.year === year);
}

function yearSection(y: YearRecord, actions: RecordAction[], over: boolean): string[] {
  const event = EVENTS[y.event];
  const china = lastOrder(actions, 'china');
  const smuggling = y.orders.china.smuggling ?? (over && china ? (china.args?.[0] as { smuggling: number }).smuggling : null);
  const t = y.trade;
  const lines = [
    `---- ${y.year} ${'-'.repeat(66)}`,
    `News: ${event.title}. ${event.text}`,
    `Policy (US Government): ${describePolicy(y.policy)}.`,
    'Orders, as revealed:',
    `  NVIDIA: ${describeNvidiaOrder(y.orders.nvidia)}.`,
    `  China: ${describeChinaOrder({ ...y.orders.china, smuggling })}.`,
    `  Huawei: ${describeHuaweiOrder(y.orders.huawei)}.`,
  ];
  if (over && y.orders.china.smuggling === null && smuggling) lines.push(`  (China's smuggling of ${'$'}${n(smuggling)}B was never caught.)`);
  if (over) {
    const revisions = revisionsOf(actions);
    if (revisions) lines.push(`  (${revisions})`);
  }
  lines.push(
    `Trade: NVIDIA sold China ${n(t.nvidiaToChina, 2)} CP and the US ${n(t.nvidiaToUs)} CP; Huawei sold China ${n(t.huaweiSold, 2)} CP; ` +
      `smuggled chips seized ${n(t.smugglingCaught, 2)} CP. Revenue: NVIDIA $${n(t.nvRevenue)}B, Huawei $${n(t.hwRevenue)}B; licence fees $${n(t.feesCollected)}B.`,
    `K: US ${n(y.kUs)}, China ${n(y.kCn)} (China at ${pct(y.kUs > 0 ? y.kCn / y.kUs : 0)} of the US).`,
    `Meters: tension ${n(y.tension)}, trust ${n(y.trust)}, self-reliance ${pct(y.selfReliance)}, NVIDIA valuation $${n(y.nvValuation, 2)}T.`,
    `Points this year: ${SEATS.map((s) => `${SEAT_NAMES[s]} ${n(y.points[s])}`).join(', ')}.`,
    'Summary:',
    ...y.summary.map((line) => `  ${line}`),
  );
  return lines;
}

function lastOrder(actions: RecordAction[], seat: RecordAction['seat']): RecordAction | undefined {
  return actions.filter((a) => a.move === 'submitOrder' && a.seat === seat).at(-1);
}

function revisionsOf(actions: RecordAction[]): string | null {
  const parts = (['nvidia', 'china', 'huawei'] as const).flatMap((seat) => {
    const extra = actions.filter((a) => a.move === 'submitOrder' && a.seat === seat).length - 1;
    return extra > 0 ? [`${SEAT_NAMES[seat]} revised its order ${extra === 1 ? 'once' : `${extra} times`}`] : [];
  });
  return parts.length > 0 ? `${parts.join('; ')}.` : null;
}

function inProgress(record: GameRecord, G: GameState): string[] {
  const year = G.startYear + G.round - 1;
  const actions = yearActions(record, year);
  const ordered = (['nvidia', 'china', 'huawei'] as const).filter((seat) => G.secret.orders[seat] !== undefined);
  return [
    `---- ${year} (in progress) ${'-'.repeat(54)}`,
    G.event ? `News: ${EVENTS[G.event].title}. ${EVENTS[G.event].text}` : 'News: not yet drawn.',
    G.policySet ? `Policy (US Government): ${describePolicy(G.policy)}.` : 'The US Government has not set the policy yet.',
    ordered.length > 0 ? `Orders in (kept secret): ${ordered.map((s) => SEAT_NAMES[s]).join(', ')}.` : 'No orders are in yet.',
    `${actions.length} move${actions.length === 1 ? '' : 's'} so far this year.`,
  ];
}

function finalSection(record: GameRecord, G: GameState): string[] {
  const result = record.result!;
  const years = G.history.length;
  const ending =
    result.reason === 'crisis'
      ? `The game ended in a crisis in ${G.history.at(-1)?.year ?? '?'}: tension reached the top of the scale. ${crisisBlame(result)}`
      : `The game ran its full ${years} years.`;
  const lines = [
    RULE,
    'FINAL RESULT',
    ending,
    `Winner: ${SEAT_NAMES[result.winner]}.`,
    '',
    `  ${'Seat'.padEnd(14)} ${'raw'.padStart(8)} ${'par'.padStart(8)} ${'score'.padStart(7)}`,
    ...SEATS.map((s) => {
      const sc = result.scores[s];
      return `  ${SEAT_NAMES[s].padEnd(14)} ${n(sc.raw, 2).padStart(8)} ${n(sc.par, 2).padStart(8)} ${n(sc.score, 2).padStart(7)}`;
    }),
    '',
    `Blocs (mean score): US ${n(result.blocs.us, 2)}, China ${n(result.blocs.cn, 2)}.`,
    `Final K, every smuggled chip included: US ${n(result.kUs)}, China ${n(result.kCn)}.`,
  ];
  if (G.secret.smuggledStock > 0) lines.push(`Smuggled chips never caught: ${n(G.secret.smuggledStock, 2)} CP.`);
  lines.push(`Huawei finished at tech level ${G.meters.huaweiLevel}.`, RULE);
  return lines;
}

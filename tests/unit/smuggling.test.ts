/**
 * Smuggling against enforcement, through resolveYear with a fake random source: the single draw
 * of a year is compared with the detection chance. Caught: seized, tension up, nothing added.
 * Uncaught: China's secret stock grows, and nothing public (K, the record, the summary) shows it.
 */
import { describe, expect, it } from 'vitest';
import { resolveYear, TENSION } from '../../src/game/resolve.js';
import { depreciate, detectionChance, stocks } from '../../src/game/model.js';
import { DEPRECIATION, PC_CARRY, SMUGGLING_PRICE_FACTOR, US_PRICE } from '../../src/game/params.js';
import { SCENARIOS } from '../../src/game/scenarios.js';
import { EVENTS } from '../../src/game/events.js';
import { fixedRandom, makeState, orders } from './helpers/fixture.js';

/** $B a smuggled CP costs: twice the US list price (2 x 8 = $16B per CP today). */
const PER_CP = US_PRICE * SMUGGLING_PRICE_FACTOR;
const SPEND = 8;
const CP = SPEND / PER_CP; // 0.5 CP today

/** A quiet year: neutral stances, no purchases, nothing else moving tension. */
const quietBoard = (policy = {}, modifiers = {}, smuggledStock = 0) =>
  makeState({ policy: { stance: 'neutral', enforcement: 0, chipSecurity: false, ...policy }, modifiers, secret: { smuggledStock } });
const smuggle = (spend = SPEND) => orders({ china: { smuggling: spend } });

describe('the draw against the detection chance', () => {
  const levels = [0, 1, 2, 3].flatMap((enforcement) => [false, true].map((chipSecurity) => [enforcement, chipSecurity] as const));

  it.each(levels)('enforcement %i, chip security %s: caught just below the chance, free just above', (enforcement, chipSecurity) => {
    const policy = { enforcement, chipSecurity };
    const chance = detectionChance(policy.enforcement, policy.chipSecurity, 0);
    const caught = resolveYear(quietBoard(policy), smuggle(), fixedRandom(chance - 1e-9));
    expect(caught.trade.smugglingCaught).toBeCloseTo(CP, 12);
    const free = resolveYear(quietBoard(policy), smuggle(), fixedRandom(chance + 1e-9));
    expect(free.trade.smugglingCaught).toBe(0);
  });

  it('the smuggling-ring card raises the chance through the year modifier', () => {
    // Enforcement 0: 0.15 alone, 0.45 with the card's +0.3. A draw of 0.3 is free, then caught.
    const draw = (detectionChance(0, false, 0) + detectionChance(0, false, 0.3)) / 2;
    expect(resolveYear(quietBoard(), smuggle(), fixedRandom(draw)).trade.smugglingCaught).toBe(0);
    const G = quietBoard();
    EVENTS['smuggling-ring-exposed'].apply(G);
    expect(resolveYear(G, smuggle(), fixedRandom(draw)).trade.smugglingCaught).toBeCloseTo(CP, 12);
  });

  it('the chance is clamped: even at 0.95 a draw of 0.96 gets through', () => {
    const G = quietBoard({ enforcement: 3, chipSecurity: true }, { smugglingDetectBonus: 0.3 });
    expect(resolveYear(G, smuggle(), fixedRandom(0.96)).trade.smugglingCaught).toBe(0);
  });

  it('no attempt, no draw', () => {
    const random = fixedRandom(0);
    const record = resolveYear(quietBoard(), orders(), random);
    expect(random.calls).toBe(0);
    expect(record.trade.smugglingCaught).toBe(0);
  });
});

describe('caught', () => {
  const run = () => {
    const G = quietBoard({}, {}, 2);
    const before = structuredClone(G);
    const record = resolveYear(G, smuggle(), fixedRandom(0));
    return { G, before, record };
  };

  it('the shipment is seized: no stock added, China still paid', () => {
    const { G, before, record } = run();
    expect(record.trade.smugglingCaught).toBeCloseTo(CP, 12);
    expect(G.secret.smuggledStock).toBeCloseTo(before.secret.smuggledStock * (1 - DEPRECIATION), 12);
    expect(G.cn.foreign).toBeCloseTo(depreciate(before.cn.foreign, 0), 12);
    expect(G.secret.smugglingLog).toEqual([{ year: before.startYear, spend: SPEND, caught: true, cp: CP }]);
  });

  it('tension rises by TENSION.caughtSmuggling and the US Government gains a point of capital', () => {
    const { G, before, record } = run();
    // Tension 3 + 0.8 = 3.8 today; capital 6 base + 0.5 x 6 unspent + 1 = 10.
    expect(G.meters.tension).toBeCloseTo(before.meters.tension + TENSION.caughtSmuggling, 12);
    expect(record.tension).toBe(G.meters.tension);
    const scenario = SCENARIOS[before.scenario];
    expect(G.meters.politicalCapital).toBeCloseTo(scenario.politicalCapital + PC_CARRY * before.meters.politicalCapital + 1, 12);
  });

  it('the seizure is public: the record shows the spend and the summary says so', () => {
    const { record } = run();
    expect(record.orders.china.smuggling).toBe(SPEND);
    expect(record.summary.some((line) => /smuggling/i.test(line))).toBe(true);
  });
});

describe('not caught', () => {
  const run = (smuggledStock = 0) => {
    const G = quietBoard({}, {}, smuggledStock);
    const before = structuredClone(G);
    const record = resolveYear(G, smuggle(), fixedRandom(0.99));
    const control = quietBoard({}, {}, smuggledStock);
    const controlRecord = resolveYear(control, orders(), fixedRandom(0.99));
    return { G, before, record, control, controlRecord };
  };

  it('the chips join China\'s secret stock like any installed chips: C x (1 - D) + installed', () => {
    // 2 CP already hidden, 0.5 CP arrive: 2 x 0.85 + 0.5 = 2.2 CP.
    const { G } = run(2);
    expect(G.secret.smuggledStock).toBeCloseTo(depreciate(2, CP), 12);
  });

  it('the log keeps the attempt for the end of the game', () => {
    const { G, before } = run();
    expect(G.secret.smugglingLog).toEqual([{ year: before.startYear, spend: SPEND, caught: false, cp: CP }]);
  });

  it('nothing public changes: K, tension, the record and the summary are as if China had not smuggled', () => {
    const { G, record, control, controlRecord } = run(2);
    expect(record.kCn).toBe(controlRecord.kCn);
    expect(stocks(G).kCn).toBe(stocks(control).kCn);
    expect(G.cn).toEqual(control.cn);
    expect(G.meters).toEqual(control.meters);
    expect(record.trade).toEqual(controlRecord.trade);
    expect(record.orders.china.smuggling).toBeNull();
    expect(record.summary).toEqual(controlRecord.summary);
  });

  it('the hidden stock counts in the final K', () => {
    const { G } = run(2);
    expect(stocks(G, G.secret.smuggledStock).kCn).toBeGreaterThan(stocks(G).kCn);
  });
});

/**
 * The limits' arithmetic with a clock the test moves: a burst then a rate, refusals that say
 * which is the first of a streak (the one the server answers), refunds, and keyed buckets that
 * forget clients once they have refilled.
 */
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../server/limits/client-address.js';
import { ConnectionCount } from '../../server/limits/connection-count.js';
import { KeyedBuckets } from '../../server/limits/keyed-buckets.js';
import { perMinute, TokenBucket } from '../../server/limits/token-bucket.js';

function clock() {
  let now = 0;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('token bucket', () => {
  it('admits a burst, then refuses; only the first refusal of a streak is marked first', () => {
    const time = clock();
    const bucket = new TokenBucket({ capacity: 3, refillPerSecond: 10 }, time.now);
    expect([bucket.take(), bucket.take(), bucket.take()].every((a) => a.ok)).toBe(true);
    expect(bucket.take()).toEqual({ ok: false, firstRefusal: true, retryAfterMs: 100 });
    expect(bucket.take()).toMatchObject({ ok: false, firstRefusal: false });
    time.advance(50);
    expect(bucket.take()).toMatchObject({ ok: false, firstRefusal: false, retryAfterMs: 50 });
    // A token is back: admitted, and the streak is over.
    time.advance(50);
    expect(bucket.take().ok).toBe(true);
    expect(bucket.take()).toMatchObject({ ok: false, firstRefusal: true });
  });

  it('refills at its rate up to its capacity, and a refund gives one back', () => {
    const time = clock();
    const bucket = new TokenBucket(perMinute(30), time.now);
    for (let i = 0; i < 30; i++) expect(bucket.take().ok).toBe(true);
    expect(bucket.take()).toMatchObject({ ok: false, retryAfterMs: 2_000 });
    bucket.refund();
    expect(bucket.take().ok).toBe(true);
    time.advance(60_000 * 10);
    expect(bucket.isFull()).toBe(true);
    for (let i = 0; i < 30; i++) expect(bucket.take().ok).toBe(true);
    expect(bucket.take().ok).toBe(false);
  });
});

describe('keyed buckets', () => {
  it('keeps one budget per key', () => {
    const buckets = new KeyedBuckets({ capacity: 2, refillPerSecond: 1 }, clock().now);
    expect(buckets.take('a').ok && buckets.take('a').ok).toBe(true);
    expect(buckets.take('a').ok).toBe(false);
    expect(buckets.take('b').ok).toBe(true);
  });

  it('forgets keys that have refilled, so made-up keys do not pile up', () => {
    const time = clock();
    const buckets = new KeyedBuckets({ capacity: 5, refillPerSecond: 10 }, time.now);
    for (let i = 0; i < 5_000; i++) {
      buckets.take(`made-up-${i}`);
      time.advance(1);
    }
    // Each key is full again 100 ms after its one message: only the last ones are remembered.
    expect(buckets.size).toBeLessThan(1_200);
  });
});

describe('client addresses and open connections', () => {
  it('counts an IPv4 client of a dual-stack socket as its IPv4 address', () => {
    expect(clientAddress('::ffff:127.0.0.2')).toBe('127.0.0.2');
    expect(clientAddress('::1')).toBe('::1');
    expect(clientAddress(undefined)).toBe('unknown');
  });

  it('refuses a connection beyond the limit until one closes', () => {
    const count = new ConnectionCount(2);
    expect([count.tryOpen('a'), count.tryOpen('a'), count.tryOpen('a')]).toEqual([true, true, false]);
    expect(count.atLimit('a')).toBe(true);
    expect(count.tryOpen('b')).toBe(true);
    count.close('a');
    expect(count.tryOpen('a')).toBe(true);
  });
});

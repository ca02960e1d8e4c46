import { describe, expect, it } from 'vitest';
import { MatchQueue } from '../../server/seats/match-queue.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('per-match submission queue', () => {
  it('runs one match\'s jobs one at a time in order, and matches in parallel', async () => {
    const queue = new MatchQueue();
    const events: string[] = [];
    const job = (name: string, ms: number) => async () => {
      events.push(`start ${name}`);
      await tick(ms);
      events.push(`end ${name}`);
      return name;
    };
    const results = await Promise.all([queue.run('a', job('a1', 20)), queue.run('a', job('a2', 1)), queue.run('b', job('b1', 5))]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(events.indexOf('end a1')).toBeLessThan(events.indexOf('start a2'));
    expect(events.indexOf('start b1')).toBeLessThan(events.indexOf('end a1'));
  });

  it('a failing job rejects only its own promise', async () => {
    const queue = new MatchQueue();
    const failed = queue.run('a', async () => {
      throw new Error('boom');
    });
    const next = queue.run('a', async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
    await queue.idle();
  });
});

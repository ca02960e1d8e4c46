/**
 * One token bucket per key (a client address, a credential), made on first use and forgotten
 * once it has refilled, so memory follows the clients active in the last few seconds, not every
 * key ever seen (an attacker sending made-up credentials makes a new key per message).
 */
import { TokenBucket, type Admission, type Rate } from './token-bucket.js';

/** Look for forgettable buckets when the map has grown to this size (then to twice what is left). */
const FIRST_PRUNE_AT = 1024;

export class KeyedBuckets {
  private readonly buckets = new Map<string, TokenBucket>();
  private pruneAt = FIRST_PRUNE_AT;

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(key: string): Admission {
    let bucket = this.buckets.get(key);
    if (bucket === undefined) {
      if (this.buckets.size >= this.pruneAt) this.prune();
      bucket = new TokenBucket(this.rate, this.now);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }

  refund(key: string): void {
    this.buckets.get(key)?.refund();
  }

  get size(): number {
    return this.buckets.size;
  }

  private prune(): void {
    for (const [key, bucket] of this.buckets) if (bucket.isFull()) this.buckets.delete(key);
    this.pruneAt = Math.max(FIRST_PRUNE_AT, 2 * this.buckets.size);
  }
}

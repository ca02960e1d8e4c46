/**
 * A token bucket: `capacity` actions at once, then `refillPerSecond` on average. Each limit of the
 * server is one (per socket, per credential, per client address). A refusal says whether it is
 * the first of its streak: the caller answers that one (so a real client learns why) and drops
 * the rest without a reply (a flood must not make the server write as much as it reads).
 */
export interface Rate {
  readonly capacity: number;
  readonly refillPerSecond: number;
}

export type Admission =
  | { readonly ok: true }
  | {
      readonly ok: false;
      /** The first refusal since the last admitted action: answer it; drop later ones silently. */
      readonly firstRefusal: boolean;
      /** When the next token will be there. */
      readonly retryAfterMs: number;
    };

/** `count` actions a minute, all of them at once if saved up. */
export const perMinute = (count: number): Rate => ({ capacity: count, refillPerSecond: count / 60 });

export class TokenBucket {
  private tokens: number;
  private last: number;
  private refusing = false;

  constructor(
    private readonly rate: Rate,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = rate.capacity;
    this.last = now();
  }

  take(): Admission {
    this.refill();
    if (this.tokens >= 1) {
      this.tokens -= 1;
      this.refusing = false;
      return { ok: true };
    }
    const firstRefusal = !this.refusing;
    this.refusing = true;
    return { ok: false, firstRefusal, retryAfterMs: ((1 - this.tokens) / this.rate.refillPerSecond) * 1000 };
  }

  /** Gives back a token taken for an action that then did not happen (e.g. a refused creation). */
  refund(): void {
    this.tokens = Math.min(this.rate.capacity, this.tokens + 1);
  }

  /** Full again, so forgetting it changes nothing. */
  isFull(): boolean {
    this.refill();
    return this.tokens >= this.rate.capacity;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.rate.capacity, this.tokens + ((now - this.last) / 1000) * this.rate.refillPerSecond);
    this.last = now;
  }
}

/**
 * Koa middleware for the routes that create a match (the Lobby's create and playAgain, /api's
 * create and fork): at most `rate` creations per client address; beyond it 429 with Retry-After.
 * A request that fails creates nothing and gives its token back, so only matches made count.
 */
import type { Context, Next } from 'koa';
import { ApiError } from '../rest/errors.js';
import { clientAddress } from './client-address.js';
import { KeyedBuckets } from './keyed-buckets.js';
import type { Rate } from './token-bucket.js';

export type CreationLimit = (ctx: Context, next: Next) => Promise<void>;

export function creationLimit(rate: Rate): CreationLimit {
  const buckets = new KeyedBuckets(rate);
  return async (ctx, next) => {
    const address = clientAddress(ctx.req.socket.remoteAddress);
    const admission = buckets.take(address);
    if (!admission.ok) {
      const seconds = Math.max(1, Math.ceil(admission.retryAfterMs / 1000));
      ctx.set('Retry-After', String(seconds));
      throw new ApiError(429, 'RATE_LIMITED', `Too many matches were created from your address; try again in ${seconds} s.`);
    }
    try {
      await next();
    } catch (error) {
      buckets.refund(address);
      throw error;
    }
    if (ctx.status >= 400) buckets.refund(address);
  };
}

/**
 * JSON request bodies for /api routes, with a size limit: `ctx.request.body` is the parsed JSON
 * (or undefined when the request has no body). Anything but JSON, an oversized body or broken
 * JSON is refused with a JSON error before a route sees it.
 */
import type { Context, Next } from 'koa';
import { ApiError } from './errors.js';

declare module 'koa' {
  interface Request {
    // `any`, exactly as koa-body declares it, so both augmentations can coexist.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    body?: any;
  }
}

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `limit`: bytes for every request, or per request (a route that takes uploads allows more). */
export function jsonBody(limit: number | ((ctx: Context) => number)) {
  return async (ctx: Context, next: Next): Promise<void> => {
    if (METHODS_WITH_BODY.has(ctx.method) && hasBody(ctx)) {
      const limitBytes = typeof limit === 'number' ? limit : limit(ctx);
      if (!ctx.is('application/json')) {
        throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.');
      }
      const text = await readText(ctx, limitBytes);
      if (text.trim().length > 0) {
        try {
          ctx.request.body = JSON.parse(text);
        } catch {
          throw new ApiError(400, 'BAD_JSON', 'The request body is not valid JSON.');
        }
      }
    }
    await next();
  };
}

function hasBody(ctx: Context): boolean {
  const length = ctx.get('Content-Length');
  return ctx.get('Transfer-Encoding') !== '' || (length !== '' && length !== '0');
}

async function readText(ctx: Context, limitBytes: number): Promise<string> {
  const declared = Number(ctx.get('Content-Length') || '0');
  if (declared > limitBytes) throw tooLarge(limitBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limitBytes) throw tooLarge(limitBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const tooLarge = (limitBytes: number) =>
  new ApiError(413, 'TOO_LARGE', `The request body is larger than ${limitBytes} bytes.`);

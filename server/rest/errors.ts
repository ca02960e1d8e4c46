/**
 * Errors of our REST API (/api/...): always JSON `{ error: { code, message } }` with a 4xx or
 * 5xx status. Route handlers throw ApiError (or let zod throw); this middleware shapes the reply.
 */
import type { Context, Next } from 'koa';
import { z } from 'zod';
import type { Logger } from '../log.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function sendError(ctx: Context, status: number, code: string, message: string): void {
  ctx.status = status;
  ctx.body = { error: { code, message } };
}

/** Validates `value` (usually `ctx.request.body`) with zod; a mismatch is a 400 BAD_REQUEST. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    );
    throw new ApiError(400, 'BAD_REQUEST', problems.join('; '));
  }
  return parsed.data;
}

/** Koa middleware for the /api routes: shapes thrown errors and unmatched routes as JSON errors. */
export function apiErrors(log: Logger) {
  return async (ctx: Context, next: Next): Promise<void> => {
    try {
      await next();
      // Unmatched routes (404) and wrong methods (405, from the router) have no JSON body yet.
      if (ctx.status >= 400 && (ctx.body === undefined || ctx.body === null || typeof ctx.body === 'string')) {
        if (ctx.status === 404) sendError(ctx, 404, 'NOT_FOUND', `No such API route: ${ctx.method} ${ctx.path}`);
        else if (ctx.status === 405) sendError(ctx, 405, 'METHOD_NOT_ALLOWED', `${ctx.method} is not allowed on ${ctx.path}.`);
        else sendError(ctx, ctx.status, 'ERROR', typeof ctx.body === 'string' && ctx.body !== '' ? ctx.body : 'The request failed.');
      }
    } catch (error) {
      if (error instanceof ApiError) {
        sendError(ctx, error.status, error.code, error.message);
        return;
      }
      const status = httpStatusOf(error);
      if (status !== undefined && status < 500) {
        // koa-body's errors: too large (413), malformed JSON (400), wrong content type (415).
        sendError(ctx, status, status === 413 ? 'TOO_LARGE' : 'BAD_REQUEST', messageOf(error));
        return;
      }
      log.error({ err: error, method: ctx.method, path: ctx.path }, 'API request failed');
      sendError(ctx, 500, 'INTERNAL', 'The server failed to handle this request.');
    }
  };
}

function httpStatusOf(error: unknown): number | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Serves the built client from dist/: files as they are, and index.html for the client's own
 * routes (the SPA fallback), so a link like /match/abc opens the app. Without a build, those
 * routes answer 503 with what to run. Paths never leave dist/ (no `..` tricks).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context, Next } from 'koa';

/** Paths that belong to the server, never to the client. */
const SERVER_PREFIXES = ['/api/', '/games/', '/socket.io/'];
const SERVER_PATHS = new Set(['/api', '/games', '/socket.io']);

/** The client's routes (see src/client): answered with index.html. */
const CLIENT_ROUTE = /^\/(?:$|index\.html$|lobby(?:\/.*)?$|replays\/?$|match\/.+|replay\/.+|join\/.+)/;

// A Map: a file named `x.constructor` must not find Object's constructor as its type.
const CONTENT_TYPES = new Map<string, string>(Object.entries({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}));

export const NOT_BUILT_MESSAGE = 'The game client is not built yet: run `npm run build` (or `npm start`), then reload.';

export function isServerPath(path: string): boolean {
  return SERVER_PATHS.has(path) || SERVER_PREFIXES.some((prefix) => path.startsWith(prefix));
}

export function serveClient(distDir: string) {
  const root = normalize(distDir + sep);
  return async (ctx: Context, next: Next): Promise<void> => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || isServerPath(ctx.path)) return next();

    const file = await fileInDist(root, ctx.path);
    if (file !== undefined) return send(ctx, file, ctx.path.startsWith('/assets/'));

    if (!CLIENT_ROUTE.test(ctx.path)) return next();
    const index = join(root, 'index.html');
    if ((await fileSize(index)) === undefined) {
      ctx.status = 503;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = NOT_BUILT_MESSAGE;
      return;
    }
    return send(ctx, index, false);
  };
}

async function fileInDist(root: string, path: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.endsWith('/')) return undefined;
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root)) return undefined;
  return (await fileSize(candidate)) === undefined ? undefined : candidate;
}

async function fileSize(path: string): Promise<number | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

async function send(ctx: Context, file: string, immutable: boolean): Promise<void> {
  ctx.status = 200;
  ctx.type = CONTENT_TYPES.get(extname(file).toLowerCase()) ?? 'application/octet-stream';
  ctx.length = (await fileSize(file)) ?? 0;
  // Vite puts content hashes in /assets/ file names, so those never change; the rest may.
  ctx.set('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  ctx.set('X-Content-Type-Options', 'nosniff');
  // Koa answers HEAD with the headers only; don't open a stream nobody reads.
  if (ctx.method !== 'HEAD') ctx.body = createReadStream(file);
}

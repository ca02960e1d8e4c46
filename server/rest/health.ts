/** GET /api/health: is the server up and its database readable (for monitors and tests). */
import type Router from '@koa/router';
import type { SqliteStorage } from '../storage/sqlite.js';

export function registerHealth(router: Router, db: SqliteStorage, startedAt: number): void {
  router.get('/api/health', (ctx) => {
    ctx.body = {
      ok: true,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
      matches: db.countMatches(),
    };
  });
}

/** Health of the running service (`/api/health`). */
import type { Router } from '../routing';
import { HealthSchema } from '../schemas';

export function registerSystemRoutes(router: Router): void {
  router.route(
    'public',
    {
      method: 'get',
      path: '/api/health',
      tags: ['system'],
      summary: 'Whether the database is reachable and its migrations are current',
      responses: {
        200: { description: 'Ready', content: { 'application/json': { schema: HealthSchema } } },
        503: { description: 'Not ready', content: { 'application/json': { schema: HealthSchema } } },
      },
    },
    async (c) => {
      const health = await c.get('services').health();
      const ok = health.database === 'ok' && health.migrations === 'current';
      const body = {
        status: ok ? ('ok' as const) : ('unavailable' as const),
        database: health.database,
        migrations: health.migrations,
        version: c.get('config').version ?? '0.0.0',
      };
      return ok ? c.json(body, 200) : c.json(body, 503);
    },
  );
}

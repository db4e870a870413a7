/**
 * The cluster catalogue (issue 8): other organisations' registry entries as metadata, each decided
 * through the ISP for the viewer's organisation (services/src/catalogue). Classified for the ISP
 * enforcement test (see ./isp.ts).
 */
import type { Router } from '../routing';
import { CataloguePageSchema, CatalogueQuerySchema } from './catalogue-schemas';
import { dataRoute, json } from './isp';
import { requireActor } from './session';

export function registerCatalogueRoutes(router: Router): void {
  dataRoute(
    router,
    'isp-decision',
    "Lists the metadata of other organisations' entries shared with the cluster that the ISP lets the viewer's organisation have: one recorded decision batch per call.",
    'signed-in',
    {
      method: 'get',
      path: '/api/catalogue',
      tags: ['catalogue'],
      summary: "The cluster catalogue: members' registry entries (metadata only) with what the ISP allows",
      request: { query: CatalogueQuerySchema },
      responses: { 200: json(CataloguePageSchema, 'One page of the catalogue') },
    },
    async (c) => {
      const { requestable, ...query } = c.req.valid('query');
      const page = await c
        .get('services')
        .catalogue.list(requireActor(c), { ...query, requestable: requestable === 'true' });
      return c.json(page, 200);
    },
  );
}

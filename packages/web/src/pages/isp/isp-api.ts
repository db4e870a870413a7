/**
 * The ISP bodies as the API describes them (generated: packages/web/src/api/schema.d.ts) and the
 * links the pages build. Calls go through the one typed client (`useApi()`).
 */
import type { components } from '../../api/steward-client';

export type IspVersion = components['schemas']['IspVersion'];
export type IspVersionSummary = components['schemas']['IspVersionSummary'];
export type IspOverview = components['schemas']['IspOverview'];
export type PendingStatusChange = components['schemas']['IspPendingStatusChange'];
export type Relaxation = components['schemas']['IspRelaxation'];
export type IspChange = components['schemas']['IspChange'];

/** The ODRL 2.2 JSON-LD export of a version (a link: the browser saves the file). */
export const odrlUrl = (versionId: string) => `/api/isp/versions/${encodeURIComponent(versionId)}/odrl`;

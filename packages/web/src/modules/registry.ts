/**
 * The module registry: every module Steward will have, with a flag saying whether it exists in
 * this build. Navigation and the home page show only the modules that exist, so the interface
 * never offers a page that is not there.
 *
 * To switch a module on, set `exists: true` and give `load`, e.g. for the disclosure engine:
 *   load: () => import('../pages/check-dataset/check-dataset-page'),
 * (the page module's default export is its React component).
 */
import { can, type Action } from '@steward/core/auth/permissions';
import type { ComponentType } from 'react';
import type { Role } from '../api/session';
import type { PlainKey } from '../i18n/dictionary';

/**
 * The navigation's groups, in order (layout/navigation.ts). A module names its group; one that
 * names none is listed under "More".
 */
export const MODULE_GROUPS = ['overview', 'data', 'sharing', 'governance', 'other'] as const;
export type ModuleGroup = (typeof MODULE_GROUPS)[number];

export interface ModuleDefinition {
  readonly id: string;
  /** Path of its page in the app, e.g. '/check-dataset'. */
  readonly path: string;
  readonly labelKey: PlainKey;
  readonly descriptionKey: PlainKey;
  readonly exists: boolean;
  /** Where the navigation lists it: overview (dashboards, help), data (registry, checks,
   * directory, reporting), sharing (ISP, agreements, referrals), governance (members, audit,
   * incidents, diagnostic, impact assessments). */
  readonly group?: ModuleGroup;
  readonly load?: () => Promise<{ default: ComponentType }>;
  /** Roles that may open it; all roles when absent. */
  readonly roles?: readonly Role[];
  /**
   * The permission (core permissions table) that opens it, as the API checks it: a role holding it,
   * or a site administrator (who holds every permission, whatever the membership role).
   */
  readonly action?: Action;
}

/** Who is looking: the active membership's role and whether the user is a site administrator. */
export interface Viewer {
  readonly role: Role | undefined;
  readonly isAdmin?: boolean;
}

export const MODULES: readonly ModuleDefinition[] = [
  {
    id: 'dashboards',
    group: 'overview',
    path: '/dashboards',
    labelKey: 'nav.dashboards',
    descriptionKey: 'module.dashboards.description',
    exists: true,
    load: () => import('../pages/dashboards/dashboards-page'),
  },
  {
    id: 'help',
    group: 'overview',
    path: '/help',
    labelKey: 'nav.help',
    descriptionKey: 'module.help.description',
    exists: true,
    load: () => import('../pages/help/help-page'),
  },
  {
    id: 'publications',
    group: 'overview',
    path: '/publications',
    labelKey: 'nav.publications',
    descriptionKey: 'module.publications.description',
    exists: true,
    load: () => import('../pages/publications/publications-page'),
    // Every role reads what was published to it; only cluster roles publish (the page shows the
    // form to them; services/src/publication: CLUSTER_ROLES).
  },
  {
    id: 'check-dataset',
    group: 'data',
    path: '/check-dataset',
    labelKey: 'nav.checkDataset',
    descriptionKey: 'module.checkDataset.description',
    exists: true,
    load: () => import('../pages/check-dataset/check-dataset-page'),
  },
  {
    id: 'registry',
    group: 'data',
    path: '/registry',
    labelKey: 'nav.registry',
    descriptionKey: 'module.registry.description',
    exists: true,
    load: () => import('../pages/registry/registry-page'),
  },
  {
    id: 'directory',
    group: 'data',
    path: '/directory',
    labelKey: 'nav.directory',
    descriptionKey: 'module.directory.description',
    exists: true,
    load: () => import('../pages/directory/directory-page'),
  },
  {
    id: 'reporting',
    group: 'data',
    path: '/reporting',
    labelKey: 'nav.reporting',
    descriptionKey: 'module.reporting.description',
    exists: true,
    load: () => import('../pages/reporting/reporting-page'),
  },
  {
    id: 'isp',
    group: 'sharing',
    path: '/isp',
    labelKey: 'nav.isp',
    descriptionKey: 'module.isp.description',
    exists: true,
    load: () => import('../pages/isp/isp-page'),
  },
  {
    id: 'catalogue',
    group: 'sharing',
    path: '/catalogue',
    labelKey: 'nav.catalogue',
    descriptionKey: 'module.catalogue.description',
    exists: true,
    load: () => import('../pages/catalogue/catalogue-page'),
  },
  {
    id: 'agreements',
    group: 'sharing',
    path: '/agreements',
    labelKey: 'nav.agreements',
    descriptionKey: 'module.agreements.description',
    exists: true,
    load: () => import('../pages/sharing/agreements-page'),
  },
  {
    id: 'referrals',
    group: 'sharing',
    path: '/referrals',
    labelKey: 'nav.referrals',
    descriptionKey: 'module.referrals.description',
    exists: true,
    load: () => import('../pages/referrals/referrals-page'),
    // Caseworkers and focal points handle referrals; cluster roles see counts only.
    roles: ['caseworker', 'partner-focal-point', 'cluster-coordinator', 'cluster-imo'],
  },
  {
    id: 'members',
    group: 'governance',
    path: '/members',
    labelKey: 'nav.members',
    descriptionKey: 'module.members.description',
    exists: true,
    load: () => import('../pages/members/members-page'),
    // Those who manage memberships (permissions table), administrators too.
    action: 'membership.manage',
  },
  {
    id: 'diagnostic',
    group: 'governance',
    path: '/diagnostic',
    labelKey: 'nav.diagnostic',
    descriptionKey: 'module.diagnostic.description',
    exists: true,
    load: () => import('../pages/diagnostic/diagnostic-page'),
  },
  {
    id: 'incidents',
    group: 'governance',
    path: '/incidents',
    labelKey: 'nav.incidents',
    descriptionKey: 'module.incidents.description',
    exists: true,
    load: () => import('../pages/incidents/incidents-page'),
  },
  {
    id: 'assessments',
    group: 'governance',
    path: '/assessments',
    labelKey: 'nav.assessments',
    descriptionKey: 'module.assessments.description',
    exists: true,
    load: () => import('../pages/assessments/assessments-page'),
  },
  {
    id: 'retention',
    group: 'governance',
    path: '/retention',
    labelKey: 'nav.retention',
    descriptionKey: 'module.retention.description',
    exists: true,
    load: () => import('../pages/retention/retention-page'),
  },
  {
    id: 'audit',
    group: 'governance',
    path: '/audit',
    labelKey: 'nav.audit',
    descriptionKey: 'module.audit.description',
    exists: true,
    load: () => import('../pages/audit/audit-log-page'),
    // Those who may read the audit log (permissions table), administrators whatever their role.
    action: 'audit.read',
  },
];

export type AvailableModule = ModuleDefinition & { readonly load: () => Promise<{ default: ComponentType }> };

/** The modules to show: those that exist (and can be loaded) and that the viewer may open. */
export function availableModules(
  modules: readonly ModuleDefinition[],
  viewer: Viewer,
): readonly AvailableModule[] {
  const { role, isAdmin = false } = viewer;
  return modules.filter(
    (m): m is AvailableModule =>
      m.exists &&
      m.load !== undefined &&
      (m.roles === undefined || (role !== undefined && m.roles.includes(role))) &&
      (m.action === undefined || isAdmin || (role !== undefined && can(role, m.action))),
  );
}

/** Reporting frameworks: the cluster roles define them; every signed-in user reads them. */
import { parseFramework, type Framework, type FrameworkDefinition } from '@steward/core/reporting/index';
import {
  findFrameworkByCode,
  insertFramework,
  listFrameworks,
  updateFramework,
  type FrameworkRow,
} from '@steward/db/repositories/reporting';
import type { Tx } from '@steward/db';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { CLUSTER_ROLES, requireRole } from '../isp/roles';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import type { FrameworkView } from './types';

export function frameworkView(row: FrameworkRow): FrameworkView {
  const d = row.definition as FrameworkDefinition;
  return {
    ...d,
    id: row.id,
    code: row.code,
    name: row.name,
    dataType: row.dataType,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function definitionOf(f: Framework): FrameworkDefinition {
  return {
    dataType: f.dataType,
    periodicity: f.periodicity,
    adminLevel: f.adminLevel,
    countryIso3: f.countryIso3,
    dueDay: f.dueDay,
    indicators: f.indicators,
  };
}

export function validFramework(raw: unknown): Framework {
  const parsed = parseFramework(raw);
  if (!parsed.ok)
    throw new ServiceError('validation', `The framework is not valid: ${parsed.errors.join(' ')}`, {
      errors: parsed.errors,
    });
  return parsed.value;
}

/** The framework with this code, or not-found. */
export async function mustFindFramework(tx: Tx, code: string): Promise<FrameworkView> {
  const row = await findFrameworkByCode(tx, code);
  if (!row) throw new ServiceError('not-found', `There is no reporting framework with code "${code}".`);
  return frameworkView(row);
}

export function createFrameworks(ctx: Context) {
  const asActor = <T>(actor: Actor, fn: (tx: Tx) => Promise<T>) =>
    ctx.db.withActor(dbActor(actor, ctx.clock()), fn);
  return {
    async listFrameworks(actor: Actor): Promise<FrameworkView[]> {
      return asActor(actor, async (tx) => (await listFrameworks(tx)).map(frameworkView));
    },

    async getFramework(actor: Actor, code: string): Promise<FrameworkView> {
      return asActor(actor, (tx) => mustFindFramework(tx, code));
    },

    /** Cluster coordinator or IMO. */
    async createFramework(actor: Actor, raw: unknown): Promise<FrameworkView> {
      const org = requireRole(actor, CLUSTER_ROLES, 'define reporting frameworks');
      const f = validFramework(raw);
      return asActor(actor, async (tx) => {
        if (await findFrameworkByCode(tx, f.code))
          throw new ServiceError('conflict', `A reporting framework with code "${f.code}" exists already.`);
        const row = await insertFramework(tx, {
          code: f.code,
          name: f.name,
          dataType: f.dataType,
          definition: definitionOf(f),
          at: ctx.clock(),
        });
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: 'reporting.framework.create',
          targetType: 'reporting-framework',
          targetId: row.id,
          organisationId: org,
        });
        return frameworkView(row);
      });
    },

    /** Cluster coordinator or IMO; the code stays. */
    async updateFramework(actor: Actor, code: string, raw: unknown): Promise<FrameworkView> {
      const org = requireRole(actor, CLUSTER_ROLES, 'change reporting frameworks');
      const f = validFramework({ ...(raw as object), code });
      return asActor(actor, async (tx) => {
        const current = await mustFindFramework(tx, code);
        const row = await updateFramework(tx, current.id, {
          name: f.name,
          dataType: f.dataType,
          definition: definitionOf(f),
          at: ctx.clock(),
        });
        if (!row) throw new ServiceError('forbidden', 'Only cluster roles may change reporting frameworks.');
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: 'reporting.framework.update',
          targetType: 'reporting-framework',
          targetId: row.id,
          organisationId: org,
        });
        return frameworkView(row);
      });
    },
  };
}

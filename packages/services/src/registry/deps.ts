/**
 * What the registry's use cases share: running as the actor, today's date, organisation acronyms,
 * finding a visible entry, the owner check, field-level history and entry creation.
 */
import { listOrganisations } from '@steward/db/repositories/organisations';
import {
  findRegistryEntry,
  insertRegistryChange,
  insertRegistryEntry,
  type RegistryEntryRow,
} from '@steward/db/repositories/registry';
import type { Tx } from '@steward/db';
import { diaRequired, initialEntryStatus } from '@steward/core/assessments/index';
import type { Isp } from '@steward/core/isp/index';
import { loadActiveIsp } from '../isp/decision-point';
import { entryTrigger } from './dia';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { sharedParsePool, type ParsePool } from '../uploads/parse-pool';
import { createKeyResolver } from './crypto';
import type { FieldChange } from './types';
import { REGISTRY_FIELDS, type RegistryInput } from './validation';

export interface RegistryDeps {
  ctx: Context;
  keys: ReturnType<typeof createKeyResolver>;
  /** Parsing of uploads off the event loop (a worker thread). */
  parse: ParsePool;
  asActor<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Today as YYYY-MM-DD from the injected clock. */
  today(): string;
  acronyms(tx: Tx): Promise<Map<string, string>>;
  mustFind(tx: Tx, id: string): Promise<RegistryEntryRow>;
  requireOwner(actor: Actor, row: RegistryEntryRow, what: string): void;
  writeHistory(
    tx: Tx,
    actor: Actor,
    row: RegistryEntryRow,
    action: string,
    changes: FieldChange[],
  ): Promise<void>;
  /**
   * Creates an entry: a draft when its facts trigger a DIA (it is activated once a linked DIA is
   * signed off), active otherwise. `isp`: the ISP in force, when the caller has it loaded.
   */
  createEntry(
    tx: Tx,
    actor: Actor,
    organisationId: string,
    value: RegistryInput,
    isp?: Isp | null,
  ): Promise<RegistryEntryRow>;
}

export function createRegistryDeps(ctx: Context): RegistryDeps {
  const deps: RegistryDeps = {
    ctx,
    keys: createKeyResolver(ctx),
    parse: sharedParsePool(),
    asActor: (actor, fn) => ctx.db.withActor(dbActor(actor, ctx.clock()), fn),
    today: () => ctx.clock().toISOString().slice(0, 10),

    async acronyms(tx) {
      return new Map((await listOrganisations(tx)).map((o) => [o.id, o.acronym]));
    },

    async mustFind(tx, id) {
      const row = await findRegistryEntry(tx, id);
      if (!row) throw new ServiceError('not-found', `There is no registry entry ${id} that you can see.`);
      return row;
    },

    requireOwner(actor, row, what) {
      if (row.organisationId !== actor.activeOrganisationId) {
        throw new ServiceError('forbidden', `Only the owning organisation may ${what}.`);
      }
    },

    async writeHistory(tx, actor, row, action, changes) {
      await insertRegistryChange(tx, {
        entryId: row.id,
        organisationId: row.organisationId,
        at: ctx.clock(),
        actorUserId: actor.userId,
        actorName: actor.displayName,
        action,
        changes,
      });
    },

    async createEntry(tx, actor, organisationId, value, isp) {
      const now = ctx.clock();
      const trigger = entryTrigger(isp === undefined ? await loadActiveIsp(tx) : isp, value);
      const row = await insertRegistryEntry(tx, {
        ...value,
        status: initialEntryStatus(diaRequired(trigger)),
        organisationId,
        createdAt: now,
        createdBy: actor.userId,
        updatedAt: now,
      });
      await deps.writeHistory(
        tx,
        actor,
        row,
        'created',
        REGISTRY_FIELDS.map((f) => ({ field: f, from: null, to: row[f] })),
      );
      await appendAuditAs(tx, now, actor, {
        action: 'registry.entry-created',
        targetType: 'registry-entry',
        targetId: row.id,
        organisationId,
        details: { status: row.status },
      });
      return row;
    },
  };
  return deps;
}

/** Registry entry use cases: list, get, create, update (with field-level history), remove. */
import type { RegistryEntryRow } from '@steward/db/repositories/registry';
import { deleteRegistryEntry, updateRegistryEntry } from '@steward/db/repositories/registry';
import { listAssessmentsForEntry } from '@steward/db/repositories/assessments';
import { appendAuditAs } from '../audit';
import type { ServiceError } from '../errors';
import { loadActiveIsp } from '../isp/decision-point';
import { checkEntryDia } from './dia';
import { DATA_MANAGER_ROLES, requireRole } from '../isp/roles';
import type { Actor } from '../types';
import type { RegistryDeps } from './deps';
import { registrySummaries } from './entry-list';
import { entryView } from './entry-view';
import type { RegistryEntryView, RegistryFilters, RegistrySummary } from './types';
import { validateRegistryInput, type RegistryInput } from './validation';
import { entryInput, same, validationError } from './views';

type Outcome = { value: RegistryEntryView } | { error: ServiceError };

export interface RegistryEntries {
  /** Entries the actor may see (own organisation; cluster roles: shared ones), filtered and sorted. */
  list(actor: Actor, filters?: RegistryFilters): Promise<RegistrySummary[]>;
  get(actor: Actor, id: string): Promise<RegistryEntryView>;
  create(actor: Actor, input: unknown): Promise<RegistryEntryView>;
  update(actor: Actor, id: string, input: unknown): Promise<RegistryEntryView>;
  remove(actor: Actor, id: string): Promise<void>;
  /**
   * Activates a draft entry (the owner's data managers). An entry with personal data or a
   * High/Severe ISP level needs a signed-off, in-date DIA of its organisation that links it:
   * otherwise `dia-required` (audited) naming the reasons and where to start one.
   */
  activate(actor: Actor, id: string): Promise<RegistryEntryView>;
}

export function createRegistryEntries(deps: RegistryDeps): RegistryEntries {
  const { ctx, asActor } = deps;
  return {
    async list(actor, filters = {}) {
      return asActor(actor, (tx) => registrySummaries(deps, tx, actor, filters, true));
    },

    async get(actor, id) {
      return asActor(actor, async (tx) => entryView(deps, tx, actor, await deps.mustFind(tx, id)));
    },

    async create(actor, input) {
      const organisationId = requireRole(actor, DATA_MANAGER_ROLES, 'add registry entries');
      const v = validateRegistryInput(input);
      if (!v.ok) throw validationError('The registry entry is not valid', v.problems);
      return asActor(actor, async (tx) =>
        entryView(
          deps,
          tx,
          actor,
          await deps.createEntry(tx, actor, organisationId, v.value as RegistryInput),
        ),
      );
    },

    async update(actor, id, input) {
      requireRole(actor, DATA_MANAGER_ROLES, 'edit registry entries');
      // A refusal keeps its audit entry: decided in the transaction, thrown after it commits.
      const out = await asActor(actor, async (tx): Promise<Outcome> => {
        const row = await deps.mustFind(tx, id);
        deps.requireOwner(actor, row, 'edit this entry');
        const v = validateRegistryInput(input, { partial: true, base: entryInput(row) });
        if (!v.ok) throw validationError('The changes are not valid', v.problems);
        const changes = Object.entries(v.value)
          .filter(([f, to]) => !same(row[f as keyof RegistryEntryRow], to))
          .map(([field, to]) => ({ field, from: row[field as keyof RegistryEntryRow], to }));
        if (changes.length === 0) return { value: await entryView(deps, tx, actor, row) };
        const now = ctx.clock();
        // An active entry stays active only while its DIA covers its facts (§9.2): an edit that
        // adds personal data or raises the level to High/Severe needs the signed-off DIA first.
        if (row.status === 'active') {
          const next = { ...row, ...v.value };
          const dia = await checkEntryDia(
            tx,
            now,
            actor,
            await loadActiveIsp(tx),
            next,
            await listAssessmentsForEntry(tx, row.id),
          );
          if (dia.error) return { error: dia.error };
        }
        const updated = (await updateRegistryEntry(tx, id, {
          ...v.value,
          version: row.version + 1,
          updatedAt: now,
        }))!;
        await deps.writeHistory(tx, actor, updated, 'updated', changes);
        await appendAuditAs(tx, now, actor, {
          action: 'registry.entry-updated',
          targetType: 'registry-entry',
          targetId: id,
          organisationId: row.organisationId,
          details: { fields: changes.map((c) => c.field) },
        });
        return { value: await entryView(deps, tx, actor, updated) };
      });
      if ('error' in out) throw out.error;
      return out.value;
    },

    async activate(actor, id) {
      requireRole(actor, DATA_MANAGER_ROLES, 'activate registry entries');
      const out = await asActor(actor, async (tx): Promise<Outcome> => {
        const row = await deps.mustFind(tx, id);
        deps.requireOwner(actor, row, 'activate this entry');
        if (row.status === 'active') return { value: await entryView(deps, tx, actor, row) };
        const now = ctx.clock();
        const dia = await checkEntryDia(
          tx,
          now,
          actor,
          await loadActiveIsp(tx),
          row,
          await listAssessmentsForEntry(tx, row.id),
        );
        if (dia.error) return { error: dia.error };
        const updated = (await updateRegistryEntry(tx, id, { status: 'active', updatedAt: now }))!;
        await deps.writeHistory(tx, actor, updated, 'activated', [
          { field: 'status', from: row.status, to: 'active' },
        ]);
        await appendAuditAs(tx, now, actor, {
          action: 'registry.entry-activated',
          targetType: 'registry-entry',
          targetId: id,
          organisationId: row.organisationId,
          details: { reasons: dia.reasons, ...(dia.assessmentId ? { assessment: dia.assessmentId } : {}) },
        });
        return { value: await entryView(deps, tx, actor, updated) };
      });
      if ('error' in out) throw out.error;
      return out.value;
    },

    async remove(actor, id) {
      requireRole(actor, DATA_MANAGER_ROLES, 'delete registry entries');
      await asActor(actor, async (tx) => {
        const row = await deps.mustFind(tx, id);
        deps.requireOwner(actor, row, 'delete this entry');
        await deleteRegistryEntry(tx, id);
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: 'registry.entry-deleted',
          targetType: 'registry-entry',
          targetId: id,
          organisationId: row.organisationId,
        });
      });
    },
  };
}

/**
 * Retention and destruction (issue 11 §4; principle 11; domain notes §13).
 *
 * - The owner sets each registry entry's (or agreement's) schedule: period in months, trigger
 *   (collection, case closure, agreement end) with its date, destruction method → due date.
 * - When the period ends the owner is reminded in the app; 30 days later the task is escalated.
 * - The owner approves destruction; `steward retention run` (operations, for cron) destroys every
 *   approved, due entry's stored files: ciphertext AND wrapped per-file key (crypto-shredding),
 *   leaving the file row as a tombstone, with one audit entry per file naming what (file, version,
 *   SHA-256 of the content), when, who approved and how (method).
 */
import {
  addMonths,
  RETENTION_TRIGGERS,
  retentionStatus,
  type RetentionStatus,
  type RetentionTrigger,
} from '@steward/core/retention/index';
import type { Tx } from '@steward/db';
import { findRegistryEntry, insertRegistryChange } from '@steward/db/repositories/registry';
import {
  confirmRetentionCopy,
  destroyRegistryFile,
  destroyedRegistryFiles,
  findRetentionCopy,
  findRetentionSchedule,
  insertRetentionCopyRequest,
  listRetentionCopies,
  insertRetentionSchedule,
  listRetentionSchedules,
  liveRegistryFilesWithKeys,
  updateRetentionSchedule,
  type RetentionCopyRow,
  type RetentionScheduleRow,
} from '@steward/db/repositories/retention';
import { findOrganisationById } from '@steward/db/repositories/organisations';
import { findAgreement, listAgreements } from '@steward/db/repositories/sharing';
import { insertNotice } from '../notifications/notices';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { DATA_MANAGER_ROLES, requireActiveOrganisation, requireRole } from '../isp/roles';
import { isIsoDate } from '../registry/validation';
import type { Actor, Caller, Context } from '../types';
import { dbActor } from '../util';

const fieldError = (path: string, message: string) =>
  new ServiceError('validation', `${path}: ${message}`, { fields: [{ path, message }] });

export interface RetentionView {
  id: string;
  registryEntryId: string | null;
  agreementId: string | null;
  target: string;
  periodMonths: number;
  trigger: RetentionTrigger;
  triggerOn: string;
  dueOn: string;
  destructionMethod: string;
  status: RetentionStatus;
  approved: boolean;
  approvedAt: string | null;
  destroyedAt: string | null;
  /** The tombstone of what was destroyed (files with their SHA-256); empty before destruction. */
  destroyedFiles: { name: string; version: number; sha256: string; size: number }[];
  /** Recipients asked to destroy their copies, and whether they confirmed (the owner's view). */
  copies: RetentionCopyView[];
}

/** One recipient's copy of shared data to destroy (the owner and the recipient see it). */
export interface RetentionCopyView {
  id: string;
  scheduleId: string;
  agreementId: string;
  agreementReference: string;
  owner: string;
  recipient: string;
  requestedAt: string;
  confirmedAt: string | null;
  method: string | null;
}

export interface DestroyedFile {
  fileId: string;
  name: string;
  version: number;
  sha256: string;
  size: number;
  /** The per-file key was destroyed too (files stored before per-file keys have none). */
  keyDestroyed: boolean;
}

export interface RetentionRunResult {
  dryRun: boolean;
  today: string;
  destroyed: {
    scheduleId: string;
    organisationId: string;
    registryEntryId: string | null;
    agreementId: string | null;
    method: string;
    files: DestroyedFile[];
  }[];
  /** Due, not approved: the owner was (or would be) reminded. */
  reminded: string[];
  /** Overdue by more than 30 days, not approved: escalated. */
  escalated: string[];
}

export interface RetentionCounts {
  due: number;
  overdue: number;
}

function scheduleInput(input: unknown) {
  if (typeof input !== 'object' || input === null) throw fieldError('(body)', 'must be an object');
  const o = input as Record<string, unknown>;
  const entry = typeof o.registryEntryId === 'string' ? o.registryEntryId : null;
  const agreement = typeof o.agreementId === 'string' ? o.agreementId : null;
  if ((entry === null) === (agreement === null))
    throw fieldError('registryEntryId', 'give a registry entry or an agreement');
  const months = o.periodMonths;
  if (typeof months !== 'number' || !Number.isInteger(months) || months < 0 || months > 1200)
    throw fieldError('periodMonths', 'a whole number of months from 0 to 1200');
  if (typeof o.trigger !== 'string' || !(RETENTION_TRIGGERS as readonly string[]).includes(o.trigger))
    throw fieldError('trigger', RETENTION_TRIGGERS.join(', '));
  if (typeof o.triggerOn !== 'string' || !isIsoDate(o.triggerOn))
    throw fieldError('triggerOn', 'a date YYYY-MM-DD');
  const method = typeof o.destructionMethod === 'string' ? o.destructionMethod.trim() : '';
  if (!method || method.length > 500)
    throw fieldError('destructionMethod', 'Required (at most 500 characters)');
  return {
    registryEntryId: entry,
    agreementId: agreement,
    periodMonths: months,
    trigger: o.trigger as RetentionTrigger,
    triggerOn: o.triggerOn,
    destructionMethod: method,
  };
}

export function createRetentionService(ctx: Context) {
  const today = () => ctx.clock().toISOString().slice(0, 10);
  const asActor = <T>(actor: Actor, fn: (tx: Tx) => Promise<T>) =>
    ctx.db.withActor(dbActor(actor, ctx.clock()), fn);

  async function targetTitle(tx: Tx, s: RetentionScheduleRow): Promise<string> {
    if (s.registryEntryId) return (await findRegistryEntry(tx, s.registryEntryId))?.title ?? '?';
    if (s.agreementId) return (await findAgreement(tx, s.agreementId))?.reference ?? '?';
    return '?';
  }

  async function acronymOf(tx: Tx, organisationId: string): Promise<string> {
    return (await findOrganisationById(tx, organisationId))?.acronym ?? '?';
  }

  async function copyView(tx: Tx, c: RetentionCopyRow): Promise<RetentionCopyView> {
    return {
      id: c.id,
      scheduleId: c.scheduleId,
      agreementId: c.agreementId,
      agreementReference: (await findAgreement(tx, c.agreementId))?.reference ?? '?',
      owner: await acronymOf(tx, c.ownerOrganisationId),
      recipient: await acronymOf(tx, c.recipientOrganisationId),
      requestedAt: c.requestedAt.toISOString(),
      confirmedAt: c.confirmedAt?.toISOString() ?? null,
      method: c.method,
    };
  }

  async function view(
    tx: Tx,
    s: RetentionScheduleRow,
    copies: RetentionCopyRow[] = [],
  ): Promise<RetentionView> {
    const tombstones =
      s.destroyedAt && s.registryEntryId ? await destroyedRegistryFiles(tx, s.registryEntryId) : [];
    return {
      id: s.id,
      registryEntryId: s.registryEntryId,
      agreementId: s.agreementId,
      target: await targetTitle(tx, s),
      periodMonths: s.periodMonths,
      trigger: s.trigger,
      triggerOn: s.triggerOn,
      dueOn: s.dueOn,
      destructionMethod: s.destructionMethod,
      status: retentionStatus(s, today()),
      approved: s.approvedAt !== null,
      approvedAt: s.approvedAt?.toISOString() ?? null,
      destroyedAt: s.destroyedAt?.toISOString() ?? null,
      destroyedFiles: tombstones,
      copies: await Promise.all(copies.filter((c) => c.scheduleId === s.id).map((c) => copyView(tx, c))),
    };
  }

  /**
   * Destroys one approved, due schedule: the entry's stored files and keys, the schedule's
   * tombstone and audit entry, and a request to every recipient organisation of the data (the
   * agreement itself, or every agreement on the entry) to destroy its copy and confirm.
   */
  async function destroySchedule(
    tx: Tx,
    s: RetentionScheduleRow,
    now: Date,
    caller: Caller,
  ): Promise<RetentionRunResult['destroyed'][number]> {
    const files = await destroyEntryFiles(tx, s, false, now, caller);
    await updateRetentionSchedule(tx, s.id, { destroyedAt: now, updatedAt: now });
    await appendAuditAs(tx, now, caller, {
      action: 'retention.destroyed',
      targetType: s.registryEntryId ? 'registry-entry' : 'agreement',
      targetId: s.registryEntryId ?? s.agreementId,
      organisationId: s.organisationId,
      details: {
        scheduleId: s.id,
        files: files.length,
        sha256: files.map((f) => f.sha256),
        method: s.destructionMethod,
        approvedBy: s.approvedBy,
      },
    });
    const shared = s.agreementId
      ? [await findAgreement(tx, s.agreementId)]
      : (await listAgreements(tx)).filter((a) => a.registryEntryId === s.registryEntryId);
    for (const a of shared) {
      if (!a?.recipientOrganisationId || a.recipientOrganisationId === s.organisationId) continue;
      const asked = await insertRetentionCopyRequest(tx, {
        scheduleId: s.id,
        agreementId: a.id,
        ownerOrganisationId: s.organisationId,
        recipientOrganisationId: a.recipientOrganisationId,
        requestedAt: now,
      });
      if (!asked) continue;
      await insertNotice(
        tx,
        {
          organisationId: a.recipientOrganisationId,
          kind: 'retention-destroy-copy',
          params: { reference: a.reference, method: s.destructionMethod },
          link: '/retention',
        },
        now,
      );
      await appendAuditAs(tx, now, caller, {
        action: 'retention.copy-requested',
        targetType: 'agreement',
        targetId: a.id,
        organisationId: s.organisationId,
        details: { scheduleId: s.id, recipientOrganisationId: a.recipientOrganisationId },
      });
    }
    return {
      scheduleId: s.id,
      organisationId: s.organisationId,
      registryEntryId: s.registryEntryId,
      agreementId: s.agreementId,
      method: s.destructionMethod,
      files,
    };
  }

  async function destroyEntryFiles(
    tx: Tx,
    s: RetentionScheduleRow,
    dryRun: boolean,
    now: Date,
    caller: Caller,
  ): Promise<DestroyedFile[]> {
    if (!s.registryEntryId) return [];
    const files = await liveRegistryFilesWithKeys(tx, s.registryEntryId);
    const out: DestroyedFile[] = [];
    for (const f of files) {
      if (!dryRun) {
        if (!(await destroyRegistryFile(tx, f.id, now, s.approvedBy))) continue;
        await appendAuditAs(tx, now, caller, {
          action: 'retention.file-destroyed',
          targetType: 'registry-file',
          targetId: f.id,
          organisationId: s.organisationId,
          details: {
            entryId: s.registryEntryId,
            version: f.version,
            sha256: f.sha256,
            size: f.size,
            method: s.destructionMethod,
            scheduleId: s.id,
            approvedBy: s.approvedBy,
            dueOn: s.dueOn,
          },
        });
      }
      out.push({
        fileId: f.id,
        name: f.name,
        version: f.version,
        sha256: f.sha256,
        size: f.size,
        keyDestroyed: f.hasDataKey,
      });
    }
    if (!dryRun && out.length > 0) {
      await insertRegistryChange(tx, {
        entryId: s.registryEntryId,
        organisationId: s.organisationId,
        at: now,
        actorUserId: caller.via === 'system' ? null : caller.userId,
        actorName: caller.via === 'system' ? 'Retention run' : caller.displayName,
        action: 'files-destroyed',
        changes: out.map((f) => ({
          field: 'files',
          from: `${f.name} (version ${f.version})`,
          to: 'destroyed',
        })),
      });
    }
    return out;
  }

  return {
    /** Sets (or replaces) the retention schedule of an entry or agreement of the actor's organisation. */
    async setSchedule(actor: Actor, input: unknown): Promise<RetentionView> {
      const organisationId = requireActiveOrganisation(actor);
      requireRole(actor, DATA_MANAGER_ROLES, 'set retention schedules');
      const body = scheduleInput(input);
      return asActor(actor, async (tx) => {
        if (body.registryEntryId) {
          const e = await findRegistryEntry(tx, body.registryEntryId);
          if (!e || e.organisationId !== organisationId)
            throw fieldError('registryEntryId', 'not a registry entry of your organisation');
        } else {
          const a = await findAgreement(tx, body.agreementId!);
          if (!a || a.providerOrganisationId !== organisationId)
            throw fieldError('agreementId', 'not an agreement your organisation provides');
        }
        const now = ctx.clock();
        const dueOn = addMonths(body.triggerOn, body.periodMonths);
        const existing = (await listRetentionSchedules(tx)).find(
          (s) =>
            s.destroyedAt === null &&
            ((body.registryEntryId && s.registryEntryId === body.registryEntryId) ||
              (body.agreementId && s.agreementId === body.agreementId)),
        );
        const row = existing
          ? await updateRetentionSchedule(tx, existing.id, {
              ...body,
              dueOn,
              approvedAt: null,
              approvedBy: null,
              remindedAt: null,
              escalatedAt: null,
              updatedAt: now,
            })
          : await insertRetentionSchedule(tx, {
              ...body,
              organisationId,
              dueOn,
              createdAt: now,
              updatedAt: now,
            });
        if (!row) throw new ServiceError('not-found', 'The schedule disappeared.');
        await appendAuditAs(tx, now, actor, {
          action: 'retention.schedule-set',
          targetType: 'retention-schedule',
          targetId: row.id,
          organisationId,
          details: {
            entryId: row.registryEntryId,
            agreementId: row.agreementId,
            dueOn,
            trigger: row.trigger,
          },
        });
        return view(tx, row);
      });
    },

    async list(actor: Actor): Promise<RetentionView[]> {
      requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const rows = (await listRetentionSchedules(tx)).filter(
          (s) => s.organisationId === actor.activeOrganisationId,
        );
        const copies = (await listRetentionCopies(tx)).filter(
          (c) => c.ownerOrganisationId === actor.activeOrganisationId,
        );
        return Promise.all(rows.map((s) => view(tx, s, copies)));
      });
    },

    /** The owner approves destruction (the run performs it once the schedule is due). */
    async approve(actor: Actor, id: string): Promise<RetentionView> {
      const organisationId = requireActiveOrganisation(actor);
      requireRole(actor, DATA_MANAGER_ROLES, 'approve destruction');
      return asActor(actor, async (tx) => {
        const s = await findRetentionSchedule(tx, id);
        if (!s || s.organisationId !== organisationId)
          throw new ServiceError('not-found', `There is no retention schedule ${id} of your organisation.`);
        if (s.destroyedAt) throw new ServiceError('conflict', 'Already destroyed.');
        const now = ctx.clock();
        const row = (await updateRetentionSchedule(tx, s.id, {
          approvedAt: now,
          approvedBy: actor.userId,
          updatedAt: now,
        }))!;
        await appendAuditAs(tx, now, actor, {
          action: 'retention.destruction-approved',
          targetType: 'retention-schedule',
          targetId: s.id,
          organisationId,
          details: { entryId: s.registryEntryId, agreementId: s.agreementId, dueOn: s.dueOn },
        });
        return view(tx, row);
      });
    },

    /**
     * The owner destroys now what it approved once the period has ended (what `steward retention
     * run` would do at its next pass): files and keys, tombstone, audit, copy requests.
     */
    async destroyNow(actor: Actor, id: string): Promise<RetentionView> {
      const organisationId = requireActiveOrganisation(actor);
      requireRole(actor, DATA_MANAGER_ROLES, 'destroy data whose retention ended');
      return asActor(actor, async (tx) => {
        const s = await findRetentionSchedule(tx, id);
        if (!s || s.organisationId !== organisationId)
          throw new ServiceError('not-found', `There is no retention schedule ${id} of your organisation.`);
        if (s.destroyedAt) throw new ServiceError('conflict', 'Already destroyed.');
        if (!s.approvedAt)
          throw new ServiceError('conflict', 'Approve the destruction first.', { reason: 'not-approved' });
        if (retentionStatus(s, today()) === 'scheduled')
          throw new ServiceError('conflict', `The retention period runs until ${s.dueOn}.`, {
            reason: 'not-due',
            dueOn: s.dueOn,
          });
        const now = ctx.clock();
        await destroySchedule(tx, s, now, actor);
        const row = (await findRetentionSchedule(tx, id))!;
        const copies = (await listRetentionCopies(tx)).filter((c) => c.scheduleId === id);
        return view(tx, row, copies);
      });
    },

    /** Copies of other organisations' data the active organisation must destroy (and has confirmed). */
    async copies(actor: Actor): Promise<RetentionCopyView[]> {
      const organisationId = requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const rows = (await listRetentionCopies(tx)).filter(
          (c) => c.recipientOrganisationId === organisationId,
        );
        return Promise.all(rows.map((c) => copyView(tx, c)));
      });
    },

    /** The recipient confirms it destroyed its copy, saying how; the owner sees the confirmation. */
    async confirmCopy(actor: Actor, id: string, input: unknown): Promise<RetentionCopyView> {
      const organisationId = requireActiveOrganisation(actor);
      requireRole(actor, DATA_MANAGER_ROLES, 'confirm the destruction of a copy');
      const o = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
      const method = typeof o.method === 'string' ? o.method.trim() : '';
      if (!method || method.length > 500) throw fieldError('method', 'Required (at most 500 characters)');
      return asActor(actor, async (tx) => {
        const c = await findRetentionCopy(tx, id);
        if (!c || c.recipientOrganisationId !== organisationId)
          throw new ServiceError('not-found', `There is no copy ${id} for your organisation to destroy.`);
        if (c.confirmedAt) throw new ServiceError('conflict', 'Already confirmed.');
        const now = ctx.clock();
        const row = await confirmRetentionCopy(tx, id, {
          confirmedAt: now,
          confirmedBy: actor.userId,
          method,
        });
        if (!row) throw new ServiceError('conflict', 'Already confirmed.');
        await appendAuditAs(tx, now, actor, {
          action: 'retention.copy-destroyed',
          targetType: 'agreement',
          targetId: c.agreementId,
          organisationId,
          details: { scheduleId: c.scheduleId, ownerOrganisationId: c.ownerOrganisationId, method },
        });
        await insertNotice(
          tx,
          {
            organisationId: c.ownerOrganisationId,
            kind: 'retention-copy-destroyed',
            params: { method },
            link: '/retention',
          },
          now,
        );
        return copyView(tx, row);
      });
    },

    /** Due and overdue schedules of the active organisation (for the diagnostic). */
    async counts(actor: Actor): Promise<RetentionCounts> {
      requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const statuses = (await listRetentionSchedules(tx))
          .filter((s) => s.organisationId === actor.activeOrganisationId)
          .map((s) => retentionStatus(s, today()));
        return {
          due: statuses.filter((s) => s === 'due').length,
          overdue: statuses.filter((s) => s === 'overdue').length,
        };
      });
    },

    /**
     * Operations (`steward retention run`, system caller): destroys what is approved and due,
     * reminds owners of due schedules and escalates overdue ones. `dryRun` changes nothing.
     */
    async run(caller: Caller, options: { dryRun: boolean }): Promise<RetentionRunResult> {
      if (caller.via !== 'system')
        throw new ServiceError('forbidden', 'The retention run is an operations command.');
      const day = today();
      return ctx.db.asSystem('bootstrap', async (tx) => {
        const now = ctx.clock();
        const result: RetentionRunResult = {
          dryRun: options.dryRun,
          today: day,
          destroyed: [],
          reminded: [],
          escalated: [],
        };
        for (const s of await listRetentionSchedules(tx)) {
          const status = retentionStatus(s, day);
          if (status === 'scheduled' || status === 'destroyed') continue;
          if (s.approvedAt) {
            if (options.dryRun)
              result.destroyed.push({
                scheduleId: s.id,
                organisationId: s.organisationId,
                registryEntryId: s.registryEntryId,
                agreementId: s.agreementId,
                method: s.destructionMethod,
                files: await destroyEntryFiles(tx, s, true, now, caller),
              });
            else result.destroyed.push(await destroySchedule(tx, s, now, caller));
            continue;
          }
          if (status === 'overdue' && !s.escalatedAt) {
            result.escalated.push(s.id);
            if (!options.dryRun) {
              await insertNotice(
                tx,
                {
                  organisationId: s.organisationId,
                  kind: 'retention-overdue',
                  params: { date: s.dueOn },
                  link: '/retention',
                },
                now,
              );
              await updateRetentionSchedule(tx, s.id, { escalatedAt: now, updatedAt: now });
              await appendAuditAs(tx, now, caller, {
                action: 'retention.escalated',
                targetType: 'retention-schedule',
                targetId: s.id,
                organisationId: s.organisationId,
              });
            }
          } else if (!s.remindedAt) {
            result.reminded.push(s.id);
            if (!options.dryRun) {
              await insertNotice(
                tx,
                {
                  organisationId: s.organisationId,
                  kind: 'retention-due',
                  params: { date: s.dueOn, method: s.destructionMethod },
                  link: '/retention',
                },
                now,
              );
              await updateRetentionSchedule(tx, s.id, { remindedAt: now, updatedAt: now });
            }
          }
        }
        return result;
      });
    },
  };
}

/**
 * The data management registry: entries (CRUD with field validation and field-level history),
 * attached files (encrypted at rest, scanned, quarantined when identifying columns are not
 * declared), CSV/XLSX export through the ISP decision point, and all-or-nothing import.
 */
import { createHash } from 'node:crypto';
import type { IspDecision } from '@steward/core/isp/index';
import { categoricalFromStrings, datasetFromColumns } from '@steward/core/sdc/dataset';
import { readCsvBytes, readXlsx, writeCsv, writeXlsx } from '@steward/core/sdc/io/index';
import { cellText } from '@steward/core/sdc/dataset';
import { SENSITIVITY_LEVELS, type SensitivityLevel } from '@steward/core/vocabulary/index';
import type { Tx } from '@steward/db';
import { listOrganisations } from '@steward/db/repositories/organisations';
import {
  deleteRegistryEntry,
  findRegistryEntry,
  findRegistryFile,
  insertRegistryChange,
  insertRegistryEntry,
  insertRegistryFile,
  listRegistryChanges,
  listRegistryEntries,
  listRegistryFiles,
  nextRegistryFileVersion,
  updateRegistryEntry,
  updateRegistryFile,
  type RegistryEntryRow,
  type RegistryFileInfoRow,
} from '@steward/db/repositories/registry';
import { listRecipientAgreements } from '@steward/db/repositories/sharing';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import {
  decideEntryAndRecord,
  evaluateEntry,
  loadActiveIsp,
  recordDecisionBatch,
  recordOwnerRelease,
} from '../isp/decision-point';
import { DATA_MANAGER_ROLES, isClusterActor, requireActiveOrganisation, requireRole } from '../isp/roles';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { createKeyResolver, decryptFile, encryptFile } from './crypto';
import { flagsDeclaring, scanFile, undeclaredColumns } from './files';
import { REGISTRY_FIELDS, validateRegistryInput, type FieldProblem, type RegistryInput } from './validation';

export const MAX_FILE_BYTES = 25 * 1024 * 1024;
export const REVIEW_SOON_DAYS = 30;

export type ReviewStatus = 'ok' | 'soon' | 'overdue';

export interface RegistrySummary {
  id: string;
  title: string;
  organisationId: string;
  organisationAcronym: string;
  dataTypes: string[];
  aggregationLevel: string;
  containsPersonalData: boolean;
  includesNames: boolean;
  includesCoordinates: boolean;
  sensitivity: SensitivityLevel;
  nextReviewOn: string;
  reviewStatus: ReviewStatus;
  sharedWithCluster: boolean;
  updatedAt: string;
  fileCount: number;
  quarantinedFiles: number;
  /** The entry belongs to the actor's active organisation. */
  own: boolean;
}

export interface FileInfo {
  id: string;
  name: string;
  size: number;
  version: number;
  uploadedAt: string;
  quarantined: boolean;
  findings: { column: string; kind: string; confidence: number; reason: string }[];
  undeclared: string[];
  acceptedAt: string | null;
  justification: string | null;
}

export interface RegistryEntryView extends RegistryInput {
  id: string;
  organisationId: string;
  organisationAcronym: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  sensitivity: SensitivityLevel;
  reviewStatus: ReviewStatus;
  /** The ISP decision for sharing this entry with the cluster (display). */
  decision: ReturnType<typeof decisionBody>;
  history: {
    at: string;
    actorName: string;
    action: string;
    changes: { field: string; from: unknown; to: unknown }[];
  }[];
  files: FileInfo[];
}

export interface RegistryFilters {
  dataType?: string;
  sensitivity?: string;
  owner?: string;
  reviewDue?: 'overdue' | 'soon';
  q?: string;
  sort?: 'title' | 'updatedAt' | 'nextReviewOn' | 'sensitivity';
  order?: 'asc' | 'desc';
}

export interface Download {
  name: string;
  contentType: string;
  bytes: Uint8Array;
  decision: ReturnType<typeof decisionBody>;
}

/** The `decision` object every API response carrying an ISP decision includes. */
export function decisionBody(d: IspDecision) {
  return {
    decision: d.decision,
    sensitivity: d.sensitivity,
    rule: d.rule,
    conditions: d.conditions.map((c) =>
      c.kind === 'aggregate-to-level'
        ? `${c.kind}:${c.level}`
        : c.kind === 'suppress-below-n'
          ? `${c.kind}:${c.n}`
          : c.kind,
    ),
    explanation: d.explanation,
    ispVersion: d.ispVersion,
  };
}

function validationError(message: string, problems: FieldProblem[]): ServiceError {
  return new ServiceError(
    'validation',
    `${message}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    { fields: problems },
  );
}

export function reviewStatus(nextReviewOn: string, today: string): ReviewStatus {
  if (nextReviewOn < today) return 'overdue';
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + REVIEW_SOON_DAYS * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return nextReviewOn <= soon ? 'soon' : 'ok';
}

export function fileInfo(f: RegistryFileInfoRow): FileInfo {
  return {
    id: f.id,
    name: f.name,
    size: f.size,
    version: f.version,
    uploadedAt: f.uploadedAt.toISOString(),
    quarantined: f.quarantined,
    findings: f.findings,
    undeclared: f.undeclared,
    acceptedAt: f.acceptedAt?.toISOString() ?? null,
    justification: f.justification,
  };
}

function entryInput(row: RegistryEntryRow): RegistryInput {
  const out: Record<string, unknown> = {};
  for (const f of REGISTRY_FIELDS) out[f] = row[f];
  return out as unknown as RegistryInput;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The CSV/XLSX columns of the registry export and import (the RegistryInput fields). */
export const EXPORT_COLUMNS = ['id', 'organisation', ...REGISTRY_FIELDS, 'sensitivity', 'updatedAt'] as const;

export function createRegistryService(ctx: Context) {
  const { keyById, currentKey } = createKeyResolver(ctx);
  const asActor = <T>(actor: Actor, fn: (tx: Tx) => Promise<T>) => ctx.db.withActor(dbActor(actor), fn);
  const today = () => ctx.clock().toISOString().slice(0, 10);

  async function acronyms(tx: Tx): Promise<Map<string, string>> {
    return new Map((await listOrganisations(tx)).map((o) => [o.id, o.acronym]));
  }

  async function mustFind(tx: Tx, id: string): Promise<RegistryEntryRow> {
    const row = await findRegistryEntry(tx, id);
    if (!row) throw new ServiceError('not-found', `There is no registry entry ${id} that you can see.`);
    return row;
  }

  function requireOwner(actor: Actor, row: RegistryEntryRow, what: string): void {
    if (row.organisationId !== actor.activeOrganisationId) {
      throw new ServiceError('forbidden', `Only the owning organisation may ${what}.`);
    }
  }

  async function entryView(tx: Tx, actor: Actor, row: RegistryEntryRow): Promise<RegistryEntryView> {
    const isp = await loadActiveIsp(tx);
    const decision = evaluateEntry(isp, row, { recipient: 'cluster' });
    const changes = await listRegistryChanges(tx, row.id);
    const files = await listRegistryFiles(tx, [row.id]);
    const acr = await acronyms(tx);
    if (row.organisationId !== actor.activeOrganisationId) {
      // Another organisation's entry, shown through the cluster or an agreement: recorded.
      await decideEntryAndRecord(
        tx,
        ctx.clock(),
        actor,
        row,
        {
          recipient: 'cluster',
          form: 'share',
          target: { targetType: 'registry-entry', targetId: row.id, organisationId: row.organisationId },
        },
        isp,
      );
    }
    return {
      ...entryInput(row),
      id: row.id,
      organisationId: row.organisationId,
      organisationAcronym: acr.get(row.organisationId) ?? '?',
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      sensitivity: decision.sensitivity,
      reviewStatus: reviewStatus(row.nextReviewOn, today()),
      decision: decisionBody(decision),
      history: changes.map((c) => ({
        at: c.at.toISOString(),
        actorName: c.actorName,
        action: c.action,
        changes: c.changes,
      })),
      files: files.map(fileInfo),
    };
  }

  async function summaries(
    tx: Tx,
    actor: Actor,
    filters: RegistryFilters,
    record: boolean,
  ): Promise<RegistrySummary[]> {
    const isp = await loadActiveIsp(tx);
    const rows = await listRegistryEntries(tx);
    const files = await listRegistryFiles(
      tx,
      rows.map((r) => r.id),
    );
    const acr = await acronyms(tx);
    const t = today();
    const decided = rows.map((r) => ({ row: r, decision: evaluateEntry(isp, r, { recipient: 'cluster' }) }));
    if (record) {
      await recordDecisionBatch(
        tx,
        ctx.clock(),
        actor,
        'registry-list',
        decided
          .filter((d) => d.row.organisationId !== actor.activeOrganisationId)
          .map((d) => ({ id: d.row.id, organisationId: d.row.organisationId, decision: d.decision })),
        isp,
      );
    }
    let items: RegistrySummary[] = decided.map(({ row, decision }) => {
      const own = files.filter((f) => f.entryId === row.id);
      return {
        id: row.id,
        title: row.title,
        organisationId: row.organisationId,
        organisationAcronym: acr.get(row.organisationId) ?? '?',
        dataTypes: row.dataTypes,
        aggregationLevel: row.aggregationLevel,
        containsPersonalData: row.containsPersonalData,
        includesNames: row.includesNames,
        includesCoordinates: row.includesCoordinates,
        sensitivity: decision.sensitivity,
        nextReviewOn: row.nextReviewOn,
        reviewStatus: reviewStatus(row.nextReviewOn, t),
        sharedWithCluster: row.sharedWithCluster,
        updatedAt: row.updatedAt.toISOString(),
        fileCount: own.length,
        quarantinedFiles: own.filter((f) => f.quarantined).length,
        own: row.organisationId === actor.activeOrganisationId,
      };
    });
    if (filters.dataType) items = items.filter((i) => i.dataTypes.includes(filters.dataType!));
    if (filters.sensitivity) items = items.filter((i) => i.sensitivity === filters.sensitivity);
    if (filters.owner) {
      const o = filters.owner.toLowerCase();
      items = items.filter(
        (i) => i.organisationId === filters.owner || i.organisationAcronym.toLowerCase() === o,
      );
    }
    if (filters.reviewDue === 'overdue') items = items.filter((i) => i.reviewStatus === 'overdue');
    if (filters.reviewDue === 'soon') items = items.filter((i) => i.reviewStatus !== 'ok');
    if (filters.q) {
      const q = filters.q.toLowerCase();
      const text = new Map(rows.map((r) => [r.id, `${r.title} ${r.description} ${r.purpose}`.toLowerCase()]));
      items = items.filter((i) => text.get(i.id)!.includes(q));
    }
    const sort = filters.sort ?? 'title';
    const rank = (s: SensitivityLevel) => SENSITIVITY_LEVELS.ids.indexOf(s);
    const key = (i: RegistrySummary): string | number =>
      sort === 'sensitivity' ? rank(i.sensitivity) : sort === 'title' ? i.title.toLowerCase() : i[sort];
    items.sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return (
        (ka < kb ? -1 : ka > kb ? 1 : a.title.localeCompare(b.title)) * (filters.order === 'desc' ? -1 : 1)
      );
    });
    return items;
  }

  async function writeHistory(
    tx: Tx,
    actor: Actor,
    row: RegistryEntryRow,
    action: string,
    changes: { field: string; from: unknown; to: unknown }[],
  ) {
    await insertRegistryChange(tx, {
      entryId: row.id,
      organisationId: row.organisationId,
      at: ctx.clock(),
      actorUserId: actor.userId,
      actorName: actor.displayName,
      action,
      changes,
    });
  }

  async function createEntry(
    tx: Tx,
    actor: Actor,
    organisationId: string,
    value: RegistryInput,
  ): Promise<RegistryEntryRow> {
    const now = ctx.clock();
    const row = await insertRegistryEntry(tx, {
      ...value,
      organisationId,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
    });
    await writeHistory(
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
    });
    return row;
  }

  return {
    /** Entries the actor may see (own organisation; cluster roles: shared ones), filtered and sorted. */
    async list(actor: Actor, filters: RegistryFilters = {}): Promise<RegistrySummary[]> {
      return asActor(actor, (tx) => summaries(tx, actor, filters, true));
    },

    async get(actor: Actor, id: string): Promise<RegistryEntryView> {
      return asActor(actor, async (tx) => entryView(tx, actor, await mustFind(tx, id)));
    },

    async create(actor: Actor, input: unknown): Promise<RegistryEntryView> {
      const organisationId = requireRole(actor, DATA_MANAGER_ROLES, 'add registry entries');
      const v = validateRegistryInput(input);
      if (!v.ok) throw validationError('The registry entry is not valid', v.problems);
      return asActor(actor, async (tx) =>
        entryView(tx, actor, await createEntry(tx, actor, organisationId, v.value as RegistryInput)),
      );
    },

    async update(actor: Actor, id: string, input: unknown): Promise<RegistryEntryView> {
      requireRole(actor, DATA_MANAGER_ROLES, 'edit registry entries');
      return asActor(actor, async (tx) => {
        const row = await mustFind(tx, id);
        requireOwner(actor, row, 'edit this entry');
        const v = validateRegistryInput(input, { partial: true, base: entryInput(row) });
        if (!v.ok) throw validationError('The changes are not valid', v.problems);
        const changes = Object.entries(v.value)
          .filter(([f, to]) => !same(row[f as keyof RegistryEntryRow], to))
          .map(([field, to]) => ({ field, from: row[field as keyof RegistryEntryRow], to }));
        if (changes.length === 0) return entryView(tx, actor, row);
        const now = ctx.clock();
        const updated = (await updateRegistryEntry(tx, id, {
          ...v.value,
          version: row.version + 1,
          updatedAt: now,
        }))!;
        await writeHistory(tx, actor, updated, 'updated', changes);
        await appendAuditAs(tx, now, actor, {
          action: 'registry.entry-updated',
          targetType: 'registry-entry',
          targetId: id,
          organisationId: row.organisationId,
          details: { fields: changes.map((c) => c.field) },
        });
        return entryView(tx, actor, updated);
      });
    },

    async remove(actor: Actor, id: string): Promise<void> {
      requireRole(actor, DATA_MANAGER_ROLES, 'delete registry entries');
      await asActor(actor, async (tx) => {
        const row = await mustFind(tx, id);
        requireOwner(actor, row, 'delete this entry');
        await deleteRegistryEntry(tx, id);
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: 'registry.entry-deleted',
          targetType: 'registry-entry',
          targetId: id,
          organisationId: row.organisationId,
        });
      });
    },

    /** Stores a new file version, encrypted, scanned; quarantined when undeclared identifiers are found. */
    async uploadFile(
      actor: Actor,
      entryId: string,
      file: { name: string; contentType?: string; bytes: Uint8Array },
    ): Promise<FileInfo> {
      requireRole(actor, DATA_MANAGER_ROLES, 'attach files');
      const name = file.name.trim().replace(/[\\/]/g, '_').slice(0, 200);
      if (!name)
        throw new ServiceError('validation', 'file: the file needs a name', {
          fields: [{ path: 'file', message: 'The file needs a name' }],
        });
      if (file.bytes.length === 0)
        throw new ServiceError('validation', `file: "${name}" is empty`, {
          fields: [{ path: 'file', message: 'The file is empty' }],
        });
      if (file.bytes.length > MAX_FILE_BYTES)
        throw new ServiceError('payload-too-large', `"${name}" is larger than 25 MB.`);
      const key = await currentKey();
      const scan = await scanFile(name, file.bytes);
      return asActor(actor, async (tx) => {
        const entry = await mustFind(tx, entryId);
        requireOwner(actor, entry, 'attach files to this entry');
        const version = await nextRegistryFileVersion(tx, entryId);
        const undeclared = undeclaredColumns(scan.findings, entry);
        const enc = encryptFile(key, ctx.randomBytes(12), entryId, version, file.bytes);
        const now = ctx.clock();
        const row = await insertRegistryFile(tx, {
          entryId,
          organisationId: entry.organisationId,
          name,
          contentType: file.contentType || 'application/octet-stream',
          size: file.bytes.length,
          version,
          sha256: createHash('sha256').update(file.bytes).digest('hex'),
          uploadedAt: now,
          uploadedBy: actor.userId,
          quarantined: undeclared.length > 0,
          findings: scan.findings,
          undeclared,
          ...enc,
        });
        await writeHistory(tx, actor, entry, 'file-uploaded', [
          { field: 'files', from: null, to: `${name} (version ${version})` },
        ]);
        await appendAuditAs(tx, now, actor, {
          action: 'registry.file-uploaded',
          targetType: 'registry-file',
          targetId: row.id,
          organisationId: entry.organisationId,
          details: {
            entryId,
            version,
            quarantined: row.quarantined,
            findings: scan.findings.length,
            undeclared: undeclared.length,
          },
        });
        return fileInfo(row);
      });
    },

    /** The owner releases a quarantined file: declare the findings on the entry, or accept with a justification. */
    async confirmFile(
      actor: Actor,
      entryId: string,
      fileId: string,
      input: { action: unknown; justification?: unknown },
    ): Promise<FileInfo> {
      requireRole(actor, DATA_MANAGER_ROLES, 'release quarantined files');
      if (input.action !== 'declare' && input.action !== 'accept') {
        throw new ServiceError('validation', 'action: must be "declare" or "accept"', {
          fields: [{ path: 'action', message: 'must be "declare" or "accept"' }],
        });
      }
      const justification = typeof input.justification === 'string' ? input.justification.trim() : '';
      if (input.action === 'accept' && justification.length < 10) {
        throw new ServiceError(
          'validation',
          'justification: explain in at least 10 characters why the columns are acceptable',
          {
            fields: [
              {
                path: 'justification',
                message: 'Explain in at least 10 characters why the columns are acceptable',
              },
            ],
          },
        );
      }
      return asActor(actor, async (tx) => {
        const entry = await mustFind(tx, entryId);
        requireOwner(actor, entry, 'release this file');
        const file = await findRegistryFile(tx, entryId, fileId);
        if (!file) throw new ServiceError('not-found', `There is no file ${fileId} on this entry.`);
        const now = ctx.clock();
        if (input.action === 'declare') {
          const flags = flagsDeclaring(file.findings.filter((f) => file.undeclared.includes(f.column)));
          if (flags.containsPersonalData && !entry.legalBasis) {
            throw new ServiceError(
              'validation',
              'legalBasis: the file holds personal data; set the legal basis of the entry first',
              {
                fields: [
                  { path: 'legalBasis', message: 'Set the legal basis first: the file holds personal data' },
                ],
              },
            );
          }
          const changes = Object.entries(flags)
            .filter(([f]) => entry[f as keyof RegistryEntryRow] !== true)
            .map(([field]) => ({ field, from: false, to: true }));
          if (changes.length > 0) {
            const updated = (await updateRegistryEntry(tx, entryId, {
              ...flags,
              version: entry.version + 1,
              updatedAt: now,
            }))!;
            await writeHistory(tx, actor, updated, 'declared-from-file', changes);
          }
        }
        const released = (await updateRegistryFile(tx, fileId, {
          quarantined: false,
          undeclared: [],
          acceptedAt: now,
          acceptedBy: actor.userId,
          justification: input.action === 'accept' ? justification : 'Declared on the entry',
        }))!;
        await appendAuditAs(tx, now, actor, {
          action: 'registry.file-released',
          targetType: 'registry-file',
          targetId: fileId,
          organisationId: entry.organisationId,
          details: { how: input.action },
        });
        return fileInfo(released);
      });
    },

    /** Downloads a file: the owner always; others only as the ISP decides (audited either way). */
    async downloadFile(actor: Actor, entryId: string, fileId: string): Promise<Download> {
      const probe = await asActor(actor, async (tx) => {
        const f = await findRegistryFile(tx, entryId, fileId);
        return f?.keyId ?? null;
      });
      if (!probe) throw new ServiceError('not-found', `There is no file ${fileId} that you can see.`);
      const key = await keyById(probe);
      // A denial is committed with its recorded decision, then thrown.
      const out = await asActor(actor, async (tx): Promise<Download | ServiceError> => {
        const entry = await mustFind(tx, entryId);
        const file = (await findRegistryFile(tx, entryId, fileId))!;
        const now = ctx.clock();
        const target = {
          targetType: 'registry-file',
          targetId: fileId,
          organisationId: entry.organisationId,
        };
        let decision: IspDecision | null = null;
        if (entry.organisationId === actor.activeOrganisationId) {
          await recordOwnerRelease(tx, now, actor, target, 'download');
        } else {
          const org = requireActiveOrganisation(actor);
          const agreements = await listRecipientAgreements(tx, entryId, org);
          const t = today();
          const active = agreements.some((a) => a.startsOn <= t && t <= a.expiresOn);
          decision = await decideEntryAndRecord(tx, now, actor, entry, {
            recipient: active ? 'bilateral' : isClusterActor(actor) ? 'cluster' : 'organisation',
            form: 'download',
            activeAgreement: active,
            target,
          });
          if (decision.decision === 'deny') {
            return new ServiceError(
              'forbidden',
              `The ISP does not allow this download. ${decision.explanation}`,
              { decision: decisionBody(decision) },
            );
          }
        }
        const bytes = decryptFile(key, file, entryId, file.version);
        return {
          name: file.name,
          contentType: file.contentType,
          bytes,
          decision: decision
            ? decisionBody(decision)
            : {
                decision: 'allow' as const,
                sensitivity: 'low' as const,
                rule: null,
                conditions: [],
                explanation: 'Your organisation owns this file.',
                ispVersion: 'owner',
              },
        };
      });
      if (out instanceof ServiceError) throw out;
      return out;
    },

    /** The registry as CSV or XLSX: own entries, plus other organisations' entries the ISP lets the actor export. */
    async exportRegistry(actor: Actor, format: 'csv' | 'xlsx'): Promise<Download & { excluded: number }> {
      requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const isp = await loadActiveIsp(tx);
        const rows = await listRegistryEntries(tx);
        const acr = await acronyms(tx);
        const now = ctx.clock();
        const kept: { row: RegistryEntryRow; sensitivity: string; withhold: boolean }[] = [];
        let excluded = 0;
        for (const row of rows) {
          const target = {
            targetType: 'registry-entry',
            targetId: row.id,
            organisationId: row.organisationId,
          };
          if (row.organisationId === actor.activeOrganisationId) {
            await recordOwnerRelease(tx, now, actor, target, 'export');
            kept.push({
              row,
              sensitivity: evaluateEntry(isp, row, { recipient: 'cluster' }).sensitivity,
              withhold: false,
            });
            continue;
          }
          const d = await decideEntryAndRecord(
            tx,
            now,
            actor,
            row,
            { recipient: 'cluster', form: 'export', target },
            isp,
          );
          if (d.decision === 'deny') excluded += 1;
          else
            kept.push({
              row,
              sensitivity: d.sensitivity,
              withhold: d.conditions.some((c) => c.kind === 'remove-partner-names'),
            });
        }
        const cell = (v: unknown): string =>
          v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
        const columns = EXPORT_COLUMNS.map((col) =>
          categoricalFromStrings(
            col,
            kept.map(({ row, sensitivity, withhold }) =>
              col === 'organisation'
                ? withhold
                  ? '(withheld by the ISP)'
                  : (acr.get(row.organisationId) ?? '')
                : col === 'sensitivity'
                  ? sensitivity
                  : col === 'updatedAt'
                    ? row.updatedAt.toISOString()
                    : cell(row[col as keyof RegistryEntryRow]),
            ),
          ),
        );
        const dataset = datasetFromColumns(columns);
        const stamp = now.toISOString().slice(0, 10);
        const decision = {
          decision: excluded > 0 ? ('allow-with-conditions' as const) : ('allow' as const),
          sensitivity: 'low' as const,
          rule: null,
          conditions: excluded > 0 ? [`excluded:${excluded}`] : [],
          explanation: `${kept.length} entries exported; ${excluded} excluded because the ISP (version ${isp?.version ?? 'none'}) does not allow exporting them to you.`,
          ispVersion: isp?.version ?? 'none',
        };
        if (format === 'csv') {
          const text =
            `# Steward registry export ${stamp}; ISP version ${isp?.version ?? 'none'}\r\n` +
            writeCsv(dataset);
          return {
            name: `registry-${stamp}.csv`,
            contentType: 'text/csv; charset=utf-8',
            bytes: new TextEncoder().encode(text),
            decision,
            excluded,
          };
        }
        const bytes = writeXlsx(dataset, {
          sheetName: 'registry',
          metadata: {
            exportedOn: stamp,
            ispVersion: isp?.version ?? 'none',
            excludedByIsp: String(excluded),
          },
        });
        return {
          name: `registry-${stamp}.xlsx`,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          bytes,
          decision,
          excluded,
        };
      });
    },

    /**
     * Imports entries from CSV/XLSX (one row per entry, the RegistryInput field names as headers;
     * data types separated by ";"). All or nothing: any error → nothing imported, every error
     * named by row and column.
     */
    async importRegistry(
      actor: Actor,
      file: { name: string; bytes: Uint8Array },
    ): Promise<{ created: number }> {
      const organisationId = requireRole(actor, DATA_MANAGER_ROLES, 'import registry entries');
      const lower = file.name.toLowerCase();
      const read = lower.endsWith('.xlsx')
        ? await readXlsx(file.bytes, { file: file.name })
        : readCsvBytes(file.bytes, { file: file.name });
      if (!read.ok)
        throw new ServiceError('validation', read.error.message, {
          fields: [{ path: 'file', message: read.error.message }],
        });
      const ds = read.dataset;
      const problems: FieldProblem[] = [];
      const known = new Set<string>([...REGISTRY_FIELDS, 'id', 'organisation', 'sensitivity', 'updatedAt']);
      for (const c of ds.columns)
        if (!known.has(c.name))
          problems.push({
            path: `column ${c.name}`,
            message: `Unknown column. Valid columns: ${REGISTRY_FIELDS.join(', ')}`,
          });
      const values: RegistryInput[] = [];
      for (let r = 0; r < ds.rowCount; r++) {
        const record: Record<string, string> = {};
        for (const c of ds.columns)
          if ((REGISTRY_FIELDS as readonly string[]).includes(c.name)) record[c.name] = cellText(c, r) ?? '';
        const v = validateRegistryInput(record, { lenientText: true });
        // Row numbers as a spreadsheet shows them: the header is row 1.
        if (!v.ok)
          for (const p of v.problems)
            problems.push({ path: `row ${r + 2}, column ${p.path}`, message: p.message });
        else values.push(v.value as RegistryInput);
      }
      if (ds.rowCount === 0) problems.push({ path: 'file', message: 'The file has no rows' });
      if (problems.length > 0) {
        throw new ServiceError(
          'validation',
          `Nothing was imported: ${problems.length} problem(s) in "${file.name}".`,
          { fields: problems.slice(0, 200) },
        );
      }
      return asActor(actor, async (tx) => {
        for (const v of values) await createEntry(tx, actor, organisationId, v);
        await appendAuditAs(tx, ctx.clock(), actor, {
          action: 'registry.imported',
          targetType: 'registry',
          targetId: null,
          organisationId,
          details: { created: values.length },
        });
        return { created: values.length };
      });
    },
  };
}

export type RegistryService = ReturnType<typeof createRegistryService>;

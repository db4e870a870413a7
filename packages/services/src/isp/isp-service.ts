/**
 * The ISP service: versions, drafts, lint, endorsement by member organisations, status
 * transitions, diff, ODRL export and the decide endpoint. Every endorsement, status change and
 * decision is audited.
 */
import {
  decisionToJson,
  defaultIspTemplate,
  diffIsp,
  endorsementStatus,
  formatIspDiff,
  ispToOdrl,
  lintIsp,
  type AssetFacts,
  type DecisionJson,
  type EndorsementStatus,
  type Isp,
  type IspChange,
  type IspStatus,
  type LintResult,
  type OdrlDocument,
} from '@steward/core/isp/index';
import {
  parseAggregationLevel,
  parseDataType,
  parsePurpose,
  parseRecipientClass,
  parseShareForm,
  type PurposeId,
  type RecipientClass,
  type ShareForm,
} from '@steward/core/vocabulary/index';
import type { Tx } from '@steward/db';
import { listOrganisations } from '@steward/db/repositories/organisations';
import {
  countEndorsementsByVersion,
  findIspVersion,
  insertIspVersion,
  listEndorsements,
  listIspVersions,
  updateIspVersion,
  upsertEndorsement,
  type IspVersionRow,
} from '@steward/db/repositories/isp';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Caller, Context } from '../types';
import { dbActor, runAs } from '../util';
import { decideAndRecord, loadActiveIsp } from './decision-point';
import { ENDORSING_ROLES, ISP_EDITOR_ROLES, requireRole } from './roles';

export interface IspVersionSummary {
  id: string;
  version: string;
  status: IspStatus;
  createdAt: string;
  endorsements: number;
}

export interface IspVersionView {
  id: string;
  version: string;
  status: IspStatus;
  context: string;
  reviewDue: string;
  isp: Isp;
  lint: LintResult;
  endorsement: EndorsementStatus;
  endorsements: { organisationId: string; acronym: string; userName: string; at: string; version: string }[];
}

export interface DecideInput {
  facts: unknown;
  recipient: unknown;
  purpose?: unknown;
  form?: unknown;
}

const field = (path: string, message: string) =>
  new ServiceError('validation', `${path}: ${message}`, { fields: [{ path, message }] });

/** Parses decision inputs, naming the field and listing valid values on error. */
export function parseDecisionInput(input: DecideInput): {
  facts: AssetFacts;
  recipient: RecipientClass;
  purpose: PurposeId | undefined;
  form: ShareForm;
} {
  const f = (input.facts ?? {}) as Record<string, unknown>;
  if (typeof f !== 'object' || f === null) throw field('facts', 'must be an object');
  const dataType = parseDataType(String(f.dataType ?? ''));
  if (!dataType.ok) throw field('facts.dataType', dataType.error.message);
  const level = parseAggregationLevel(String(f.aggregation ?? ''));
  if (!level.ok) throw field('facts.aggregation', level.error.message);
  for (const k of ['includesNames', 'includesCoordinates'] as const) {
    if (typeof f[k] !== 'boolean') throw field(`facts.${k}`, 'must be true or false');
  }
  for (const k of ['consentObtained', 'activeAgreement'] as const) {
    if (f[k] !== undefined && typeof f[k] !== 'boolean') throw field(`facts.${k}`, 'must be true or false');
  }
  const recipient = parseRecipientClass(String(input.recipient ?? ''));
  if (!recipient.ok) throw field('recipient', recipient.error.message);
  let purpose: PurposeId | undefined;
  if (input.purpose !== undefined && input.purpose !== null && input.purpose !== '') {
    const p = parsePurpose(String(input.purpose));
    if (!p.ok) throw field('purpose', p.error.message);
    purpose = p.value;
  }
  let form: ShareForm = 'share';
  if (input.form !== undefined && input.form !== null && input.form !== '') {
    const p = parseShareForm(String(input.form));
    if (!p.ok) throw field('form', p.error.message);
    form = p.value;
  }
  return {
    facts: {
      dataType: dataType.value,
      aggregation: level.value,
      includesNames: f.includesNames as boolean,
      includesCoordinates: f.includesCoordinates as boolean,
      ...(f.consentObtained !== undefined ? { consentObtained: f.consentObtained as boolean } : {}),
      ...(f.activeAgreement !== undefined ? { activeAgreement: f.activeAgreement as boolean } : {}),
    },
    recipient: recipient.value,
    purpose,
    form,
  };
}

/** Structural check of an ISP document sent by a client (lint checks the content). */
export function parseIspDocument(raw: unknown): Isp {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw field('isp', 'must be an ISP object');
  const o = raw as Record<string, unknown>;
  for (const k of ['context', 'version', 'reviewDue'] as const) {
    if (typeof o[k] !== 'string') throw field(`isp.${k}`, 'must be text');
  }
  if (!Array.isArray(o.rules)) throw field('isp.rules', 'must be a list of rules');
  if (!Array.isArray(o.dataTypes) || o.dataTypes.some((d) => typeof d !== 'string')) {
    throw field('isp.dataTypes', 'must be a list of data type ids');
  }
  if (typeof o.settings !== 'object' || o.settings === null) throw field('isp.settings', 'must be an object');
  o.rules.forEach((r: unknown, i) => {
    if (typeof r !== 'object' || r === null) throw field(`isp.rules[${i}]`, 'must be a rule object');
    const rule = r as Record<string, unknown>;
    for (const k of ['id', 'dataType', 'sensitivity', 'sharing'] as const) {
      if (typeof rule[k] !== 'string') throw field(`isp.rules[${i}].${k}`, 'must be text');
    }
    if (typeof rule.aggregation !== 'object' || rule.aggregation === null) {
      throw field(`isp.rules[${i}].aggregation`, 'must be { level } or { from, to }');
    }
    if (!Array.isArray(rule.conditions)) throw field(`isp.rules[${i}].conditions`, 'must be a list');
  });
  return raw as Isp;
}

function nextVersionLabel(existing: readonly string[], from: string): string {
  const m = /^(\d+)\.(\d+)$/.exec(from);
  const major = m ? Number(m[1]) : 0;
  let minor = m ? Number(m[2]) : 0;
  let label: string;
  do {
    minor += 1;
    label = `${major}.${minor}`;
  } while (existing.includes(label));
  return label;
}

function addDays(date: Date, days: number): string {
  return new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

export function createIspService(ctx: Context) {
  async function view(tx: Tx, row: IspVersionRow): Promise<IspVersionView> {
    const isp: Isp = { ...row.document, id: row.id, version: row.version, status: row.status };
    const orgs = await listOrganisations(tx);
    const members = orgs
      .filter((o) => o.isClusterMember && o.status === 'active')
      .map((o) => ({ organisationId: o.id, name: o.acronym }));
    const all = await listEndorsements(tx);
    const acronym = new Map(orgs.map((o) => [o.id, o.acronym]));
    const endorsement = endorsementStatus(
      isp,
      members,
      all.map((e) => ({
        organisationId: e.organisationId,
        ispVersion: e.version,
        endorsedBy: e.userName,
        endorsedOn: e.endorsedAt.toISOString(),
      })),
    );
    return {
      id: row.id,
      version: row.version,
      status: row.status,
      context: row.context,
      reviewDue: row.reviewDue,
      isp,
      lint: lintIsp(isp),
      endorsement,
      endorsements: all
        .filter((e) => e.ispVersionId === row.id)
        .map((e) => ({
          organisationId: e.organisationId,
          acronym: acronym.get(e.organisationId) ?? '?',
          userName: e.userName,
          at: e.endorsedAt.toISOString(),
          version: e.version,
        })),
    };
  }

  async function mustFind(tx: Tx, id: string): Promise<IspVersionRow> {
    const row = await findIspVersion(tx, id);
    if (!row) throw new ServiceError('not-found', `There is no ISP version ${id}.`);
    return row;
  }

  const asActor = <T>(actor: Actor, fn: (tx: Tx) => Promise<T>) => ctx.db.withActor(dbActor(actor), fn);

  return {
    /** The active endorsed ISP and every version (newest first). */
    async overview(actor: Actor): Promise<{ active: IspVersionView | null; versions: IspVersionSummary[] }> {
      return asActor(actor, async (tx) => {
        const rows = await listIspVersions(tx);
        const counts = await countEndorsementsByVersion(tx);
        const activeRow = rows.find((r) => r.status === 'endorsed') ?? null;
        return {
          active: activeRow ? await view(tx, activeRow) : null,
          versions: rows.map((r) => ({
            id: r.id,
            version: r.version,
            status: r.status,
            createdAt: r.createdAt.toISOString(),
            endorsements: counts.get(r.id) ?? 0,
          })),
        };
      });
    },

    async getVersion(actor: Actor, id: string): Promise<IspVersionView> {
      return asActor(actor, async (tx) => view(tx, await mustFind(tx, id)));
    },

    /** A new draft from the default template or from an existing version (cluster roles). */
    async createDraft(actor: Actor, input: { from: string }): Promise<IspVersionView> {
      requireRole(actor, ISP_EDITOR_ROLES, 'create an ISP draft');
      return asActor(actor, async (tx) => {
        const now = ctx.clock();
        const existing = (await listIspVersions(tx)).map((r) => r.version);
        let document: Isp;
        let basedOnId: string | null = null;
        if (input.from === 'template') {
          const active = await loadActiveIsp(tx);
          const label = existing.includes('0.1') ? nextVersionLabel(existing, '0.1') : '0.1';
          document = defaultIspTemplate({
            context: active?.context ?? 'Protection Cluster',
            reviewDue: addDays(now, 365),
            version: label,
          });
        } else {
          const source = await mustFind(tx, input.from);
          basedOnId = source.id;
          const { id: _id, ...rest } = source.document;
          document = { ...rest, version: nextVersionLabel(existing, source.version), status: 'draft' };
        }
        const row = await insertIspVersion(tx, {
          version: document.version,
          status: 'draft',
          context: document.context,
          reviewDue: document.reviewDue,
          document,
          basedOnId,
          createdAt: now,
          createdBy: actor.userId,
          updatedAt: now,
        });
        await appendAuditAs(tx, now, actor, {
          action: 'isp.draft-created',
          targetType: 'isp-version',
          targetId: row.id,
          details: { version: row.version, from: basedOnId ?? 'template' },
        });
        return view(tx, row);
      });
    },

    /** Replaces a draft's document (drafts and versions in consultation only). */
    async updateDraft(actor: Actor, id: string, raw: unknown): Promise<IspVersionView> {
      requireRole(actor, ISP_EDITOR_ROLES, 'edit the ISP');
      const isp = parseIspDocument(raw);
      return asActor(actor, async (tx) => {
        const row = await mustFind(tx, id);
        if (row.status !== 'draft' && row.status !== 'in-consultation') {
          throw new ServiceError(
            'conflict',
            `ISP version ${row.version} is ${row.status}; only drafts can be edited. Create a new draft from it.`,
          );
        }
        const clash = (await listIspVersions(tx)).find((r) => r.version === isp.version && r.id !== id);
        if (clash) throw field('isp.version', `version "${isp.version}" already exists`);
        const now = ctx.clock();
        const { id: _id, ...rest } = isp;
        const document: Isp = { ...rest, status: row.status };
        const updated = await updateIspVersion(tx, id, {
          document,
          version: isp.version,
          context: isp.context,
          reviewDue: isp.reviewDue,
          updatedAt: now,
        });
        await appendAuditAs(tx, now, actor, {
          action: 'isp.draft-updated',
          targetType: 'isp-version',
          targetId: id,
          details: { version: isp.version },
        });
        return view(tx, updated!);
      });
    },

    /**
     * Status transitions: draft → in-consultation → endorsed → superseded. Endorsed only when
     * lint is clean (no unclassified data type) and every member organisation endorsed this
     * version; the previously endorsed version becomes superseded.
     */
    async setStatus(actor: Actor, id: string, status: IspStatus): Promise<IspVersionView> {
      requireRole(actor, ISP_EDITOR_ROLES, 'change the status of the ISP');
      return asActor(actor, async (tx) => {
        const row = await mustFind(tx, id);
        const now = ctx.clock();
        const allowed: Record<IspStatus, readonly IspStatus[]> = {
          draft: ['in-consultation', 'endorsed'],
          'in-consultation': ['draft', 'endorsed'],
          endorsed: ['superseded'],
          superseded: [],
        };
        if (!allowed[row.status].includes(status)) {
          throw new ServiceError(
            'conflict',
            `ISP version ${row.version} is ${row.status}; it cannot become ${status}.`,
          );
        }
        if (status === 'endorsed') {
          const v = await view(tx, row);
          if (v.lint.errorCount > 0) {
            throw new ServiceError(
              'conflict',
              `ISP version ${row.version} cannot be endorsed: ${v.lint.issues
                .filter((i) => i.severity === 'error')
                .map((i) => i.message)
                .join(' ')}`,
              {
                lint: v.lint.issues.filter((i) => i.severity === 'error'),
              },
            );
          }
          if (!v.endorsement.readyToActivate) {
            throw new ServiceError(
              'conflict',
              `ISP version ${row.version} cannot be endorsed yet. ${v.endorsement.summary}`,
            );
          }
          const previous = (await listIspVersions(tx)).filter((r) => r.status === 'endorsed' && r.id !== id);
          for (const p of previous) {
            await updateIspVersion(tx, p.id, {
              status: 'superseded',
              supersededAt: now,
              document: { ...p.document, status: 'superseded' },
              updatedAt: now,
            });
            await appendAuditAs(tx, now, actor, {
              action: 'isp.status-changed',
              targetType: 'isp-version',
              targetId: p.id,
              details: { version: p.version, from: 'endorsed', to: 'superseded' },
            });
          }
        }
        const updated = await updateIspVersion(tx, id, {
          status,
          document: { ...row.document, status },
          updatedAt: now,
          ...(status === 'endorsed' ? { endorsedAt: now } : {}),
          ...(status === 'superseded' ? { supersededAt: now } : {}),
        });
        await appendAuditAs(tx, now, actor, {
          action: 'isp.status-changed',
          targetType: 'isp-version',
          targetId: id,
          details: { version: row.version, from: row.status, to: status },
        });
        return view(tx, updated!);
      });
    },

    /** A member organisation's focal point endorses this version for their organisation. */
    async endorse(actor: Actor, id: string): Promise<IspVersionView> {
      const organisationId = requireRole(actor, ENDORSING_ROLES, 'endorse the ISP for their organisation');
      return asActor(actor, async (tx) => {
        const row = await mustFind(tx, id);
        const v = await view(tx, row);
        if (!v.endorsement.canEndorse) {
          throw new ServiceError(
            'conflict',
            `ISP version ${row.version} cannot be endorsed. ${v.endorsement.summary}`,
            {
              lint: v.endorsement.blockers,
            },
          );
        }
        if (
          !v.endorsement.endorsed.some((e) => e.organisationId === organisationId) &&
          !v.endorsement.pending.some((p) => p.organisationId === organisationId)
        ) {
          throw new ServiceError('forbidden', 'Only cluster member organisations endorse the ISP.');
        }
        const now = ctx.clock();
        await upsertEndorsement(tx, {
          ispVersionId: id,
          version: row.version,
          organisationId,
          userId: actor.userId,
          userName: actor.displayName,
          endorsedAt: now,
        });
        await appendAuditAs(tx, now, actor, {
          action: 'isp.endorsed',
          targetType: 'isp-version',
          targetId: id,
          organisationId,
          details: { version: row.version },
        });
        return view(tx, row);
      });
    },

    async diff(actor: Actor, fromId: string, toId: string): Promise<{ changes: IspChange[]; text: string }> {
      return asActor(actor, async (tx) => {
        const a = await mustFind(tx, fromId);
        const b = await mustFind(tx, toId);
        const changes = diffIsp(a.document, b.document);
        return { changes, text: formatIspDiff(changes) };
      });
    },

    async odrl(
      actor: Actor,
      id: string,
      baseIri: string,
    ): Promise<{ version: string; document: OdrlDocument }> {
      return asActor(actor, async (tx) => {
        const row = await mustFind(tx, id);
        return {
          version: row.version,
          document: ispToOdrl(
            { ...row.document, id: row.id, version: row.version, status: row.status },
            { baseIri },
          ),
        };
      });
    },

    /** Evaluates facts against the active endorsed ISP and records the decision. */
    async decide(caller: Caller, input: DecideInput): Promise<DecisionJson & { ispVersion: string }> {
      const parsed = parseDecisionInput(input);
      return runAs(ctx, caller, async (tx) => {
        const d = await decideAndRecord(tx, ctx.clock(), caller, {
          ...parsed,
          target: {
            targetType: 'isp-evaluation',
            targetId: null,
            organisationId: caller.via === 'system' ? null : caller.activeOrganisationId,
          },
        });
        return { ...decisionToJson(d), ispVersion: d.ispVersion };
      });
    },

    /** Whether an endorsed ISP exists (for the CLI's message). */
    async activeVersion(caller: Caller): Promise<string | null> {
      return runAs(ctx, caller, async (tx) => (await loadActiveIsp(tx))?.version ?? null);
    },
  };
}

export type IspService = ReturnType<typeof createIspService>;

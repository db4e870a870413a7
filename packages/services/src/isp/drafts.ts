/** ISP drafts: a new draft from the template or an existing version, and editing a draft. Audited. */
import { defaultIspTemplate, type Isp } from '@steward/core/isp/index';
import {
  insertIspVersion,
  listEndorsements,
  listIspVersions,
  updateIspVersion,
} from '@steward/db/repositories/isp';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { loadActiveIsp } from './decision-point';
import { field, parseIspDocument } from './parse';
import { ISP_EDITOR_ROLES, requireRole } from './roles';
import { mustFindVersion, versionView, type IspVersionView } from './view';

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

/** A new draft from the default template or from an existing version (cluster roles). */
export async function createDraft(
  ctx: Context,
  actor: Actor,
  input: { from: string },
): Promise<IspVersionView> {
  requireRole(actor, ISP_EDITOR_ROLES, 'create an ISP draft');
  return ctx.db.withActor(dbActor(actor), async (tx) => {
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
      const source = await mustFindVersion(tx, input.from);
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
    return versionView(tx, row);
  });
}

/** Replaces a draft's document (drafts and versions in consultation only). */
export async function updateDraft(
  ctx: Context,
  actor: Actor,
  id: string,
  raw: unknown,
): Promise<IspVersionView> {
  requireRole(actor, ISP_EDITOR_ROLES, 'edit the ISP');
  const isp = parseIspDocument(raw);
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const row = await mustFindVersion(tx, id);
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
    // Any change clears the version's endorsements (trigger isp_versions_clear_endorsements).
    const endorsedBefore = (await listEndorsements(tx, id)).length;
    const updated = await updateIspVersion(tx, id, {
      document,
      version: isp.version,
      context: isp.context,
      reviewDue: isp.reviewDue,
      updatedAt: now,
    });
    const endorsementsCleared = endorsedBefore - (await listEndorsements(tx, id)).length;
    await appendAuditAs(tx, now, actor, {
      action: 'isp.draft-updated',
      targetType: 'isp-version',
      targetId: id,
      details: { version: isp.version, ...(endorsementsCleared > 0 ? { endorsementsCleared } : {}) },
    });
    return versionView(tx, updated!);
  });
}

/** Reading the ISP: overview, one version, diff, ODRL export, decisions and the version in force. */
import {
  decisionToJson,
  diffIsp,
  formatIspDiff,
  ispToOdrl,
  type DecisionJson,
  type IspChange,
  type OdrlDocument,
} from '@steward/core/isp/index';
import { countEndorsementsByVersion, listIspVersions } from '@steward/db/repositories/isp';
import type { Actor, Caller, Context } from '../types';
import { dbActor, runAs } from '../util';
import { decideAndRecord, loadActiveIsp } from './decision-point';
import { parseDecisionInput, type DecideInput } from './parse';
import { mustFindVersion, versionView, type IspVersionSummary, type IspVersionView } from './view';

/** The active endorsed ISP and every version (newest first). */
export function overview(
  ctx: Context,
  actor: Actor,
): Promise<{ active: IspVersionView | null; versions: IspVersionSummary[] }> {
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const rows = await listIspVersions(tx);
    const counts = await countEndorsementsByVersion(tx);
    const activeRow = rows.find((r) => r.status === 'endorsed') ?? null;
    return {
      active: activeRow ? await versionView(tx, activeRow) : null,
      versions: rows.map((r) => ({
        id: r.id,
        version: r.version,
        status: r.status,
        createdAt: r.createdAt.toISOString(),
        endorsements: counts.get(r.id) ?? 0,
      })),
    };
  });
}

export function getVersion(ctx: Context, actor: Actor, id: string): Promise<IspVersionView> {
  return ctx.db.withActor(dbActor(actor), async (tx) => versionView(tx, await mustFindVersion(tx, id)));
}

export function diff(
  ctx: Context,
  actor: Actor,
  fromId: string,
  toId: string,
): Promise<{ changes: IspChange[]; text: string }> {
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const a = await mustFindVersion(tx, fromId);
    const b = await mustFindVersion(tx, toId);
    const changes = diffIsp(a.document, b.document);
    return { changes, text: formatIspDiff(changes) };
  });
}

export function odrl(
  ctx: Context,
  actor: Actor,
  id: string,
  baseIri: string,
): Promise<{ version: string; document: OdrlDocument }> {
  return ctx.db.withActor(dbActor(actor), async (tx) => {
    const row = await mustFindVersion(tx, id);
    return {
      version: row.version,
      document: ispToOdrl(
        { ...row.document, id: row.id, version: row.version, status: row.status },
        { baseIri },
      ),
    };
  });
}

/** Evaluates facts against the active endorsed ISP and records the decision. */
export function decide(
  ctx: Context,
  caller: Caller,
  input: DecideInput,
): Promise<DecisionJson & { ispVersion: string }> {
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
}

/** Whether an endorsed ISP exists (for the CLI's message). */
export function activeVersion(ctx: Context, caller: Caller): Promise<string | null> {
  return runAs(ctx, caller, async (tx) => (await loadActiveIsp(tx))?.version ?? null);
}

/**
 * The ISP service: versions, drafts, lint, endorsement by member organisations, status changes
 * (with the two-person rule for a successor that lowers protection), diff, ODRL export and the
 * decide endpoint. One small file per use case; this file only puts them together. Every
 * endorsement, status change, request, approval and decision is audited.
 */
import type { IspStatus } from '@steward/core/isp/index';
import type { Actor, Caller, Context } from '../types';
import { createDraft, updateDraft } from './drafts';
import { endorse } from './endorse';
import type { DecideInput } from './parse';
import { activeVersion, decide, diff, getVersion, odrl, overview } from './read';
import { setStatus } from './status';
import { approveStatusChange, rejectStatusChange } from './status-requests';

export { parseDecisionInput, parseIspDocument, type DecideInput } from './parse';
export type { IspVersionSummary, IspVersionView, PendingStatusChange } from './view';
export type { StatusChangeResult } from './status';

export function createIspService(ctx: Context) {
  return {
    overview: (actor: Actor) => overview(ctx, actor),
    getVersion: (actor: Actor, id: string) => getVersion(ctx, actor, id),
    createDraft: (actor: Actor, input: { from: string }) => createDraft(ctx, actor, input),
    updateDraft: (actor: Actor, id: string, raw: unknown) => updateDraft(ctx, actor, id, raw),
    /** See status.ts: the version in force is never withdrawn; lowering protection needs a second person. */
    setStatus: (actor: Actor, id: string, status: IspStatus) => setStatus(ctx, actor, id, status),
    approveStatusChange: (actor: Actor, requestId: string) => approveStatusChange(ctx, actor, requestId),
    rejectStatusChange: (actor: Actor, requestId: string) => rejectStatusChange(ctx, actor, requestId),
    endorse: (actor: Actor, id: string) => endorse(ctx, actor, id),
    diff: (actor: Actor, fromId: string, toId: string) => diff(ctx, actor, fromId, toId),
    odrl: (actor: Actor, id: string, baseIri: string) => odrl(ctx, actor, id, baseIri),
    decide: (caller: Caller, input: DecideInput) => decide(ctx, caller, input),
    activeVersion: (caller: Caller) => activeVersion(ctx, caller),
  };
}

export type IspService = ReturnType<typeof createIspService>;

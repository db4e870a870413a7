/**
 * Data-sharing requests, agreements and in-app notifications (domain notes §7).
 *
 * - A member (or an outside requester, through the public form) asks for a registry entry shared
 *   with the cluster. The owner sees the ISP decision for a bilateral share beside the request,
 *   then approves with conditions (→ an agreement DSA-<year>-<nnnn>) or rejects with a reason.
 * - Agreement status is computed from the clock: active between startsOn and expiresOn, unless
 *   revoked (immediate). Downloads happen only while active, through the ISP decision point,
 *   audited, with the agreement reference embedded in the file.
 * - Both parties get in-app notifications, and e-mail after the commit when a mailer is configured
 *   (mail/mailer.ts).
 */
import { diaGate, newFlowDataTypes } from '@steward/core/assessments/index';
import { describeCondition } from '@steward/core/isp/index';
import { agreementStatus, type AgreementStatus } from '@steward/core/sharing/access';
import type { Tx } from '@steward/db';
import {
  findAssessment,
  listAssessmentsForEntry,
  updateAssessment,
  type AssessmentRow,
} from '@steward/db/repositories/assessments';
import { listOrganisations } from '@steward/db/repositories/organisations';
import {
  findLatestReleasedFile,
  findRegistryEntry,
  findRegistryFile,
  type RegistryFileRow,
} from '@steward/db/repositories/registry';
import {
  findAgreement,
  findDataRequest,
  insertAgreement,
  insertDataRequest,
  listAgreements,
  listDataRequests,
  listNotifications,
  markNotificationRead,
  nextAgreementReference,
  requestableEntry,
  submitPublicDataRequest,
  updateAgreement,
  updateDataRequest,
  type AgreementRow,
  type DataRequestRow,
} from '@steward/db/repositories/sharing';
import { decideEntryAccess } from '../access/entry-access';
import { catalogueShowsEntry } from '../catalogue/visible';
import { checkDia } from '../assessments/gate';
import { startFor } from '../registry/dia';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import {
  DECISION_AUDIT_ACTION,
  decideEntryAndRecord,
  evaluateEntry,
  loadActiveIsp,
} from '../isp/decision-point';
import {
  activeRole,
  CLUSTER_ROLES,
  DATA_MANAGER_ROLES,
  requireActiveOrganisation,
  requireRole,
} from '../isp/roles';
import { insertNotice, type Notice } from '../notifications/notices';
import { createKeyResolver, decryptFile } from '../registry/crypto';
import { decisionBody } from '../registry/registry-service';
import { createMailNotifier, type MailNotice, type MailNotifier } from '../mail/mailer';
import { isIsoDate } from '../registry/validation';
import { packageAgreementFile } from './agreement-file';
import type { Actor, Context } from '../types';
import { dbActor, validateEmail } from '../util';

export const EXPIRING_SOON_DAYS = 30;

/** An entry that does not exist, is not shared, or that the catalogue hides: one answer for all. */
function noSharedEntry(): ServiceError {
  return new ServiceError(
    'not-found',
    'There is no registry entry with this id that is shared with the cluster.',
    {
      fields: [{ path: 'registryEntryId', message: 'No shared registry entry has this id' }],
    },
  );
}

export { agreementStatus, type AgreementStatus } from '@steward/core/sharing/access';

export interface RequestView {
  id: string;
  registryEntryId: string;
  entryTitle: string;
  requester: string;
  requesterOrganisationId: string | null;
  providerOrganisationId: string;
  provider: string;
  purpose: string;
  intendedUse: string;
  recipients: string;
  requestedDurationDays: number;
  contactEmail: string;
  status: 'pending' | 'approved' | 'rejected';
  rejectReason: string | null;
  decision: ReturnType<typeof decisionBody> | null;
  /**
   * For the provider of a pending request from a member: the data types that would flow to that
   * member for the first time (a new partner flow needs a signed-off DIA, decision 0024) and the
   * DIA linking the entry that covers it, if any. Null otherwise.
   */
  flow: { newDataTypes: string[]; coveredBy: string | null } | null;
  createdAt: string;
  agreementId: string | null;
}

export interface AgreementView {
  id: string;
  reference: string;
  registryEntryId: string;
  entryTitle: string;
  entryVersion: number;
  providerOrganisation: string;
  providerOrganisationId: string;
  recipientOrganisation: string;
  recipientOrganisationId: string | null;
  purpose: string;
  conditions: string[];
  startsOn: string;
  expiresOn: string;
  status: AgreementStatus;
  signatories: { name: string; role: string; organisation: string; signedOn: string }[];
  revokedAt: string | null;
  revokedReason: string | null;
  dataTypes: string[];
  sensitivity: string;
  /** The file version approved (null: the entry had no released file when approved). */
  fileId: string | null;
  /** Newer uploads are given without a new approval. */
  includesLaterVersions: boolean;
}

const fieldError = (path: string, message: string) =>
  new ServiceError('validation', `${path}: ${message}`, { fields: [{ path, message }] });

function text(input: Record<string, unknown>, path: string, max: number, min = 1): string {
  const v = input[path];
  if (typeof v !== 'string' || v.trim().length < min)
    throw fieldError(path, min > 1 ? `at least ${min} characters` : 'Required');
  if (v.trim().length > max) throw fieldError(path, `at most ${max} characters`);
  return v.trim();
}

function requestBody(input: unknown) {
  if (typeof input !== 'object' || input === null) throw fieldError('(body)', 'must be an object');
  const o = input as Record<string, unknown>;
  const registryEntryId = text(o, 'registryEntryId', 64);
  if (!/^[0-9a-f-]{36}$/i.test(registryEntryId))
    throw fieldError('registryEntryId', 'not a registry entry id');
  const days = o.requestedDurationDays;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 1095) {
    throw fieldError('requestedDurationDays', 'a whole number of days from 1 to 1095');
  }
  let contactEmail: string;
  try {
    contactEmail = validateEmail(String(o.contactEmail ?? ''));
  } catch {
    throw fieldError('contactEmail', 'not a valid e-mail address');
  }
  return {
    registryEntryId,
    purpose: text(o, 'purpose', 2000, 10),
    intendedUse: text(o, 'intendedUse', 2000, 10),
    recipients: text(o, 'recipients', 1000),
    requestedDurationDays: days,
    contactEmail,
  };
}

export function createSharingService(ctx: Context, mail: MailNotifier = createMailNotifier(ctx)) {
  const keys = createKeyResolver(ctx);
  // Notifications made in a transaction are mailed once it has committed.
  const outboxes = new WeakMap<Tx, MailNotice[]>();
  const asActor = async <T>(actor: Actor, fn: (tx: Tx) => Promise<T>) => {
    const outbox: MailNotice[] = [];
    const out = await ctx.db.withActor(dbActor(actor, ctx.clock()), (tx) => {
      outboxes.set(tx, outbox);
      return fn(tx);
    });
    mail.send(outbox);
    return out;
  };
  const today = () => ctx.clock().toISOString().slice(0, 10);

  async function acronyms(tx: Tx): Promise<Map<string, string>> {
    return new Map((await listOrganisations(tx)).map((o) => [o.id, o.acronym]));
  }

  async function notify(tx: Tx, notice: Notice) {
    const made = await insertNotice(tx, notice, ctx.clock());
    outboxes.get(tx)?.push({
      organisationId: made.organisationId,
      kind: made.kind,
      params: made.params,
      link: made.link,
      audience: made.audience,
    });
  }

  async function requestView(
    tx: Tx,
    actor: Actor,
    r: DataRequestRow,
    acr: Map<string, string>,
  ): Promise<RequestView> {
    let decision: RequestView['decision'] = null;
    let flow: RequestView['flow'] = null;
    if (r.providerOrganisationId === actor.activeOrganisationId) {
      const entry = await findRegistryEntry(tx, r.registryEntryId);
      if (entry)
        decision = decisionBody(
          evaluateEntry(await loadActiveIsp(tx), entry, { recipient: 'bilateral', activeAgreement: true }),
        );
      if (entry && r.status === 'pending' && r.requesterOrganisationId) {
        const newDataTypes = await newFlowTypes(tx, r, entry);
        const linked = (await listAssessmentsForEntry(tx, entry.id)).filter(
          (d) => d.organisationId === r.providerOrganisationId,
        );
        const gate = diaGate({ kind: 'partner_flow', newFlow: newDataTypes.length > 0 }, linked, today());
        flow = { newDataTypes, coveredBy: gate.satisfiedBy };
      }
    }
    return {
      id: r.id,
      registryEntryId: r.registryEntryId,
      entryTitle: r.entryTitle,
      requester: r.requesterOrganisationId
        ? (acr.get(r.requesterOrganisationId) ?? '?')
        : `${r.requesterName ?? '?'} (${r.requesterOrganisationName ?? 'outside requester'})`,
      requesterOrganisationId: r.requesterOrganisationId,
      providerOrganisationId: r.providerOrganisationId,
      provider: acr.get(r.providerOrganisationId) ?? '?',
      purpose: r.purpose,
      intendedUse: r.intendedUse,
      recipients: r.recipients,
      requestedDurationDays: r.requestedDurationDays,
      contactEmail: r.contactEmail,
      status: r.status,
      rejectReason: r.rejectReason,
      decision,
      flow,
      createdAt: r.createdAt.toISOString(),
      agreementId: r.agreementId,
    };
  }

  async function agreementView(tx: Tx, a: AgreementRow, acr: Map<string, string>): Promise<AgreementView> {
    const entry = await findRegistryEntry(tx, a.registryEntryId);
    return {
      id: a.id,
      reference: a.reference,
      registryEntryId: a.registryEntryId,
      entryTitle: entry?.title ?? '(not visible to you)',
      entryVersion: a.entryVersion,
      providerOrganisation: acr.get(a.providerOrganisationId) ?? '?',
      providerOrganisationId: a.providerOrganisationId,
      recipientOrganisation: a.recipientOrganisationId
        ? (acr.get(a.recipientOrganisationId) ?? '?')
        : (a.recipientName ?? '?'),
      recipientOrganisationId: a.recipientOrganisationId,
      purpose: a.purpose,
      conditions: a.conditions,
      startsOn: a.startsOn,
      expiresOn: a.expiresOn,
      status: agreementStatus(a, today()),
      signatories: a.signatories,
      revokedAt: a.revokedAt?.toISOString() ?? null,
      revokedReason: a.revokedReason,
      dataTypes: a.dataTypes,
      sensitivity: a.sensitivity,
      fileId: a.fileId,
      includesLaterVersions: a.includesLaterVersions,
    };
  }

  /** The file an agreement gives now: the approved version, or the newest released one. */
  async function agreementFile(tx: Tx, a: AgreementRow): Promise<RegistryFileRow | null> {
    if (a.includesLaterVersions) return findLatestReleasedFile(tx, a.registryEntryId);
    return a.fileId ? findRegistryFile(tx, a.registryEntryId, a.fileId) : null;
  }

  async function mustFindRequest(tx: Tx, id: string): Promise<DataRequestRow> {
    const r = await findDataRequest(tx, id);
    if (!r) throw new ServiceError('not-found', `There is no request ${id} that you can see.`);
    return r;
  }

  async function mustFindAgreement(tx: Tx, id: string): Promise<AgreementRow> {
    const a = await findAgreement(tx, id);
    if (!a) throw new ServiceError('not-found', `There is no agreement ${id} that you can see.`);
    return a;
  }

  /** The entry's data types that would go from the provider to the requester for the first time. */
  async function newFlowTypes(
    tx: Tx,
    req: DataRequestRow,
    entry: { dataTypes: string[] },
  ): Promise<string[]> {
    const earlier = (await listAgreements(tx)).map((a) => ({
      providerOrganisationId: a.providerOrganisationId,
      recipientOrganisationId: a.recipientOrganisationId,
      dataTypes: a.dataTypes,
      revoked: a.revokedAt !== null,
    }));
    return newFlowDataTypes(
      {
        providerOrganisationId: req.providerOrganisationId,
        recipientOrganisationId: req.requesterOrganisationId,
        dataTypes: entry.dataTypes,
      },
      earlier,
    );
  }

  /**
   * The DIA gate of a new partner-to-partner flow (decision 0024): approving a member's request
   * opens a new flow when a data type of the entry never went from the provider to that member
   * under an earlier agreement (expired ones count, revoked ones do not). Then a signed-off, in-date
   * DIA of the provider — named as `assessmentId`, or linking the entry — must cover it.
   */
  async function flowGate(
    tx: Tx,
    now: Date,
    actor: Actor,
    req: DataRequestRow,
    entry: { id: string; dataTypes: string[] },
    assessmentId: string | null,
  ): Promise<{ error: ServiceError | null; newDataTypes: string[]; assessment: AssessmentRow | null }> {
    const newDataTypes = await newFlowTypes(tx, req, entry);
    if (newDataTypes.length === 0) return { error: null, newDataTypes, assessment: null };
    const linked = await listAssessmentsForEntry(tx, entry.id);
    const check = await checkDia(
      tx,
      now,
      actor,
      req.providerOrganisationId,
      { kind: 'partner_flow', newFlow: true },
      assessmentId ? [assessmentId] : [],
      { targetType: 'data-request', targetId: req.id },
      { linked, start: startFor(entry.id) },
    );
    if (check.error) return { error: check.error, newDataTypes, assessment: null };
    const assessment =
      linked.find((d) => d.id === check.assessmentId) ??
      (check.assessmentId ? await findAssessment(tx, check.assessmentId) : null);
    return { error: null, newDataTypes, assessment };
  }

  return {
    /** A member asks for an entry shared with the cluster. */
    async createRequest(actor: Actor, input: unknown): Promise<RequestView> {
      const organisationId = requireActiveOrganisation(actor);
      const body = requestBody(input);
      return asActor(actor, async (tx) => {
        const entry = await requestableEntry(tx, body.registryEntryId);
        if (!entry) throw noSharedEntry();
        if (entry.organisationId === organisationId)
          throw fieldError('registryEntryId', 'this entry belongs to your own organisation');
        // The catalogue's rule (issue 8): an entry it hides from this organisation (draft, inactive
        // owner, destroyed, or one the ISP never lets it have) is not found, as an unknown id.
        if (!(await catalogueShowsEntry(tx, body.registryEntryId, organisationId))) throw noSharedEntry();
        const now = ctx.clock();
        const row = await insertDataRequest(tx, {
          ...body,
          entryTitle: entry.title,
          providerOrganisationId: entry.organisationId,
          requesterOrganisationId: organisationId,
          requesterUserId: actor.userId,
          status: 'pending',
          createdAt: now,
        });
        await notify(tx, {
          organisationId: entry.organisationId,
          kind: 'request-received',
          params: { title: entry.title },
          link: `/agreements#request-${row.id}`,
        });
        await appendAuditAs(tx, now, actor, {
          action: 'sharing.request-created',
          targetType: 'data-request',
          targetId: row.id,
          organisationId: entry.organisationId,
          details: { entryId: body.registryEntryId },
        });
        return requestView(tx, actor, row, await acronyms(tx));
      });
    },

    /** The public form: no sign-in. Returns the new id. */
    async submitPublicRequest(input: unknown): Promise<{ id: string }> {
      const body = requestBody(input);
      const o = input as Record<string, unknown>;
      const requesterName = text(o, 'requesterName', 200);
      const requesterOrganisation = text(o, 'requesterOrganisation', 200);
      const id = await ctx.db.withAnonymous((tx) =>
        submitPublicDataRequest(tx, {
          ...body,
          requesterName,
          requesterOrganisationName: requesterOrganisation,
          at: ctx.clock(),
        }),
      );
      if (!id) throw noSharedEntry();
      return { id };
    },

    async listRequests(
      actor: Actor,
      direction: 'incoming' | 'outgoing' = 'incoming',
    ): Promise<RequestView[]> {
      const org = requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const rows = await listDataRequests(
          tx,
          direction === 'incoming' ? { providerIn: org } : { requesterIn: org },
        );
        const acr = await acronyms(tx);
        return Promise.all(rows.map((r) => requestView(tx, actor, r, acr)));
      });
    },

    /** The owner approves with conditions: the ISP decides, then the agreement is made. */
    async approve(actor: Actor, id: string, input: unknown): Promise<AgreementView> {
      const org = requireRole(actor, DATA_MANAGER_ROLES, 'approve data-sharing requests');
      if (typeof input !== 'object' || input === null) throw fieldError('(body)', 'must be an object');
      const o = input as Record<string, unknown>;
      const conditions = o.conditions ?? [];
      if (!Array.isArray(conditions) || conditions.some((c) => typeof c !== 'string' || !c.trim()))
        throw fieldError('conditions', 'a list of non-empty texts');
      for (const k of ['startsOn', 'expiresOn'] as const) {
        if (typeof o[k] !== 'string' || !isIsoDate(o[k] as string))
          throw fieldError(k, 'must be a date YYYY-MM-DD');
      }
      const startsOn = o.startsOn as string;
      const expiresOn = o.expiresOn as string;
      if (expiresOn < startsOn) throw fieldError('expiresOn', 'must be on or after startsOn');
      // An agreement that is over before it is made gives no access: refuse it rather than record it.
      const today = ctx.clock().toISOString().slice(0, 10);
      if (expiresOn < today) throw fieldError('expiresOn', `must not be in the past (today is ${today})`);
      const includesLaterVersions = o.includesLaterVersions ?? false;
      if (typeof includesLaterVersions !== 'boolean')
        throw fieldError('includesLaterVersions', 'true or false');
      const assessmentId = o.assessmentId ?? null;
      if (
        assessmentId !== null &&
        (typeof assessmentId !== 'string' || !/^[0-9a-f-]{36}$/i.test(assessmentId))
      )
        throw fieldError('assessmentId', 'not an impact assessment id');
      const signatories = o.signatories;
      if (!Array.isArray(signatories) || signatories.length === 0)
        throw fieldError('signatories', 'at least one signatory (name, role, organisation, signedOn)');
      signatories.forEach((s: unknown, i) => {
        const r = (s ?? {}) as Record<string, unknown>;
        for (const k of ['name', 'role', 'organisation'] as const)
          if (typeof r[k] !== 'string' || !(r[k] as string).trim())
            throw fieldError(`signatories[${i}].${k}`, 'Required');
        if (typeof r.signedOn !== 'string' || !isIsoDate(r.signedOn))
          throw fieldError(`signatories[${i}].signedOn`, 'must be a date YYYY-MM-DD');
      });
      // A denial is committed with its recorded decision, then thrown.
      const out = await asActor(actor, async (tx): Promise<AgreementView | ServiceError> => {
        const req = await mustFindRequest(tx, id);
        if (req.providerOrganisationId !== org)
          throw new ServiceError('forbidden', 'Only the owning organisation decides this request.');
        if (req.status !== 'pending')
          throw new ServiceError('conflict', `This request is already ${req.status}.`);
        const entry = await findRegistryEntry(tx, req.registryEntryId);
        if (!entry)
          throw new ServiceError('not-found', 'The registry entry of this request no longer exists.');
        const now = ctx.clock();
        const decision = await decideEntryAndRecord(tx, now, actor, entry, {
          recipient: 'bilateral',
          form: 'share',
          activeAgreement: true,
          target: { targetType: 'data-request', targetId: req.id, organisationId: org },
        });
        if (decision.decision === 'deny') {
          return new ServiceError(
            'forbidden',
            `The ISP does not allow sharing this entry, even under an agreement. ${decision.explanation}`,
            { decision: decisionBody(decision) },
          );
        }
        // A new partner-to-partner flow waits for a signed-off DIA (domain notes §9.2; decision 0024).
        const flow = await flowGate(tx, now, actor, req, entry, assessmentId as string | null);
        if (flow.error) return flow.error;
        const all = [
          ...decision.conditions.map(describeCondition),
          ...(conditions as string[]).map((c) => c.trim()),
        ];
        const reference = await nextAgreementReference(tx, Number(startsOn.slice(0, 4)));
        // The agreement approves the file version the provider sees now.
        const approvedFile = await findLatestReleasedFile(tx, entry.id);
        const agreement = await insertAgreement(tx, {
          reference,
          requestId: req.id,
          registryEntryId: entry.id,
          entryVersion: entry.version,
          providerOrganisationId: org,
          recipientOrganisationId: req.requesterOrganisationId,
          recipientName: req.requesterOrganisationId
            ? null
            : (req.requesterOrganisationName ?? req.requesterName),
          purpose: req.purpose,
          conditions: [...new Set(all)],
          dataTypes: entry.dataTypes,
          sensitivity: decision.sensitivity,
          startsOn,
          expiresOn,
          signatories: signatories as AgreementRow['signatories'],
          fileId: approvedFile?.id ?? null,
          includesLaterVersions,
          createdAt: now,
          createdBy: actor.userId,
        });
        await updateDataRequest(tx, req.id, {
          status: 'approved',
          decidedAt: now,
          decidedBy: actor.userId,
          agreementId: agreement.id,
        });
        await notify(tx, {
          organisationId: org,
          kind: 'agreement-created',
          params: { reference, title: entry.title },
          link: `/agreements#agreement-${agreement.id}`,
        });
        if (req.requesterOrganisationId) {
          await notify(tx, {
            organisationId: req.requesterOrganisationId,
            kind: 'request-approved',
            params: { title: entry.title, reference },
            link: `/agreements#agreement-${agreement.id}`,
          });
        }
        // The DIA that covered the new flow links the agreement (its data-flow map shows it).
        if (flow.assessment && !flow.assessment.agreementIds.includes(agreement.id))
          await updateAssessment(tx, flow.assessment.id, {
            agreementIds: [...flow.assessment.agreementIds, agreement.id],
          });
        await appendAuditAs(tx, now, actor, {
          action: 'sharing.agreement-created',
          targetType: 'agreement',
          targetId: agreement.id,
          organisationId: org,
          details: {
            reference,
            requestId: req.id,
            ispVersion: decision.ispVersion,
            rule: decision.rule,
            ...(flow.newDataTypes.length > 0
              ? { newFlow: flow.newDataTypes, assessmentId: flow.assessment?.id ?? null }
              : {}),
          },
        });
        return agreementView(tx, agreement, await acronyms(tx));
      });
      if (out instanceof ServiceError) throw out;
      return out;
    },

    async reject(actor: Actor, id: string, input: unknown): Promise<RequestView> {
      const org = requireRole(actor, DATA_MANAGER_ROLES, 'reject data-sharing requests');
      const reason = text((input ?? {}) as Record<string, unknown>, 'reason', 2000, 5);
      return asActor(actor, async (tx) => {
        const req = await mustFindRequest(tx, id);
        if (req.providerOrganisationId !== org)
          throw new ServiceError('forbidden', 'Only the owning organisation decides this request.');
        if (req.status !== 'pending')
          throw new ServiceError('conflict', `This request is already ${req.status}.`);
        const now = ctx.clock();
        const updated = (await updateDataRequest(tx, id, {
          status: 'rejected',
          decidedAt: now,
          decidedBy: actor.userId,
          rejectReason: reason,
        }))!;
        if (req.requesterOrganisationId) {
          await notify(tx, {
            organisationId: req.requesterOrganisationId,
            kind: 'request-rejected',
            params: { title: req.entryTitle },
            link: `/agreements#request-${id}`,
          });
        }
        await appendAuditAs(tx, now, actor, {
          action: 'sharing.request-rejected',
          targetType: 'data-request',
          targetId: id,
          organisationId: org,
        });
        return requestView(tx, actor, updated, await acronyms(tx));
      });
    },

    /** Agreements the actor's organisation is party to. */
    async listAgreements(actor: Actor): Promise<AgreementView[]> {
      const org = requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const acr = await acronyms(tx);
        const rows = (await listAgreements(tx)).filter(
          (a) => a.providerOrganisationId === org || a.recipientOrganisationId === org,
        );
        return Promise.all(rows.map((a) => agreementView(tx, a, acr)));
      });
    },

    /** Revocation is immediate: downloads stop at once. */
    async revoke(actor: Actor, id: string, input: unknown): Promise<AgreementView> {
      const org = requireRole(actor, DATA_MANAGER_ROLES, 'revoke agreements');
      const reason = text((input ?? {}) as Record<string, unknown>, 'reason', 2000, 5);
      return asActor(actor, async (tx) => {
        const a = await mustFindAgreement(tx, id);
        if (a.providerOrganisationId !== org)
          throw new ServiceError('forbidden', 'Only the providing organisation may revoke this agreement.');
        if (a.revokedAt) throw new ServiceError('conflict', `Agreement ${a.reference} is already revoked.`);
        const now = ctx.clock();
        const updated = (await updateAgreement(tx, id, {
          revokedAt: now,
          revokedBy: actor.userId,
          revokedReason: reason,
        }))!;
        if (a.recipientOrganisationId)
          await notify(tx, {
            organisationId: a.recipientOrganisationId,
            kind: 'agreement-revoked',
            params: { reference: a.reference },
            link: `/agreements#agreement-${id}`,
          });
        await notify(tx, {
          organisationId: org,
          kind: 'agreement-revoked',
          params: { reference: a.reference },
          link: `/agreements#agreement-${id}`,
        });
        await appendAuditAs(tx, now, actor, {
          action: 'sharing.agreement-revoked',
          targetType: 'agreement',
          targetId: id,
          organisationId: org,
          details: { reference: a.reference },
        });
        return agreementView(tx, updated, await acronyms(tx));
      });
    },

    /**
     * The recipient downloads the asset's latest file while the agreement is active. Passes
     * through the ISP decision point; the file carries the agreement reference.
     */
    async download(
      actor: Actor,
      id: string,
    ): Promise<{
      name: string;
      contentType: string;
      bytes: Uint8Array;
      decision: ReturnType<typeof decisionBody>;
      reference: string;
    }> {
      const org = requireActiveOrganisation(actor);
      const keyId = await asActor(actor, async (tx) => {
        const a = await mustFindAgreement(tx, id);
        return (await agreementFile(tx, a))?.keyId ?? null;
      });
      const key = keyId ? await keys.keyById(keyId) : null;
      type Out = {
        name: string;
        contentType: string;
        bytes: Uint8Array;
        decision: ReturnType<typeof decisionBody>;
        reference: string;
      };
      // A refusal is committed with its recorded decision, then thrown.
      const out = await asActor(actor, async (tx): Promise<Out | ServiceError> => {
        const a = await mustFindAgreement(tx, id);
        if (a.recipientOrganisationId !== org)
          throw new ServiceError(
            'forbidden',
            'Only the recipient organisation downloads under this agreement.',
          );
        const status = agreementStatus(a, today());
        const now = ctx.clock();
        const target = { targetType: 'agreement', targetId: a.id, organisationId: a.providerOrganisationId };
        const entry = await findRegistryEntry(tx, a.registryEntryId);
        if (!entry) {
          // Expired or revoked: row-level security already hides the entry from the recipient.
          await appendAuditAs(tx, now, actor, {
            action: DECISION_AUDIT_ACTION,
            targetType: target.targetType,
            targetId: a.id,
            organisationId: a.providerOrganisationId,
            outcome: 'denied',
            details: {
              decision: 'deny',
              reason: status === 'active' ? 'entry-missing' : `agreement-${status}`,
              rule: null,
              form: 'download',
              recipient: 'bilateral',
            },
          });
          return status === 'active'
            ? new ServiceError('not-found', 'The registry entry of this agreement no longer exists.')
            : new ServiceError(
                'forbidden',
                `Agreement ${a.reference} is ${status}: downloads are not allowed.`,
                { reason: `agreement-${status}` },
              );
        }
        const file = await agreementFile(tx, a);
        // The one access path: this agreement in force, the file version it approved, the ISP.
        const access = await decideEntryAccess(tx, actor, entry, {
          form: 'download',
          today: today(),
          now,
          agreement: a,
          ...(file ? { fileId: file.id } : {}),
          target,
        });
        if (!access.ok) return access.error;
        const decision = access.decision!;
        if (decision.decision === 'deny')
          return new ServiceError(
            'forbidden',
            `The ISP does not allow this download. ${decision.explanation}`,
            { decision: decisionBody(decision) },
          );
        if (!file || !key)
          return new ServiceError(
            'not-found',
            a.fileId || a.includesLaterVersions
              ? 'The approved file is no longer available (deleted or quarantined by the provider).'
              : 'No file was attached to this entry when the agreement was approved: ask the provider to attach one and approve it.',
            { reason: a.fileId || a.includesLaterVersions ? 'file-unavailable' : 'no-file-approved' },
          );
        const plain = decryptFile(key, file, file.entryId, file.version);
        await appendAuditAs(tx, now, actor, {
          action: 'sharing.agreement-download',
          targetType: 'registry-file',
          targetId: file.id,
          organisationId: a.providerOrganisationId,
          details: { agreementId: a.id, reference: a.reference },
        });
        const packaged = await packageAgreementFile(file, plain, {
          agreement: a.reference,
          agreementId: a.id,
          provider: a.providerOrganisationId,
          expiresOn: a.expiresOn,
          conditions: a.conditions,
        });
        return { ...packaged, decision: decisionBody(decision), reference: a.reference };
      });
      if (out instanceof ServiceError) throw out;
      return out;
    },

    /** Cluster roles: every agreement's metadata (no asset contents). */
    async clusterAgreements(actor: Actor) {
      requireRole(actor, CLUSTER_ROLES, 'see the cluster view of agreements');
      return asActor(actor, async (tx) => {
        const acr = await acronyms(tx);
        const t = today();
        const soon = new Date(Date.parse(`${t}T00:00:00Z`) + EXPIRING_SOON_DAYS * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const items = (await listAgreements(tx)).map((a) => ({
          id: a.id,
          reference: a.reference,
          dataTypes: a.dataTypes,
          sensitivity: a.sensitivity,
          provider: acr.get(a.providerOrganisationId) ?? '?',
          recipient: a.recipientOrganisationId
            ? (acr.get(a.recipientOrganisationId) ?? '?')
            : (a.recipientName ?? '?'),
          status: agreementStatus(a, t),
          startsOn: a.startsOn,
          expiresOn: a.expiresOn,
        }));
        return {
          items,
          expiringSoon: items.filter((i) => i.status === 'active' && i.expiresOn <= soon).length,
        };
      });
    },

    async notifications(actor: Actor) {
      const org = requireActiveOrganisation(actor);
      return asActor(actor, async (tx) =>
        (await listNotifications(tx, [org], activeRole(actor))).map((n) => ({
          id: n.id,
          kind: n.kind,
          text: n.text,
          params: n.params,
          link: n.link,
          createdAt: n.createdAt.toISOString(),
          readAt: n.readAt?.toISOString() ?? null,
        })),
      );
    },

    async markNotificationRead(actor: Actor, id: string): Promise<void> {
      requireActiveOrganisation(actor);
      await asActor(actor, (tx) => markNotificationRead(tx, id, ctx.clock()));
    },
  };
}

export type SharingService = ReturnType<typeof createSharingService>;

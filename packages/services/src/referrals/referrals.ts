/**
 * Referral workflow (issue 9): send, list, show, update, and counts for the cluster. The server
 * handles ciphertext and the plaintext metadata only (organisations, service, priority, state,
 * timestamps, due-by, adm1/adm2). Every send is decided by the ISP ("referral data", individual
 * level, bilateral) and audited without content; notifications carry a reference only.
 */
import {
  adm1Of,
  checkTransition,
  OVERRIDE_LEGAL_BASES,
  type OverrideLegalBasis,
  dueBy as dueByOf,
  isEnvelope,
  isOverdue,
  REFERRAL_OUTCOMES,
  REFERRAL_PRIORITIES,
  type Envelope,
  type ReferralOutcome,
  type ReferralPriority,
  type ReferralState,
} from '@steward/core/referrals/index';
import { checkPublication, type CellPublicationStatus } from '@steward/core/publication/index';
import { loadHighsSolver } from '@steward/core/sdc/tables/highs';
import type { Tx } from '@steward/db';
import { findService } from '@steward/db/repositories/directory';
import { findOrganisationById } from '@steward/db/repositories/organisations';
import {
  findCurrentReferralOrgKey,
  insertReferral,
  isConsentWithdrawn,
  insertReferralEvent,
  listReferralEvents,
  listReferralMembers,
  listReferralsOf,
  referralCounts,
  updateReferralState,
  type ReferralEventRow,
  type ReferralRow,
} from '@steward/db/repositories/referrals';
import { insertNotice } from '../notifications/notices';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { decideAndRecord, evaluate, loadActiveIsp } from '../isp/decision-point';
import type { Caller } from '../types';
import { isUniqueViolation } from '../util';
import {
  findOwnReferral,
  overrideMembership,
  referralMembership,
  requireStatsRole,
  UUID,
  type ReferralDeps,
} from './deps';
import type { createReferralKeys } from './keys';

export interface ReferralView {
  id: string;
  reference: string;
  direction: 'sent' | 'received';
  from: string;
  to: string;
  serviceId: string;
  serviceName: string;
  serviceType: string;
  priority: ReferralPriority;
  state: ReferralState;
  outcome: ReferralOutcome | null;
  adm1: string;
  adm2: string;
  sentAt: string;
  dueBy: string;
  overdue: boolean;
  consentWithdrawn: boolean;
  /** The opaque consent reference (sending organisation only; null for the receiver or older referrals). */
  consentRef: string | null;
  /**
   * Consent override (plaintext metadata only; the justification is in the encrypted content):
   * `pending` until a second person of the sending organisation approves or refuses
   * (or the requester cancels it). Names are
   * given to the sending organisation only.
   */
  override: ReferralOverrideView | null;
  updatedAt: string;
  /** Encrypted payload + consent (decrypt on the device). */
  content: Envelope;
}

export interface ReferralOverrideView {
  legalBasis: OverrideLegalBasis;
  status: 'pending' | 'approved' | 'refused' | 'cancelled';
  requestedBy: string | null;
  requestedByName: string | null;
  requestedAt: string;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: string | null;
}

export interface ReferralEventView {
  version: number;
  fromState: ReferralState | null;
  toState: ReferralState;
  outcome: ReferralOutcome | null;
  by: string;
  at: string;
  /** Encrypted reason/note, or null. */
  content: Envelope | null;
}

export const STATS_DIMENSIONS = [
  'service',
  'state',
  'priority',
  'month',
  'adm1',
  'adm2',
  'receiverType',
] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

export interface StatsCell {
  [dimension: string]: string | number | null;
  count: number | null;
  status: CellPublicationStatus;
}

const MAX_ENVELOPE_BYTES = 256 * 1024;
/** An opaque consent reference: a random id chosen on the device (UUID, base64url…). */
export const CONSENT_REF = /^[A-Za-z0-9_-]{16,64}$/;

async function memberNames(tx: Tx, organisationId: string): Promise<Map<string, string>> {
  return new Map((await listReferralMembers(tx, organisationId)).map((m) => [m.userId, m.displayName]));
}

/**
 * The ISP decides every referral ("referral data", individual level, bilateral). The ISP's consent
 * fact is the lawful basis of the individual's data: consent checked on the sending device, or a
 * consent override on another legal basis, which is decided again when the second person approves
 * it (nothing leaves the sending organisation before). Denial → `referral.isp_denied`.
 */
export async function decideReferralSharing(
  tx: Tx,
  at: Date,
  caller: Caller,
  referralId: string,
  organisationId: string,
  referralMethod: string,
): Promise<void> {
  const decision = await decideAndRecord(tx, at, caller, {
    facts: {
      dataType: 'referral-data',
      aggregation: 'individual',
      includesNames: false,
      includesCoordinates: false,
      consentObtained: true,
      // A service that accepts referrals through Steward is the receiver's standing referral agreement.
      activeAgreement: referralMethod === 'steward',
    },
    recipient: 'bilateral',
    purpose: 'service-delivery',
    target: { targetType: 'referral', targetId: referralId, organisationId },
  });
  if (decision.decision === 'deny')
    throw new ServiceError(
      'forbidden',
      `The Information Sharing Protocol does not allow this referral: ${decision.explanation}`,
      { code: 'referral.isp_denied', rule: decision.rule },
    );
}

export function createReferralWorkflow(deps: ReferralDeps, keys: ReturnType<typeof createReferralKeys>) {
  async function view(
    tx: Tx,
    row: ReferralRow,
    myOrg: string,
    names: Map<string, string>,
  ): Promise<ReferralView> {
    const name = async (id: string) => {
      if (!names.has(id)) names.set(id, (await findOrganisationById(tx, id))?.acronym ?? '?');
      return names.get(id)!;
    };
    const service = await findService(tx, row.serviceId);
    const sent = row.senderOrganisationId === myOrg;
    const people = sent && row.overrideLegalBasis ? await memberNames(tx, myOrg) : new Map<string, string>();
    return {
      id: row.id,
      reference: row.reference,
      direction: row.senderOrganisationId === myOrg ? 'sent' : 'received',
      from: await name(row.senderOrganisationId),
      to: await name(row.receiverOrganisationId),
      serviceId: row.serviceId,
      serviceName: service?.name ?? '',
      serviceType: row.serviceType,
      priority: row.priority,
      state: row.state,
      outcome: row.outcome,
      adm1: row.adm1,
      adm2: row.adm2,
      sentAt: row.sentAt.toISOString(),
      dueBy: row.dueBy.toISOString(),
      overdue: isOverdue(row.state, row.dueBy, deps.now()),
      consentWithdrawn: row.consentWithdrawnAt !== null,
      consentRef: sent ? row.consentRef : null,
      override: row.overrideLegalBasis
        ? {
            legalBasis: row.overrideLegalBasis,
            status: row.overrideDecision ?? 'pending',
            requestedBy: sent ? row.overrideRequestedBy : null,
            requestedByName: sent ? (people.get(row.overrideRequestedBy ?? '') ?? null) : null,
            requestedAt: (row.overrideRequestedAt ?? row.sentAt).toISOString(),
            decidedBy: sent ? row.overrideDecidedBy : null,
            decidedByName: sent ? (people.get(row.overrideDecidedBy ?? '') ?? null) : null,
            decidedAt: row.overrideDecidedAt?.toISOString() ?? null,
          }
        : null,
      updatedAt: row.updatedAt.toISOString(),
      content: row.content as Envelope,
    };
  }

  function checkEnvelopeSize(envelope: unknown, field: string): asserts envelope is Envelope {
    if (!isEnvelope(envelope))
      throw new ServiceError('validation', 'The encrypted content is not a well-formed envelope.', {
        field,
        code: 'referral.ciphertext_malformed',
      });
    if (JSON.stringify(envelope).length > MAX_ENVELOPE_BYTES)
      throw new ServiceError('payload-too-large', 'The encrypted content is too large.', { field });
  }

  return {
    /**
     * Sends a referral: all or nothing. The content must be encrypted to exactly the receiver's and
     * the sender's current organisation keys; the service must accept referrals; the ISP must allow
     * referral data (individual, bilateral, consent checked on the device).
     */
    async send(
      caller: Caller,
      input: {
        id: string;
        to: string;
        serviceId: string;
        priority: string;
        adm2: string;
        content: unknown;
        consentChecked: boolean;
        /** False when the device's consent check failed: then only with an override. Default true. */
        consentCovered?: boolean | undefined;
        /** A consent override (legal basis only; the justification is in the encrypted content). */
        override?: { legalBasis: string } | null | undefined;
        /** Opaque reference of the consent record (random, chosen on the device); see consent.ts. */
        consentRef?: string | null | undefined;
      },
    ): Promise<{ id: string; reference: string; state: 'sent' | 'draft'; dueBy: string }> {
      const override = input.override ?? null;
      const { organisationId } = override ? overrideMembership(caller) : referralMembership(caller);
      if (!UUID.test(input.id))
        throw new ServiceError('validation', 'id must be a UUID chosen by the sending device.', {
          field: 'id',
        });
      if (!(REFERRAL_PRIORITIES as readonly string[]).includes(input.priority))
        throw new ServiceError('validation', 'priority must be emergency, urgent or normal.', {
          field: 'priority',
        });
      if (typeof input.adm2 !== 'string' || !/^[A-Z]{2,3}[0-9A-Z]{1,12}$/.test(input.adm2))
        throw new ServiceError('validation', 'adm2 must be a p-code.', { field: 'adm2' });
      if (input.consentChecked !== true)
        throw new ServiceError(
          'validation',
          'The consent record must be checked on the sending device before sending.',
          {
            field: 'consentChecked',
            code: 'referral.consent_not_checked',
          },
        );
      if (override && input.consentCovered !== false)
        throw new ServiceError(
          'validation',
          'The consent record covers this referral: no override is needed; send it without one.',
          { field: 'override', code: 'referral.override_not_needed' },
        );
      if (!override && input.consentCovered === false)
        throw new ServiceError(
          'validation',
          'The consent record does not cover this referral: sending needs a consent override (legal basis, justification, a second person).',
          { field: 'override', code: 'referral.override_required' },
        );
      if (override && !(OVERRIDE_LEGAL_BASES as readonly string[]).includes(override.legalBasis))
        throw new ServiceError(
          'validation',
          `The legal basis of an override is one of ${OVERRIDE_LEGAL_BASES.join(', ')}; consent itself cannot be.`,
          { field: 'override.legalBasis', code: 'referral.override_legal_basis' },
        );
      const consentRef = input.consentRef ?? null;
      if (consentRef !== null && (typeof consentRef !== 'string' || !CONSENT_REF.test(consentRef)))
        throw new ServiceError(
          'validation',
          'consentRef must be an opaque random reference of 16 to 64 letters, digits, - or _ (never personal data).',
          { field: 'consentRef', code: 'referral.consent_ref_invalid' },
        );
      checkEnvelopeSize(input.content, 'content');
      const envelope = input.content;
      const priority = input.priority as ReferralPriority;
      const at = deps.now();
      const due = dueByOf(priority, at);
      return deps.as(caller, async (tx) => {
        const receiver = await keys.currentKeyOf(tx, input.to.trim());
        if (receiver.organisationId === organisationId)
          throw new ServiceError('validation', 'A referral goes to another organisation.', { field: 'to' });
        const senderKey = await findCurrentReferralOrgKey(tx, organisationId);
        if (!senderKey)
          throw new ServiceError('conflict', 'Your organisation has no referral key yet: set it up first.', {
            code: 'referral.no_sender_key',
          });
        if (senderKey.rotationRequiredAt)
          throw new ServiceError(
            'conflict',
            'Your organisation must rotate its referral key before sending: a member who held it left or lost access.',
            { code: 'referral.rotation_required' },
          );
        const ids = envelope.recipients.map((r) => r.keyId).sort();
        if (ids.length !== 2 || ids.join() !== [receiver.keyId, senderKey.id].sort().join())
          throw new ServiceError(
            'conflict',
            `The referral is not encrypted to ${receiver.acronym}'s current key (fingerprint ${receiver.fingerprint}) and your organisation's current key; fetch the keys again.`,
            { code: 'referral.stale_key', fingerprint: receiver.fingerprint },
          );
        if (consentRef !== null && (await isConsentWithdrawn(tx, organisationId, consentRef)))
          throw new ServiceError(
            'conflict',
            'The person withdrew this consent: no referral can be sent with it. Nothing was sent.',
            { field: 'consentRef', code: 'referral.consent_withdrawn' },
          );
        const service = await findService(tx, input.serviceId);
        if (!service || service.organizationId !== receiver.organisationId)
          throw new ServiceError('not-found', `${receiver.acronym} has no service ${input.serviceId}.`, {
            field: 'serviceId',
          });
        if (service.referralMethod === 'referrals-not-accepted' || service.status !== 'active')
          throw new ServiceError('conflict', `${service.name} does not accept referrals.`, {
            code: 'referral.not_accepted',
          });

        await decideReferralSharing(tx, at, caller, input.id, organisationId, service.referralMethod);
        const reference = `R-${input.id.slice(0, 8).toUpperCase()}`;
        const actorId = caller.via === 'system' ? null : caller.userId;
        try {
          await insertReferral(tx, {
            id: input.id,
            reference,
            senderOrganisationId: organisationId,
            receiverOrganisationId: receiver.organisationId,
            serviceId: service.id,
            serviceType: service.serviceType,
            priority,
            // An override waits, as a draft only the sending organisation sees, for a second person.
            state: override ? 'draft' : 'sent',
            ...(override
              ? {
                  overrideLegalBasis: override.legalBasis as OverrideLegalBasis,
                  overrideRequestedBy: actorId,
                  overrideRequestedAt: at,
                }
              : {}),
            adm1: adm1Of(input.adm2),
            adm2: input.adm2,
            consentRef,
            content: envelope,
            senderKeyId: senderKey.id,
            receiverKeyId: receiver.keyId,
            createdBy: caller.via === 'system' ? null : caller.userId,
            sentAt: at,
            dueBy: due,
            updatedAt: at,
          });
        } catch (error) {
          if (isUniqueViolation(error))
            throw new ServiceError('conflict', 'A referral with this id exists already.', { field: 'id' });
          throw error;
        }
        if (override) {
          await insertNotice(
            tx,
            {
              organisationId,
              kind: 'referral.override_requested',
              params: { reference },
              link: `/referrals/${input.id}`,
            },
            at,
          );
          await appendAuditAs(tx, at, caller, {
            action: 'referral.override-requested',
            targetType: 'referral',
            targetId: input.id,
            organisationId,
            details: {
              to: receiver.organisationId,
              serviceType: service.serviceType,
              priority,
              legalBasis: override.legalBasis,
              receiverKey: receiver.keyId,
            },
          });
          return { id: input.id, reference, state: 'draft' as const, dueBy: due.toISOString() };
        }
        await insertReferralEvent(tx, {
          referralId: input.id,
          senderOrganisationId: organisationId,
          receiverOrganisationId: receiver.organisationId,
          version: 1,
          fromState: 'draft',
          toState: 'sent',
          actorUserId: caller.via === 'system' ? null : caller.userId,
          actorOrganisationId: organisationId,
          at,
        });
        await insertNotice(
          tx,
          {
            organisationId: receiver.organisationId,
            kind: 'referral.received',
            params: { reference, priority },
            link: `/referrals/${input.id}`,
          },
          at,
        );
        await appendAuditAs(tx, at, caller, {
          action: 'referral.sent',
          targetType: 'referral',
          targetId: input.id,
          organisationId,
          details: {
            to: receiver.organisationId,
            serviceType: service.serviceType,
            priority,
            receiverKey: receiver.keyId,
          },
        });
        return { id: input.id, reference, state: 'sent' as const, dueBy: due.toISOString() };
      });
    },

    async list(caller: Caller, direction: 'received' | 'sent' | 'all' = 'received'): Promise<ReferralView[]> {
      const { organisationId } = referralMembership(caller);
      const at = deps.now();
      return deps.as(caller, async (tx) => {
        const rows = await listReferralsOf(tx, organisationId, direction);
        const names = new Map<string, string>();
        const out: ReferralView[] = [];
        for (const r of rows) out.push(await view(tx, r, organisationId, names));
        await appendAuditAs(tx, at, caller, {
          action: 'referral.listed',
          targetType: 'referral',
          organisationId,
          details: { direction, count: rows.length },
        });
        return out;
      });
    },

    async show(caller: Caller, id: string): Promise<ReferralView & { history: ReferralEventView[] }> {
      const { organisationId } = referralMembership(caller);
      if (!UUID.test(id)) throw new ServiceError('not-found', 'No such referral.');
      const at = deps.now();
      return deps.as(caller, async (tx) => {
        const row = await findOwnReferral(tx, id, organisationId);
        const names = new Map<string, string>();
        const v = await view(tx, row, organisationId, names);
        const events = await listReferralEvents(tx, id);
        await appendAuditAs(tx, at, caller, {
          action: 'referral.viewed',
          targetType: 'referral',
          targetId: id,
          organisationId,
        });
        return {
          ...v,
          history: events.map((e: ReferralEventRow) => ({
            version: e.version,
            fromState: e.fromState,
            toState: e.toState,
            outcome: e.outcome,
            by:
              names.get(e.actorOrganisationId) ??
              (e.actorOrganisationId === row.senderOrganisationId ? v.from : v.to),
            at: e.at.toISOString(),
            content: (e.content as Envelope | null) ?? null,
          })),
        };
      });
    },

    /** A state change by the side the lifecycle allows; reasons/notes arrive encrypted. */
    async update(
      caller: Caller,
      id: string,
      input: { state: string; outcome?: string | undefined; content?: unknown; version?: number },
    ): Promise<{ id: string; state: ReferralState; outcome: ReferralOutcome | null }> {
      const { organisationId } = referralMembership(caller);
      if (input.outcome !== undefined && !(REFERRAL_OUTCOMES as readonly string[]).includes(input.outcome))
        throw new ServiceError('validation', 'outcome must be service_provided or service_not_provided.', {
          field: 'outcome',
        });
      if (input.content !== undefined && input.content !== null) checkEnvelopeSize(input.content, 'content');
      const at = deps.now();
      return deps.as(caller, async (tx) => {
        const row = await findOwnReferral(tx, id, organisationId);
        const side = row.senderOrganisationId === organisationId ? 'sender' : 'receiver';
        const check = checkTransition({
          from: row.state,
          to: input.state as ReferralState,
          side,
          hasReason: input.content !== undefined && input.content !== null,
          outcome: input.outcome as ReferralOutcome | undefined,
        });
        if (!check.ok) {
          const messages: Record<string, string> = {
            'referral.transition.not_allowed': `A referral in state ${row.state} cannot become ${input.state}.`,
            'referral.transition.wrong_side': `Only the ${side === 'sender' ? 'receiving' : 'sending'} organisation can set ${input.state}.`,
            'referral.transition.reason_required': `${input.state} needs a reason.`,
            'referral.transition.outcome_required':
              'Closing needs an outcome (service_provided or service_not_provided).',
            'referral.transition.outcome_not_allowed': 'An outcome is given only when closing.',
          };
          throw new ServiceError(
            check.code === 'referral.transition.not_allowed' ? 'conflict' : 'validation',
            messages[check.code]!,
            {
              code: check.code,
            },
          );
        }
        const events = await listReferralEvents(tx, id);
        const version = (events.at(-1)?.version ?? 1) + 1;
        if (input.version !== undefined && input.version !== version)
          throw new ServiceError('conflict', 'The referral changed meanwhile; reload.', {
            code: 'referral.version',
          });
        const updated = await updateReferralState(tx, id, row.state, {
          state: input.state as ReferralState,
          outcome: (input.outcome as ReferralOutcome | undefined) ?? null,
          updatedAt: at,
        });
        if (!updated)
          throw new ServiceError('conflict', 'The referral changed meanwhile; reload.', {
            code: 'referral.version',
          });
        await insertReferralEvent(tx, {
          referralId: id,
          senderOrganisationId: row.senderOrganisationId,
          receiverOrganisationId: row.receiverOrganisationId,
          version,
          fromState: row.state,
          toState: input.state as ReferralState,
          outcome: (input.outcome as ReferralOutcome | undefined) ?? null,
          actorUserId: caller.via === 'system' ? null : caller.userId,
          actorOrganisationId: organisationId,
          content: input.content ?? null,
          at,
        });
        await insertNotice(
          tx,
          {
            organisationId: side === 'sender' ? row.receiverOrganisationId : row.senderOrganisationId,
            kind: 'referral.updated',
            params: {
              reference: row.reference,
              state: input.state,
              ...(input.outcome ? { outcome: input.outcome } : {}),
            },
            link: `/referrals/${id}`,
          },
          at,
        );
        await appendAuditAs(tx, at, caller, {
          action: 'referral.updated',
          targetType: 'referral',
          targetId: id,
          organisationId,
          details: { from: row.state, to: input.state, ...(input.outcome ? { outcome: input.outcome } : {}) },
        });
        return { id, state: updated.state, outcome: updated.outcome };
      });
    },

    /**
     * Counts for cluster roles, computed in the database (steward_referral_counts), aggregated to
     * the requested dimensions and protected by the disclosure engine (threshold from the ISP, at
     * least 5, secondary suppression).
     */
    async stats(
      caller: Caller,
      by: string[],
    ): Promise<{ dimensions: StatsDimension[]; threshold: number; cells: StatsCell[] }> {
      requireStatsRole(caller);
      const dims = [...new Set(by.map((b) => b.trim()).filter((b) => b !== ''))];
      const unknown = dims.filter((d) => !(STATS_DIMENSIONS as readonly string[]).includes(d));
      if (dims.length === 0 || unknown.length > 0)
        throw new ServiceError(
          'validation',
          `--by takes ${STATS_DIMENSIONS.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}.`,
          {
            field: 'by',
          },
        );
      const dimensions = dims as StatsDimension[];
      const at = deps.now();
      return deps.as(caller, async (tx) => {
        const rows = await referralCounts(tx);
        const pick = (r: (typeof rows)[number], d: StatsDimension): string =>
          d === 'service' ? r.serviceType : d === 'receiverType' ? r.receiverType : r[d];
        const agg = new Map<string, { codes: string[]; count: number }>();
        for (const r of rows) {
          const codes = dimensions.map((d) => pick(r, d));
          const key = JSON.stringify(codes);
          const cell = agg.get(key) ?? { codes, count: 0 };
          cell.count += r.count;
          agg.set(key, cell);
        }
        const aggregation = dimensions.includes('adm2')
          ? 'adm2'
          : dimensions.includes('adm1')
            ? 'adm1'
            : 'adm0';
        const facts = {
          dataType: 'referral-data',
          aggregation,
          includesNames: false,
          includesCoordinates: false,
        } as const;
        const isp = await loadActiveIsp(tx);
        // The cluster lead's coordination team receives the counts as an organisation recipient
        // (the template's aggregate referral rule is "on request"); the form adds the threshold.
        const request = { facts, recipient: 'organisation' as const, form: 'aggregate-publication' as const };
        const decision = evaluate(isp, request);
        const totalLabel = 'total';
        const check = checkPublication({
          dataType: 'referral-data',
          aggregation,
          audience: 'organisation',
          decision,
          settings: isp?.settings ?? null,
          solver: await loadHighsSolver(),
          table: {
            dimensions: dimensions.map((d, i) => ({
              name: d,
              total: totalLabel,
              codes: [...new Set([...agg.values()].map((c) => c.codes[i]!))].sort().map((code) => ({ code })),
            })),
            rows: [...agg.values()].map((c) => ({ codes: c.codes, count: c.count })),
          },
        });
        await decideAndRecord(
          tx,
          at,
          caller,
          { ...request, target: { targetType: 'referral-stats', targetId: null, organisationId: null } },
          isp,
        );
        await appendAuditAs(tx, at, caller, {
          action: 'referral.stats',
          targetType: 'referral-stats',
          details: { by: dimensions, outcome: check.ok ? 'published' : check.refusal.reason },
        });
        if (!check.ok)
          throw new ServiceError('forbidden', check.refusal.message, {
            code: 'referral.stats_refused',
            reason: check.refusal.reason,
          });
        const threshold = Math.max(5, Number(/\d+/.exec(check.checks.primaryRule)?.[0] ?? 5));
        const cells: StatsCell[] = check.snapshot.cells.map((c) => {
          const cell: StatsCell = { count: c.count, status: c.status };
          dimensions.forEach((d, i) => (cell[d] = c.codes[i] ?? null));
          return cell;
        });
        return { dimensions, threshold, cells };
      });
    },
  };
}

/**
 * `steward referral send|inbox|show|update|stats|approve-override|refuse-override|cancel-override|withdraw-consent` (issue 9, exact
 * contract; the override commands go beyond it): clients of a running
 * server. Content is encrypted and decrypted here, on the caller's machine; the key passphrase
 * comes from STEWARD_KEY_PASSPHRASE only (never a flag).
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  checkReferralPayload,
  decryptContent,
  describeConsentProblem,
  describeOverrideProblem,
  OVERRIDE_LEGAL_BASES,
  planSending,
  encryptContent,
  openOrgKeyGrant,
  openOrgKeyHistory,
  ReferralCryptoError,
  unlockUserKey,
  type Envelope,
  type PassphraseWrapped,
  type SealedBox,
} from '@steward/core/referrals/index';
import { CliError, defineCommand, type Io } from '../framework';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
import { connect, REMOTE_FLAGS, type RemoteClient } from '../remote/client';

/** `GET /api/referrals/keys`, as the CLI reads it. */
export interface KeyStatus {
  userKey: { publicKey: string; wrappedPrivateKey: PassphraseWrapped; fingerprint: string } | null;
  organisationKey: {
    keyId: string;
    publicKey: string;
    fingerprint: string;
    rotationRequired: boolean;
  } | null;
  copies: {
    orgKeyId: string;
    kind: 'member' | 'history';
    oldKeyId: string | null;
    box: SealedBox;
  }[];
  members: {
    userId: string;
    displayName: string;
    role: 'caseworker' | 'partner-focal-point';
    publicKey: string | null;
    fingerprint: string | null;
    holdsCurrentKey: boolean;
  }[];
}
interface OrgKey {
  keyId: string;
  publicKey: string;
  fingerprint: string;
  acronym: string;
}
interface ReferralView {
  id: string;
  reference: string;
  direction: 'sent' | 'received';
  from: string;
  to: string;
  serviceId: string;
  serviceName: string;
  serviceType: string;
  priority: string;
  state: string;
  outcome: string | null;
  adm2: string;
  sentAt: string;
  dueBy: string;
  overdue: boolean;
  consentWithdrawn: boolean;
  consentRef: string | null;
  override: {
    legalBasis: string;
    status: 'pending' | 'approved' | 'refused' | 'cancelled';
    requestedByName: string | null;
    requestedAt: string;
    decidedByName: string | null;
    decidedAt: string | null;
  } | null;
  content: Envelope;
  history?: {
    version: number;
    fromState: string | null;
    toState: string;
    outcome: string | null;
    by: string;
    at: string;
    content: Envelope | null;
  }[];
}

export const PASSPHRASE_VAR = 'STEWARD_KEY_PASSPHRASE';

/** Unlocks the caller's user key and every organisation key they can reach (current, old via history). */
export async function unlock(
  client: RemoteClient,
  io: Io,
): Promise<{ keys: Map<string, string>; status: KeyStatus; userId: string }> {
  const passphrase = io.env[PASSPHRASE_VAR];
  if (!passphrase) throw new CliError(`Set ${PASSPHRASE_VAR} to the passphrase of your referral key.`, 2);
  const me = await client.get<{ user: { id: string } }>('/api/me');
  const status = await client.get<KeyStatus>('/api/referrals/keys');
  if (!status.userKey)
    throw new CliError('You have no referral key yet: set one up in the web app (Referrals → Keys).', 1);
  let userPrivate: string;
  try {
    userPrivate = await unlockUserKey(me.user.id, status.userKey.wrappedPrivateKey, passphrase);
  } catch (error) {
    if (error instanceof ReferralCryptoError)
      throw new CliError(`${PASSPHRASE_VAR} does not unlock your referral key.`, 1);
    throw error;
  }
  const keys = new Map<string, string>();
  for (const c of status.copies.filter((x) => x.kind === 'member')) {
    try {
      keys.set(c.orgKeyId, await openOrgKeyGrant(c.orgKeyId, me.user.id, userPrivate, c.box));
    } catch {
      /* a copy that does not open (e.g. sealed to an old user key) is skipped */
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const h of status.copies.filter(
      (x) => x.kind === 'history' && x.oldKeyId && !keys.has(x.oldKeyId),
    )) {
      const newer = keys.get(h.orgKeyId);
      if (!newer) continue;
      keys.set(h.oldKeyId!, await openOrgKeyHistory(h.oldKeyId!, h.orgKeyId, newer, h.box));
      changed = true;
    }
  }
  if (keys.size === 0)
    throw new CliError("You do not hold your organisation's referral key yet: ask a holder to grant it.", 1);
  return { keys, status, userId: me.user.id };
}

async function decrypt(
  envelope: Envelope,
  id: string,
  version: number,
  keys: Map<string, string>,
): Promise<unknown> {
  try {
    return await decryptContent(envelope, id, version, keys);
  } catch (error) {
    if (error instanceof ReferralCryptoError)
      throw new CliError(
        error.code === 'crypto.malformed'
          ? `Referral ${id}: the encrypted content is malformed.`
          : `Referral ${id}: the content cannot be decrypted with your keys (wrong key or tampered ciphertext).`,
        1,
      );
    throw error;
  }
}

async function readJson(io: Io, file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, file), 'utf8');
  } catch {
    throw new CliError(`Cannot read ${what} file ${file}.`, 2);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${file}: not valid JSON (${(error as Error).message}).`, 2);
  }
}

const jsonFlag = { json: { type: 'boolean', description: 'Print one JSON value' } } as const;

export const referralSendCommand = defineCommand({
  name: 'referral send',
  summary: 'Send an end-to-end encrypted referral to another partner',
  description:
    'Checks the payload (minimum fields) and the consent record on this machine, encrypts both to the receiving and your organisation keys, and sends the ciphertext. Nothing is sent when a check fails. The key passphrase comes from STEWARD_KEY_PASSPHRASE.\n\nConsent override: when the consent record does not cover the referral (not given, expired, or its scope misses the organisation, the service or a field), a person holding the consent-override permission (a partner focal point) may send it with --override-legal-basis CODE (vital_interest, public_interest, legitimate_interest, contract or legal_obligation; never consent) and --override-justification FILE (a text file, 10 to 2000 characters, encrypted with the referral: the server never reads it). The referral is then a draft (state "draft") until another focal point of your organisation runs `steward referral approve-override ID` (or refuse-override). An override is refused when the consent covers the referral.',
  flags: {
    ...REMOTE_FLAGS,
    to: { type: 'string', valueName: 'ACRONYM', description: 'Receiving organisation', required: true },
    service: {
      type: 'string',
      valueName: 'SERVICE_ID',
      description: 'Receiving service (steward referral services --to)',
      required: true,
    },
    priority: {
      type: 'string',
      valueName: 'emergency|urgent|normal',
      description: 'Priority (24 h / 72 h / 2 weeks)',
      required: true,
    },
    payload: {
      type: 'string',
      valueName: 'FILE',
      description: 'payload.json (minimum referral content)',
      required: true,
    },
    consent: {
      type: 'string',
      valueName: 'FILE',
      description: 'consent.json (the consent record)',
      required: true,
    },
    'override-legal-basis': {
      type: 'string',
      valueName: 'CODE',
      description: `Consent override: the legal basis instead of consent (${OVERRIDE_LEGAL_BASES.join(', ')})`,
    },
    'override-justification': {
      type: 'string',
      valueName: 'FILE',
      description: 'Consent override: a text file with the justification (encrypted with the referral)',
    },
    ...jsonFlag,
  },
  examples: [
    'steward referral send --to AMD --service 6f… --priority urgent --payload payload.json --consent consent.json --json',
    'steward referral send --to AMD --service 6f… --priority emergency --payload payload.json --consent consent.json --override-legal-basis vital_interest --override-justification why.txt --json',
  ],
  async run({ flags, io }) {
    if (!['emergency', 'urgent', 'normal'].includes(flags.priority))
      throw new CliError('--priority must be emergency, urgent or normal.', 2);
    const payload = await readJson(io, flags.payload, 'payload');
    const consent = await readJson(io, flags.consent, 'consent');
    const checked = checkReferralPayload(payload);
    if (!checked.ok) {
      const p = checked.problem;
      throw new CliError(
        p.code === 'referral.payload.unknown_fields'
          ? `${flags.payload}: unknown field(s) ${p.fields.join(', ')}: not part of the minimum referral payload; nothing sent.`
          : p.code === 'referral.payload.not_object'
            ? `${flags.payload}: the payload must be a JSON object; nothing sent.`
            : `${flags.payload}: ${p.code === 'referral.payload.missing_fields' ? 'missing' : 'invalid'} field(s) ${p.fields.join(', ')}; nothing sent.`,
        1,
      );
    }
    const today = new Date().toISOString().slice(0, 10);
    const basis = flags['override-legal-basis'];
    const justificationFile = flags['override-justification'];
    if ((basis === undefined) !== (justificationFile === undefined))
      throw new CliError(
        'A consent override needs both --override-legal-basis CODE and --override-justification FILE; nothing sent.',
        2,
      );
    let justification: string | undefined;
    if (justificationFile !== undefined) {
      try {
        justification = await readFile(resolve(io.cwd, justificationFile), 'utf8');
      } catch {
        throw new CliError(`Cannot read justification file ${justificationFile}.`, 2);
      }
    }
    const plan = planSending(
      consent,
      { organisation: flags.to, service: flags.service, payloadFields: Object.keys(checked.payload), today },
      basis !== undefined ? { legalBasis: basis, justification } : null,
    );
    if (!plan.ok) {
      const p = plan.problem;
      throw new CliError(
        p.code.startsWith('consent.')
          ? `${flags.consent}: ${describeConsentProblem(p as Parameters<typeof describeConsentProblem>[0])}${basis === undefined && p.code !== 'consent.invalid' ? ' (a focal point may send it with a consent override: see --help)' : ''}.`
          : `${describeOverrideProblem(p as Parameters<typeof describeOverrideProblem>[0])}; nothing sent.`,
        1,
      );
    }

    const client = connect(flags, io);
    const { status } = await unlock(client, io);
    if (!status.organisationKey) throw new CliError('Your organisation has no referral key yet.', 1);
    const receiver = await client.get<OrgKey>(
      `/api/referrals/keys/organisations/${encodeURIComponent(flags.to)}`,
    );
    const id = randomUUID();
    // The consent's opaque reference, sent as plaintext so the server can refuse a withdrawn
    // consent: the consent record's own id when it is a UUID (random by construction), otherwise a
    // fresh random one (then the consent record's "id" when it had none; shown by `referral show`).
    const ownId = typeof plan.consent.id === 'string' ? plan.consent.id : '';
    const consentRef = UUID_RE.test(ownId) ? ownId.toLowerCase() : randomUUID();
    const content = await encryptContent(
      {
        payload: checked.payload,
        consent: ownId === '' ? { ...plan.consent, id: consentRef } : plan.consent,
        priority: flags.priority,
        ...(plan.override ? { override: plan.override } : {}),
      },
      id,
      1,
      [
        { keyId: receiver.keyId, publicKey: receiver.publicKey },
        { keyId: status.organisationKey.keyId, publicKey: status.organisationKey.publicKey },
      ],
    );
    const sent = await client.post<{ id: string; reference: string; state: string; dueBy: string }>(
      '/api/referrals',
      {
        id,
        to: flags.to,
        serviceId: flags.service,
        priority: flags.priority,
        adm2: checked.payload.adm2,
        content,
        consentChecked: true,
        consentRef,
        ...(plan.override
          ? { consentCovered: false, override: { legalBasis: plan.override.legalBasis } }
          : {}),
      },
    );
    // The contract pins these three fields; the consent reference is the consent record's "id"
    // (encrypted with it) and `consentRef` of `steward referral show ID --json`.
    const result = { id: sent.id, state: sent.state, dueBy: sent.dueBy };
    if (flags.json) io.stdout(`${JSON.stringify(result)}\n`);
    else if (sent.state === 'draft')
      io.stdout(
        `${sent.reference} (${sent.id}) waits for a second focal point of your organisation to approve the consent override (steward referral approve-override ${sent.id}); nothing reached ${receiver.acronym} yet.\n`,
      );
    else
      io.stdout(
        `Sent ${sent.reference} (${sent.id}) to ${receiver.acronym}, due by ${sent.dueBy}. Key fingerprint ${receiver.fingerprint}. Consent reference ${consentRef}.\n`,
      );
  },
});

async function decryptedView(r: ReferralView, keys: Map<string, string>) {
  const content = (await decrypt(r.content, r.id, 1, keys)) as {
    payload?: unknown;
    consent?: unknown;
    override?: { justification?: string };
  };
  return {
    id: r.id,
    reference: r.reference,
    from: r.from,
    to: r.to,
    service: r.serviceId,
    serviceName: r.serviceName,
    serviceType: r.serviceType,
    priority: r.priority,
    state: r.state,
    outcome: r.outcome,
    sentAt: r.sentAt,
    dueBy: r.dueBy,
    overdue: r.overdue,
    consentWithdrawn: r.consentWithdrawn,
    consentRef: r.consentRef,
    override: r.override
      ? {
          ...r.override,
          // Decrypted here: both organisations' members read the justification; the server never does.
          justification: content.override?.justification ?? null,
        }
      : null,
    payload: content.payload ?? null,
    consent: content.consent ?? null,
  };
}

export const referralInboxCommand = defineCommand({
  name: 'referral inbox',
  summary: 'List the referrals your organisation received, decrypted on this machine',
  description: 'Decrypts each referral with your organisation key (unlocked with STEWARD_KEY_PASSPHRASE).',
  flags: { ...REMOTE_FLAGS, ...jsonFlag },
  examples: ['steward referral inbox --json'],
  async run({ flags, io }) {
    const client = connect(flags, io);
    const { keys } = await unlock(client, io);
    const rows = await client.get<ReferralView[]>('/api/referrals', { direction: 'received' });
    const out = [];
    for (const r of rows) out.push(await decryptedView(r, keys));
    if (flags.json) io.stdout(`${JSON.stringify(out)}\n`);
    else
      for (const r of out)
        io.stdout(
          `${r.reference}  ${r.id}  from ${r.from}  ${r.priority}  ${r.state}${r.overdue ? ' (overdue)' : ''}  due ${r.dueBy}\n`,
        );
  },
});

export const referralShowCommand = defineCommand({
  name: 'referral show',
  summary: 'Show one referral with its history, decrypted on this machine',
  description:
    'Shows a referral your organisation sent or received, with every state change and its decrypted reason.',
  flags: { ...REMOTE_FLAGS, ...jsonFlag },
  positionals: [{ name: 'id', description: 'Referral id', required: true }],
  examples: ['steward referral show 0b7c… --json'],
  async run({ flags, positionals, io }) {
    const client = connect(flags, io);
    const { keys } = await unlock(client, io);
    const r = await client.get<ReferralView>(`/api/referrals/${encodeURIComponent(positionals[0]!)}`);
    const base = await decryptedView(r, keys);
    const history = [];
    for (const e of r.history ?? []) {
      const note = e.content
        ? ((await decrypt(e.content, r.id, e.version, keys)) as { reason?: string })
        : null;
      history.push({
        state: e.toState,
        from: e.fromState,
        outcome: e.outcome,
        by: e.by,
        at: e.at,
        reason: note?.reason ?? null,
      });
    }
    const result = { ...base, history };
    if (flags.json) io.stdout(`${JSON.stringify(result)}\n`);
    else {
      io.stdout(`${r.reference} from ${r.from} to ${r.to} — ${r.priority}, ${r.state}, due ${r.dueBy}\n`);
      io.stdout(`${JSON.stringify(base.payload, null, 2)}\n`);
      for (const h of history)
        io.stdout(
          `  ${h.at}  ${h.by}: ${h.state}${h.outcome ? ` (${h.outcome})` : ''}${h.reason ? ` — ${h.reason}` : ''}\n`,
        );
    }
  },
});

export const referralUpdateCommand = defineCommand({
  name: 'referral update',
  summary: 'Change the state of a referral (accept, decline, in service, close, withdraw)',
  description: 'The reason is encrypted on this machine to both organisations before it is sent.',
  flags: {
    ...REMOTE_FLAGS,
    state: {
      type: 'string',
      valueName: 'accepted|declined|in_service|closed|withdrawn',
      description: 'New state',
      required: true,
    },
    outcome: {
      type: 'string',
      valueName: 'service_provided|service_not_provided',
      description: 'Outcome, when closing',
    },
    reason: { type: 'string', valueName: 'TEXT', description: 'Reason or note (encrypted)' },
    ...jsonFlag,
  },
  positionals: [{ name: 'id', description: 'Referral id', required: true }],
  examples: [
    'steward referral update 0b7c… --state closed --outcome service_provided --reason "seen on 3 Dec"',
  ],
  async run({ flags, positionals, io }) {
    const client = connect(flags, io);
    const id = positionals[0]!;
    let content: Envelope | undefined;
    let version: number | undefined;
    if (flags.reason !== undefined && flags.reason.trim() !== '') {
      const { status } = await unlock(client, io);
      const r = await client.get<ReferralView>(`/api/referrals/${encodeURIComponent(id)}`);
      version = (r.history?.at(-1)?.version ?? 1) + 1;
      const other = r.direction === 'sent' ? r.to : r.from;
      const otherKey = await client.get<OrgKey>(
        `/api/referrals/keys/organisations/${encodeURIComponent(other)}`,
      );
      if (!status.organisationKey) throw new CliError('Your organisation has no referral key yet.', 1);
      content = await encryptContent({ reason: flags.reason }, id, version, [
        { keyId: otherKey.keyId, publicKey: otherKey.publicKey },
        { keyId: status.organisationKey.keyId, publicKey: status.organisationKey.publicKey },
      ]);
    }
    const updated = await client.patch<{ id: string; state: string; outcome: string | null }>(
      `/api/referrals/${encodeURIComponent(id)}`,
      {
        state: flags.state,
        ...(flags.outcome ? { outcome: flags.outcome } : {}),
        ...(content ? { content, version } : {}),
      },
    );
    if (flags.json) io.stdout(`${JSON.stringify(updated)}\n`);
    else
      io.stdout(
        `Referral ${updated.id}: ${updated.state}${updated.outcome ? ` (${updated.outcome})` : ''}\n`,
      );
  },
});

export const referralStatsCommand = defineCommand({
  name: 'referral stats',
  summary: 'Referral counts for the cluster, small cells suppressed',
  description:
    'Counts by service, state, priority, month, adm1, adm2 or receiverType, computed by the server and protected by the disclosure engine (threshold from the ISP, at least 5; secondary suppression). For cluster roles.',
  flags: {
    ...REMOTE_FLAGS,
    by: {
      type: 'string',
      valueName: 'DIMS',
      description: 'Comma-separated dimensions, e.g. service,state,adm1',
      required: true,
    },
    ...jsonFlag,
  },
  examples: ['steward referral stats --by service,state,adm1 --json'],
  async run({ flags, io }) {
    const client = connect(flags, io);
    const res = await client.get<{
      dimensions: string[];
      threshold: number;
      cells: Record<string, unknown>[];
    }>('/api/referrals/stats', {
      by: flags.by,
    });
    if (flags.json) io.stdout(`${JSON.stringify({ cells: res.cells })}\n`);
    else {
      io.stdout(`${[...res.dimensions, 'count', 'status'].join('\t')}\n`);
      for (const c of res.cells)
        io.stdout(
          `${[...res.dimensions.map((d) => String(c[d])), c.count === null ? 'x' : String(c.count), String(c.status)].join('\t')}\n`,
        );
    }
  },
});

function overrideDecisionCommand(decision: 'approved' | 'refused') {
  const verb = decision === 'approved' ? 'approve' : 'refuse';
  return defineCommand({
    name: `referral ${verb}-override`,
    summary:
      decision === 'approved'
        ? 'Approve a colleague’s consent override: the referral is sent'
        : 'Refuse a colleague’s consent override: the referral is never sent',
    description: `The second person of a consent override: another partner focal point of the sending organisation (holding the consent-override permission), never the person who asked. Shows the legal basis and the decrypted justification first (unlocked with STEWARD_KEY_PASSPHRASE), then ${decision === 'approved' ? 'approves it: the ISP decides again and the referral goes to the receiver' : 'refuses it: the referral stays a draft that never leaves your organisation'}. Pending overrides: \`steward referral pending-overrides\`.`,
    flags: { ...REMOTE_FLAGS, ...jsonFlag },
    positionals: [{ name: 'id', description: 'Referral id', required: true }],
    examples: [`steward referral ${verb}-override 0b7c… --json`],
    async run({ flags, positionals, io }) {
      const client = connect(flags, io);
      const id = positionals[0]!;
      const { keys } = await unlock(client, io);
      const r = await client.get<ReferralView>(`/api/referrals/${encodeURIComponent(id)}`);
      if (!r.override) throw new CliError(`${r.reference} has no consent override.`, 1);
      const view = await decryptedView(r, keys);
      if (!flags.json)
        io.stderr(
          `${r.reference} to ${r.to} (${r.priority}): override on ${r.override.legalBasis}, asked by ${r.override.requestedByName ?? '?'}.\nJustification: ${view.override?.justification ?? '(none)'}\n`,
        );
      const decided = await client.post<{
        id: string;
        state: string;
        override: string;
        dueBy: string | null;
      }>(`/api/referrals/${encodeURIComponent(id)}/override-decision`, { decision });
      if (flags.json) io.stdout(`${JSON.stringify(decided)}\n`);
      else
        io.stdout(
          decision === 'approved'
            ? `Approved: ${r.reference} sent to ${r.to}, due by ${decided.dueBy}.\n`
            : `Refused: ${r.reference} stays a draft; nothing reached ${r.to}.\n`,
        );
    },
  });
}

export const referralApproveOverrideCommand = overrideDecisionCommand('approved');
export const referralRefuseOverrideCommand = overrideDecisionCommand('refused');

export const referralCancelOverrideCommand = defineCommand({
  name: 'referral cancel-override',
  summary: 'Cancel your own consent override while it waits for a second person',
  description:
    'The person who asked for a consent override withdraws it before another focal point decides: the referral stays a draft that never leaves your organisation, and no one can approve it any more. Audited; your organisation is notified (reference only). Needs no key passphrase: nothing is decrypted.',
  flags: { ...REMOTE_FLAGS, ...jsonFlag },
  positionals: [{ name: 'id', description: 'Referral id', required: true }],
  examples: ['steward referral cancel-override 0b7c… --json'],
  async run({ flags, positionals, io }) {
    const client = connect(flags, io);
    const id = positionals[0]!;
    const cancelled = await client.post<{ id: string; state: string; override: string }>(
      `/api/referrals/${encodeURIComponent(id)}/override-cancel`,
    );
    if (flags.json) io.stdout(`${JSON.stringify(cancelled)}\n`);
    else io.stdout(`Cancelled: ${id} stays a draft and will not be sent.\n`);
  },
});

export const referralWithdrawConsentCommand = defineCommand({
  name: 'referral withdraw-consent',
  summary: 'Record that the person withdrew their consent (flags open referrals to both sides)',
  description:
    "For a referral your organisation sent: the person withdrew the consent it rests on. The server records the withdrawal against the referral's opaque consent reference (never the consent itself, which stays encrypted): every open referral your organisation sent with that consent is flagged to both sides at once, and any new referral sent with it is refused. Audited; receivers are notified with the reference only.",
  flags: { ...REMOTE_FLAGS, ...jsonFlag },
  positionals: [{ name: 'id', description: 'Referral id', required: true }],
  examples: ['steward referral withdraw-consent 0b7c… --json'],
  async run({ flags, positionals, io }) {
    const client = connect(flags, io);
    const id = positionals[0]!;
    const res = await client.post<{ id: string; consentWithdrawnAt: string; flagged: string[] }>(
      `/api/referrals/${encodeURIComponent(id)}/consent-withdrawal`,
    );
    if (flags.json) io.stdout(`${JSON.stringify(res)}\n`);
    else
      io.stdout(
        `Consent withdrawn at ${res.consentWithdrawnAt}: ${res.flagged.length} open referral(s) flagged; new referrals with this consent are refused.\n`,
      );
  },
});

export const referralPendingOverridesCommand = defineCommand({
  name: 'referral pending-overrides',
  summary: 'List your organisation’s consent overrides waiting for a second person',
  description:
    'Referrals your organisation sent without covering consent that wait for approval, with the legal basis, who asked and the decrypted justification.',
  flags: { ...REMOTE_FLAGS, ...jsonFlag },
  examples: ['steward referral pending-overrides --json'],
  async run({ flags, io }) {
    const client = connect(flags, io);
    const { keys } = await unlock(client, io);
    const rows = await client.get<ReferralView[]>('/api/referrals', { direction: 'sent' });
    const out = [];
    for (const r of rows)
      if (r.override?.status === 'pending') {
        const v = await decryptedView(r, keys);
        out.push({
          id: r.id,
          reference: r.reference,
          to: r.to,
          service: r.serviceId,
          priority: r.priority,
          legalBasis: r.override.legalBasis,
          requestedBy: r.override.requestedByName,
          requestedAt: r.override.requestedAt,
          justification: v.override?.justification ?? null,
        });
      }
    if (flags.json) io.stdout(`${JSON.stringify(out)}\n`);
    else if (out.length === 0) io.stdout('No consent override is waiting.\n');
    else
      for (const o of out)
        io.stdout(
          `${o.reference}  ${o.id}  to ${o.to}  ${o.priority}  ${o.legalBasis}  asked by ${o.requestedBy ?? '?'}\n`,
        );
  },
});

export const referralCommands = [
  referralSendCommand,
  referralInboxCommand,
  referralShowCommand,
  referralUpdateCommand,
  referralStatsCommand,
  referralPendingOverridesCommand,
  referralApproveOverrideCommand,
  referralRefuseOverrideCommand,
  referralCancelOverrideCommand,
  referralWithdrawConsentCommand,
];

/**
 * `steward referral keys rotate` (issue 9, decisions 0017 §3 and addendum, 0025): a partner focal
 * point who holds the organisation's current referral key replaces it (the rule is core's
 * permissions table, `referral.key-rotate`, enforced by the server: a caseworker holder is refused
 * with `referral.focal_point_required`, printed here in words), as the web page's rotation form does, through the same API: a new
 * key pair made here, granted to the members who hold the current key (a revoked member or one who
 * left holds none), every older key sealed into it so history stays readable, and a new recovery code.
 *
 * `steward referral keys recover` (issue 9, decision 0030): a partner focal point restores access
 * to their organisation's referral key with the printed recovery code. A client of a running
 * server, like the other `steward referral` commands: the code comes from STEWARD_RECOVERY_CODE
 * only (never a flag) and never leaves this machine. The recovery copy is unwrapped here, checked
 * against the organisation's current public key and history, the server's challenge is answered,
 * and the key is sealed to the caller's own user key.
 */
import { randomUUID } from 'node:crypto';
import { open, unlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  createOrgKey,
  recoverWithCode,
  ReferralCryptoError,
  type RecoveryOffer,
  type SealedBox,
} from '@steward/core/referrals/index';
import { CliError, defineCommand } from '../framework';
import { connect, REMOTE_FLAGS, RemoteError } from '../remote/client';
import { PASSPHRASE_VAR, unlock } from './referral';

const CODE_VAR = 'STEWARD_RECOVERY_CODE';

interface Status {
  userKey: { publicKey: string; fingerprint: string } | null;
  organisationKey: { keyId: string; fingerprint: string } | null;
  copies: { orgKeyId: string; kind: 'member' | 'history'; oldKeyId: string | null; box: SealedBox }[];
}

export const referralKeysRecoverCommand = defineCommand({
  name: 'referral keys recover',
  summary: "Restore your access to your organisation's referral key with the printed recovery code",
  description: `For a partner focal point whose organisation lost every key holder (or who holds no copy): reads the recovery code from ${CODE_VAR} (never a flag), fetches the recovery copy of the organisation's current key, unwraps it on this machine, checks it against the current public key and the history of older keys, proves to the server that it holds the key (a challenge sealed to the public key), and stores the key sealed to your own referral key. The code is never sent. A wrong code changes nothing. Audited. If the key must be rotated (a holder left), rotate it next with \`steward referral keys rotate\` or in the web app (Referrals → Keys): a new recovery code is printed.`,
  flags: { ...REMOTE_FLAGS, json: { type: 'boolean', description: 'Print one JSON value' } },
  examples: [`${CODE_VAR}=ABCDE-FGHJK-… steward referral keys recover --json`],
  async run({ flags, io }) {
    const code = io.env[CODE_VAR]?.trim();
    if (!code) throw new CliError(`Set ${CODE_VAR} to your organisation's printed recovery code.`, 2);
    const client = connect(flags, io);
    const me = await client.get<{ user: { id: string } }>('/api/me');
    const status = await client.get<Status>('/api/referrals/keys');
    if (!status.userKey)
      throw new CliError(
        'You have no referral key yet: set one up in the web app (Referrals → Keys) before recovering.',
        1,
      );
    const offer = await client.post<RecoveryOffer & { fingerprint: string }>('/api/referrals/keys/recovery');
    let recovered;
    try {
      recovered = await recoverWithCode(
        offer,
        code,
        { userId: me.user.id, publicKey: status.userKey.publicKey },
        status.copies.filter((c) => c.kind === 'history'),
      );
    } catch (error) {
      if (error instanceof ReferralCryptoError)
        throw new CliError(
          error.code === 'crypto.key_mismatch'
            ? `The recovery copy does not match your organisation's current key (fingerprint ${offer.fingerprint}) or its history: nothing was changed. Report this to your focal points.`
            : `${CODE_VAR} does not open the recovery copy of your organisation's current key (fingerprint ${offer.fingerprint}): check the code (a code printed before the last rotation no longer works). Nothing was changed.`,
          1,
        );
      throw error;
    }
    const done = await client.post<{ keyId: string; fingerprint: string; rotationRequired: boolean }>(
      '/api/referrals/keys/recovery/complete',
      {
        keyId: recovered.keyId,
        challengeId: offer.challenge.id,
        answer: recovered.answer,
        box: recovered.grant.sealed,
      },
    );
    const result = { ...done, historyKeys: recovered.history.size };
    if (flags.json) io.stdout(`${JSON.stringify(result)}\n`);
    else
      io.stdout(
        `Recovered: you hold your organisation's referral key (fingerprint ${done.fingerprint}; ${recovered.history.size} older key(s) readable).\n${
          done.rotationRequired
            ? 'The key must be rotated before referrals flow again: rotate it with `steward referral keys rotate` or in the web app (Referrals → Keys).\n'
            : ''
        }`,
      );
  },
});

export const referralKeysRotateCommand = defineCommand({
  name: 'referral keys rotate',
  summary: "Replace your organisation's referral key with a new one (after a member left or was revoked)",
  description: `For a partner focal point who holds the organisation's current referral key, unlocked with ${PASSPHRASE_VAR} (never a flag); caseworkers who hold it are refused (the focal point keeps the recovery code a rotation prints). Makes a new key pair on this machine, grants it to every member who holds the current key (a member whose access was revoked, or who left the organisation, does not get it), seals every older key into it so that earlier referrals stay readable, and prints a new recovery code once: the previous code no longer recovers the new key. Only the sealed copies reach the server. Needed before referrals flow again when a key holder left or lost access; members who wait for a grant (see the web app, Referrals → Keys) are granted the new key afterwards. With --recovery-code-out FILE the code is written to a new file (readable by you only) instead of the output. Audited.`,
  flags: {
    ...REMOTE_FLAGS,
    'recovery-code-out': {
      type: 'string',
      valueName: 'FILE',
      description: 'Write the new recovery code to this new file (mode 600) instead of printing it',
    },
    json: { type: 'boolean', description: 'Print one JSON value' },
  },
  examples: [
    `${PASSPHRASE_VAR}=… steward referral keys rotate --recovery-code-out amd-recovery.txt`,
    `${PASSPHRASE_VAR}=… steward referral keys rotate --json`,
  ],
  async run({ flags, io }) {
    const client = connect(flags, io);
    const { keys, status, userId } = await unlock(client, io);
    const current = status.organisationKey;
    if (!current)
      throw new CliError(
        'Your organisation has no referral key to rotate: a partner focal point creates it in the web app (Referrals → Keys).',
        1,
      );
    if (!keys.has(current.keyId))
      throw new CliError(
        `You do not hold your organisation's current referral key (fingerprint ${current.fingerprint}): only a holder rotates it. Ask a holder, or a partner focal point recovers it with \`steward referral keys recover\`. Nothing was changed.`,
        1,
      );
    const holders = status.members.filter((m) => m.holdsCurrentKey && m.publicKey !== null);
    if (!holders.some((m) => m.userId === userId) && status.userKey)
      holders.push({
        userId,
        displayName: '',
        role: 'caseworker',
        publicKey: status.userKey.publicKey,
        fingerprint: status.userKey.fingerprint,
        holdsCurrentKey: true,
      });
    // The code file is created (and refused if it exists) before anything reaches the server.
    const codeFile = flags['recovery-code-out'] ? resolve(io.cwd, flags['recovery-code-out']) : null;
    let handle;
    if (codeFile)
      try {
        handle = await open(codeFile, 'wx', 0o600);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(
          code === 'EEXIST'
            ? `${codeFile} already exists: give a new file for the recovery code. Nothing was changed.`
            : `Cannot create ${codeFile} (${code ?? (error as Error).message}). Nothing was changed.`,
          1,
        );
      }
    let rotated;
    try {
      const prepared = await createOrgKey(
        randomUUID(),
        holders.map((h) => ({ userId: h.userId, publicKey: h.publicKey! })),
        keys,
      );
      if (handle) {
        await handle.writeFile(
          `Steward referral key recovery code\r\nOrganisation key fingerprint: ${prepared.fingerprint}\r\nRecovery code: ${prepared.recoveryCode}\r\n\r\nKeep this code offline, apart from any device that signs in to Steward. A partner focal point needs it when nobody holds the key any more.\r\n`,
        );
        await handle.close();
        handle = undefined;
      }
      const done = await client.post<{ keyId: string; fingerprint: string }>(
        '/api/referrals/keys/organisation',
        {
          keyId: prepared.keyId,
          publicKey: prepared.publicKey,
          grants: prepared.grants.map((g) => ({ userId: g.userId, box: g.sealed })),
          recovery: prepared.recoveryWrapped,
          history: prepared.history.map((h) => ({ keyId: h.keyId, box: h.sealed })),
        },
      );
      rotated = { ...done, recoveryCode: prepared.recoveryCode, historyKeys: prepared.history.length };
    } catch (error) {
      // Nothing was stored: the code file would describe a key that does not exist.
      await handle?.close();
      if (codeFile) await unlink(codeFile).catch(() => undefined);
      throw refusalInWords(error, status.organisationKey?.fingerprint ?? '');
    }
    const grantedTo = holders.map((h) => ({ userId: h.userId, displayName: h.displayName }));
    const waiting = status.members.filter((m) => !m.holdsCurrentKey && m.publicKey !== null);
    if (flags.json)
      io.stdout(
        `${JSON.stringify({
          keyId: rotated.keyId,
          fingerprint: rotated.fingerprint,
          previousKeyId: current.keyId,
          grantedTo,
          historyKeys: rotated.historyKeys,
          ...(codeFile ? { recoveryCodeFile: codeFile } : { recoveryCode: rotated.recoveryCode }),
        })}\n`,
      );
    else
      io.stdout(
        [
          `Rotated: your organisation's referral key is now ${rotated.fingerprint} (was ${current.fingerprint}); granted to ${grantedTo.length} holder(s); ${rotated.historyKeys} older key(s) sealed into it, so earlier referrals stay readable.`,
          codeFile
            ? `New recovery code written to ${codeFile}: keep it offline. The previous code no longer recovers the key.`
            : `New recovery code (shown once; keep it offline — the previous code no longer recovers the key):\n  ${rotated.recoveryCode}`,
          ...(waiting.length > 0
            ? [
                `${waiting.length} member(s) with a referral key do not hold it yet (${waiting.map((m) => m.displayName).join(', ')}): grant it in the web app (Referrals → Keys) after comparing fingerprints.`,
              ]
            : []),
          '',
        ].join('\n'),
      );
  },
});

/** The server's stable refusal codes for a rotation, said in words (the code kept for scripts). */
function refusalInWords(error: unknown, fingerprint: string): unknown {
  if (!(error instanceof RemoteError) || error.status !== 403) return error;
  const code = (error.body?.error.details as { code?: unknown } | undefined)?.code;
  if (code === 'referral.focal_point_required')
    return new CliError(
      `Only a partner focal point of your organisation rotates its referral key: they keep the new recovery code a rotation prints, and only they can use it. You hold the key (fingerprint ${fingerprint}) but are not a focal point: ask your focal point to rotate it (\`steward referral keys rotate\`, or Referrals → Keys in the web app). Nothing was changed. (${code})`,
      1,
    );
  if (code === 'referral.holder_required')
    return new CliError(
      `You no longer hold your organisation's current referral key (fingerprint ${fingerprint}): only a holder rotates it. Ask a holder to grant it to you, or recover it with \`steward referral keys recover\`. Nothing was changed. (${code})`,
      1,
    );
  return error;
}

export const referralKeysCommands = [referralKeysRecoverCommand, referralKeysRotateCommand];

/**
 * `steward referral keys recover` (issue 9, decision 0030): a partner focal point restores access
 * to their organisation's referral key with the printed recovery code. A client of a running
 * server, like the other `steward referral` commands: the code comes from STEWARD_RECOVERY_CODE
 * only (never a flag) and never leaves this machine. The recovery copy is unwrapped here, checked
 * against the organisation's current public key and history, the server's challenge is answered,
 * and the key is sealed to the caller's own user key.
 */
import {
  recoverWithCode,
  ReferralCryptoError,
  type RecoveryOffer,
  type SealedBox,
} from '@steward/core/referrals/index';
import { CliError, defineCommand } from '../framework';
import { connect, REMOTE_FLAGS } from '../remote/client';

const CODE_VAR = 'STEWARD_RECOVERY_CODE';

interface Status {
  userKey: { publicKey: string; fingerprint: string } | null;
  organisationKey: { keyId: string; fingerprint: string } | null;
  copies: { orgKeyId: string; kind: 'member' | 'history'; oldKeyId: string | null; box: SealedBox }[];
}

export const referralKeysRecoverCommand = defineCommand({
  name: 'referral keys recover',
  summary: "Restore your access to your organisation's referral key with the printed recovery code",
  description: `For a partner focal point whose organisation lost every key holder (or who holds no copy): reads the recovery code from ${CODE_VAR} (never a flag), fetches the recovery copy of the organisation's current key, unwraps it on this machine, checks it against the current public key and the history of older keys, proves to the server that it holds the key (a challenge sealed to the public key), and stores the key sealed to your own referral key. The code is never sent. A wrong code changes nothing. Audited. If the key must be rotated (a holder left), rotate it next in the web app (Referrals → Keys): a new recovery code is printed.`,
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
            ? 'The key must be rotated before referrals flow again: rotate it in the web app (Referrals → Keys).\n'
            : ''
        }`,
      );
  },
});

export const referralKeysCommands = [referralKeysRecoverCommand];

/**
 * The referral key hierarchy (docs/security.md, referral threat model; decision 0017):
 * user key pair (private key wrapped by a passphrase-derived key) → organisation key pair (private
 * key sealed to each holder's public key, plus a recovery copy wrapped by a printed recovery code)
 * → per-referral content keys sealed to organisation public keys. The server stores only public
 * keys and wrapped/sealed private keys.
 */
import {
  contexts,
  generateKeyPair,
  generateRecoveryCode,
  normaliseRecoveryCode,
  openWith,
  sealTo,
  unwrapWithSecret,
  utf8,
  wrapWithSecret,
  fingerprint,
  type PassphraseWrapped,
  type SealedBox,
} from './crypto.js';

export interface UserKeyMaterial {
  publicKey: string;
  wrappedPrivateKey: PassphraseWrapped;
  fingerprint: string;
}

export async function createUserKey(
  userId: string,
  passphrase: string,
  iterations?: number,
): Promise<UserKeyMaterial & { privateKey: string }> {
  const pair = await generateKeyPair();
  const wrappedPrivateKey = await wrapWithSecret(
    utf8.encode(pair.privateKey),
    passphrase,
    contexts.userPrivateKey(userId),
    iterations,
  );
  return {
    publicKey: pair.publicKey,
    privateKey: pair.privateKey,
    wrappedPrivateKey,
    fingerprint: await fingerprint(pair.publicKey),
  };
}

/** Unlocks a user's private key; a wrong passphrase → ReferralCryptoError('crypto.decrypt_failed'). */
export async function unlockUserKey(
  userId: string,
  wrapped: PassphraseWrapped,
  passphrase: string,
): Promise<string> {
  return utf8.decode(await unwrapWithSecret(wrapped, passphrase, contexts.userPrivateKey(userId)));
}

export interface OrgKeyGrant {
  userId: string;
  sealed: SealedBox;
}

export async function grantOrgKey(
  orgKeyId: string,
  orgPrivateKey: string,
  member: { userId: string; publicKey: string },
): Promise<OrgKeyGrant> {
  return {
    userId: member.userId,
    sealed: await sealTo(
      member.publicKey,
      utf8.encode(orgPrivateKey),
      contexts.orgKeyGrant(orgKeyId, member.userId),
    ),
  };
}

export async function openOrgKeyGrant(
  orgKeyId: string,
  userId: string,
  userPrivateKey: string,
  sealed: SealedBox,
): Promise<string> {
  return utf8.decode(await openWith(userPrivateKey, sealed, contexts.orgKeyGrant(orgKeyId, userId)));
}

export interface NewOrgKey {
  keyId: string;
  publicKey: string;
  privateKey: string;
  fingerprint: string;
  grants: OrgKeyGrant[];
  recoveryCode: string;
  recoveryWrapped: PassphraseWrapped;
  /** On rotation: each previous private key sealed to the new public key (history stays readable). */
  history: { keyId: string; sealed: SealedBox }[];
}

/**
 * Creates an organisation key (first holder, or rotation when `previous` keys are given), granted to
 * `holders`, with a fresh recovery code.
 */
export async function createOrgKey(
  keyId: string,
  holders: readonly { userId: string; publicKey: string }[],
  previous: ReadonlyMap<string, string> = new Map(),
  iterations?: number,
): Promise<NewOrgKey> {
  const pair = await generateKeyPair();
  const grants: OrgKeyGrant[] = [];
  for (const h of holders) grants.push(await grantOrgKey(keyId, pair.privateKey, h));
  const recoveryCode = generateRecoveryCode();
  const recoveryWrapped = await wrapWithSecret(
    utf8.encode(pair.privateKey),
    normaliseRecoveryCode(recoveryCode),
    contexts.orgKeyRecovery(keyId),
    iterations,
  );
  const history: { keyId: string; sealed: SealedBox }[] = [];
  for (const [oldId, oldPrivate] of previous) {
    history.push({
      keyId: oldId,
      sealed: await sealTo(pair.publicKey, utf8.encode(oldPrivate), contexts.orgKeyHistory(oldId, keyId)),
    });
  }
  return {
    keyId,
    ...pair,
    fingerprint: await fingerprint(pair.publicKey),
    grants,
    recoveryCode,
    recoveryWrapped,
    history,
  };
}

export async function recoverOrgKey(
  keyId: string,
  wrapped: PassphraseWrapped,
  recoveryCode: string,
): Promise<string> {
  return utf8.decode(
    await unwrapWithSecret(wrapped, normaliseRecoveryCode(recoveryCode), contexts.orgKeyRecovery(keyId)),
  );
}

export async function openOrgKeyHistory(
  oldKeyId: string,
  newKeyId: string,
  newPrivateKey: string,
  sealed: SealedBox,
): Promise<string> {
  return utf8.decode(await openWith(newPrivateKey, sealed, contexts.orgKeyHistory(oldKeyId, newKeyId)));
}

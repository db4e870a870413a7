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
  randomBytes,
  ReferralCryptoError,
  sealTo,
  toB64,
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

/**
 * True when `privateKey` belongs to `publicKey`: a random value sealed to the public key (HPKE)
 * opens with the private key. Uses the library's primitives only.
 */
export async function keyPairMatches(publicKey: string, privateKey: string): Promise<boolean> {
  const probe = randomBytes(32);
  const context = 'steward/referral/key-pair-check/v1';
  try {
    const opened = await openWith(privateKey, await sealTo(publicKey, probe, context), context);
    return opened.length === probe.length && opened.every((b, i) => b === probe[i]);
  } catch {
    return false;
  }
}

/**
 * Server side of recovery (decision 0030): a random answer sealed to the organisation's current
 * public key, bound to the key, the focal point and the challenge. Only the private key opens it.
 */
export async function sealRecoveryChallenge(
  publicKey: string,
  orgKeyId: string,
  userId: string,
  challengeId: string,
  answer: Uint8Array,
): Promise<SealedBox> {
  return sealTo(
    publicKey,
    new Uint8Array(answer),
    contexts.orgKeyRecoveryChallenge(orgKeyId, userId, challengeId),
  );
}

/** What a partner focal point's device receives to recover the organisation key. */
export interface RecoveryOffer {
  keyId: string;
  publicKey: string;
  recovery: PassphraseWrapped;
  challenge: { id: string; box: SealedBox };
}

export interface RecoveredOrgKey {
  keyId: string;
  privateKey: string;
  /** The challenge's answer (base64url), proof for the server that the device holds the key. */
  answer: string;
  /** The organisation key sealed to the focal point's own user key. */
  grant: OrgKeyGrant;
  /** Older organisation keys opened from the history copies with the recovered key. */
  history: Map<string, string>;
}

/**
 * On the focal point's device: unwraps the recovery copy with the printed code (a wrong code →
 * ReferralCryptoError('crypto.decrypt_failed')), checks the key belongs to the organisation's
 * current public key ('crypto.key_mismatch' otherwise), opens the server's challenge, opens the
 * history copies (a history copy that does not open → 'crypto.key_mismatch'), and seals the key to
 * the focal point's own public key.
 */
export async function recoverWithCode(
  offer: RecoveryOffer,
  recoveryCode: string,
  me: { userId: string; publicKey: string },
  historyCopies: readonly { orgKeyId: string; oldKeyId: string | null; box: SealedBox }[] = [],
): Promise<RecoveredOrgKey> {
  const privateKey = await recoverOrgKey(offer.keyId, offer.recovery, recoveryCode);
  if (!(await keyPairMatches(offer.publicKey, privateKey)))
    throw new ReferralCryptoError('crypto.key_mismatch');
  let answer: string;
  try {
    answer = toB64(
      await openWith(
        privateKey,
        offer.challenge.box,
        contexts.orgKeyRecoveryChallenge(offer.keyId, me.userId, offer.challenge.id),
      ),
    );
  } catch {
    throw new ReferralCryptoError('crypto.key_mismatch');
  }
  const history = new Map<string, string>();
  const known = new Map<string, string>([[offer.keyId, privateKey]]);
  for (let changed = true; changed;) {
    changed = false;
    for (const h of historyCopies) {
      if (!h.oldKeyId || known.has(h.oldKeyId)) continue;
      const newer = known.get(h.orgKeyId);
      if (!newer) continue;
      let old: string;
      try {
        old = await openOrgKeyHistory(h.oldKeyId, h.orgKeyId, newer, h.box);
      } catch {
        throw new ReferralCryptoError('crypto.key_mismatch');
      }
      known.set(h.oldKeyId, old);
      history.set(h.oldKeyId, old);
      changed = true;
    }
  }
  return {
    keyId: offer.keyId,
    privateKey,
    answer,
    grant: await grantOrgKey(offer.keyId, privateKey, me),
    history,
  };
}

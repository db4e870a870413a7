/**
 * Referral cryptography (docs/decisions/0017). Runs in the browser and in Node (WebCrypto on
 * globalThis.crypto). No home-made primitives:
 * - HPKE RFC 9180 (DHKEM(P-256, HKDF-SHA256), HKDF-SHA256, AES-256-GCM) via @hpke/core, for
 *   everything encrypted to a public key (content keys, organisation private keys);
 * - AES-256-GCM (WebCrypto) for content, with the referral id and version as associated data;
 * - PBKDF2-SHA256 (WebCrypto, ≥ 600,000 iterations) to derive the key that wraps a user's private
 *   key from their referral passphrase, and the organisation's recovery copy from its recovery code.
 * Randomness: the platform CSPRNG (crypto.getRandomValues), the one ambient source core allows
 * itself, because cryptographic keys must not come from a seeded generator.
 */
import { Aes256Gcm, CipherSuite, DhkemP256HkdfSha256, HkdfSha256 } from '@hpke/core';

export const SUITE_NAME = 'HPKE-P256-SHA256-AES256GCM';
export const PBKDF2_MIN_ITERATIONS = 600_000;

const suite = new CipherSuite({
  kem: new DhkemP256HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes256Gcm(),
});
type Bytes = Uint8Array<ArrayBuffer>;
const enc = new TextEncoder();
const dec = new TextDecoder();

function subtle(): SubtleCrypto {
  return globalThis.crypto.subtle;
}

export function randomBytes(n: number): Bytes {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

// ---- base64url -------------------------------------------------------------------------------
export function toB64(bytes: ArrayBuffer | Uint8Array): string {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromB64(text: string): Bytes {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]*$/.test(text))
    throw new ReferralCryptoError('crypto.malformed');
  const s = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(s + '='.repeat((4 - (s.length % 4)) % 4));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * Stable codes: crypto.malformed, crypto.decrypt_failed (wrong key, wrong passphrase or tampered),
 * crypto.weak_kdf, crypto.key_mismatch (a private key that does not belong to the expected public key).
 */
export class ReferralCryptoError extends Error {
  constructor(
    public readonly code:
      'crypto.malformed' | 'crypto.decrypt_failed' | 'crypto.weak_kdf' | 'crypto.key_mismatch',
  ) {
    super(code);
    this.name = 'ReferralCryptoError';
  }
}

// ---- key pairs -------------------------------------------------------------------------------
export interface KeyPairBytes {
  /** Uncompressed P-256 point, base64url. */
  publicKey: string;
  /** HPKE-serialised private key, base64url (never leaves the device unwrapped). */
  privateKey: string;
}

export async function generateKeyPair(): Promise<KeyPairBytes> {
  const pair = await suite.kem.generateKeyPair();
  return {
    publicKey: toB64(await suite.kem.serializePublicKey(pair.publicKey)),
    privateKey: toB64(await suite.kem.serializePrivateKey(pair.privateKey)),
  };
}

/** Short fingerprint of a public key: SHA-256, first 16 bytes, in 8 groups of 4 hex digits. */
export async function fingerprint(publicKey: string): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', fromB64(publicKey)));
  const hex = Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)!.join(' ');
}

/** Checks that a public key parses as a P-256 point (server-side well-formedness). */
export async function isValidPublicKey(publicKey: string): Promise<boolean> {
  try {
    await suite.kem.deserializePublicKey(fromB64(publicKey));
    return true;
  } catch {
    return false;
  }
}

// ---- sealing to a public key (HPKE base mode, single shot) ------------------------------------
export interface SealedBox {
  /** HPKE encapsulated key. */
  enc: string;
  ct: string;
}

export async function sealTo(publicKey: string, plaintext: Bytes, context: string): Promise<SealedBox> {
  let recipientPublicKey: CryptoKey;
  try {
    recipientPublicKey = await suite.kem.deserializePublicKey(fromB64(publicKey));
  } catch {
    throw new ReferralCryptoError('crypto.malformed');
  }
  const sealed = await suite.seal(
    { recipientPublicKey, info: enc.encode(context) },
    plaintext,
    enc.encode(context),
  );
  return { enc: toB64(sealed.enc), ct: toB64(sealed.ct) };
}

export async function openWith(privateKey: string, box: SealedBox, context: string): Promise<Bytes> {
  let recipientKey: CryptoKey;
  let encBytes: Bytes;
  let ct: Bytes;
  try {
    recipientKey = await suite.kem.deserializePrivateKey(fromB64(privateKey));
    encBytes = fromB64(box.enc);
    ct = fromB64(box.ct);
  } catch {
    throw new ReferralCryptoError('crypto.malformed');
  }
  try {
    const pt = await suite.open(
      { recipientKey, enc: encBytes, info: enc.encode(context) },
      ct,
      enc.encode(context),
    );
    return new Uint8Array(pt);
  } catch {
    throw new ReferralCryptoError('crypto.decrypt_failed');
  }
}

// ---- passphrase / recovery-code wrapping (PBKDF2-SHA256 → AES-256-GCM) -------------------------
export interface PassphraseWrapped {
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: string;
  iv: string;
  ct: string;
}

async function derive(secret: string, salt: Bytes, iterations: number): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', enc.encode(secret.normalize('NFKC')), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function wrapWithSecret(
  plaintext: Bytes,
  secret: string,
  context: string,
  iterations = PBKDF2_MIN_ITERATIONS,
): Promise<PassphraseWrapped> {
  if (iterations < PBKDF2_MIN_ITERATIONS) throw new ReferralCryptoError('crypto.weak_kdf');
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await derive(secret, salt, iterations);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: enc.encode(context) },
    key,
    plaintext,
  );
  return { kdf: 'PBKDF2-SHA256', iterations, salt: toB64(salt), iv: toB64(iv), ct: toB64(ct) };
}

export async function unwrapWithSecret(
  wrapped: PassphraseWrapped,
  secret: string,
  context: string,
): Promise<Bytes> {
  if (wrapped.kdf !== 'PBKDF2-SHA256' || !Number.isInteger(wrapped.iterations))
    throw new ReferralCryptoError('crypto.malformed');
  if (wrapped.iterations < PBKDF2_MIN_ITERATIONS) throw new ReferralCryptoError('crypto.weak_kdf');
  const key = await derive(secret, fromB64(wrapped.salt), wrapped.iterations);
  try {
    const pt = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromB64(wrapped.iv), additionalData: enc.encode(context) },
      key,
      fromB64(wrapped.ct),
    );
    return new Uint8Array(pt);
  } catch {
    throw new ReferralCryptoError('crypto.decrypt_failed');
  }
}

/** A recovery code: 20 random bytes as 8 groups of 5 base32 characters (160 bits). */
export function generateRecoveryCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(40);
  let out = '';
  for (let i = 0; i < 40; i++) out += alphabet[bytes[i]! & 31];
  return out.match(/.{5}/g)!.join('-');
}

export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

// ---- contexts (bind every ciphertext to its purpose) --------------------------------------------
export const contexts = {
  userPrivateKey: (userId: string) => `steward/referral/user-key/v1/${userId}`,
  orgKeyGrant: (orgKeyId: string, userId: string) =>
    `steward/referral/org-key-grant/v1/${orgKeyId}/${userId}`,
  orgKeyRecovery: (orgKeyId: string) => `steward/referral/org-key-recovery/v1/${orgKeyId}`,
  orgKeyRecoveryChallenge: (orgKeyId: string, userId: string, challengeId: string) =>
    `steward/referral/org-key-recovery-challenge/v1/${orgKeyId}/${userId}/${challengeId}`,
  orgKeyHistory: (oldKeyId: string, newKeyId: string) =>
    `steward/referral/org-key-history/v1/${oldKeyId}/${newKeyId}`,
  content: (referralId: string, version: number) => `steward/referral/content/v1/${referralId}/${version}`,
};

// ---- referral content envelopes ----------------------------------------------------------------
export interface EnvelopeRecipient extends SealedBox {
  /** Id of the organisation key the content key was sealed to. */
  keyId: string;
}

export interface Envelope {
  v: 1;
  suite: typeof SUITE_NAME;
  iv: string;
  ct: string;
  recipients: EnvelopeRecipient[];
}

export interface RecipientKey {
  keyId: string;
  publicKey: string;
}

/**
 * Encrypts a JSON value for a referral (id, version): a fresh AES-256-GCM content key encrypts the
 * content with the referral id and version as associated data; the content key is sealed (HPKE) to
 * each recipient organisation key.
 */
export async function encryptContent(
  value: unknown,
  referralId: string,
  version: number,
  recipients: readonly RecipientKey[],
): Promise<Envelope> {
  const context = contexts.content(referralId, version);
  const raw = randomBytes(32);
  const key = await subtle().importKey('raw', raw, 'AES-GCM', false, ['encrypt']);
  const iv = randomBytes(12);
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: enc.encode(context) },
    key,
    enc.encode(JSON.stringify(value)),
  );
  const boxes: EnvelopeRecipient[] = [];
  for (const r of recipients) boxes.push({ keyId: r.keyId, ...(await sealTo(r.publicKey, raw, context)) });
  raw.fill(0);
  return { v: 1, suite: SUITE_NAME, iv: toB64(iv), ct: toB64(ct), recipients: boxes };
}

/** Decrypts an envelope with one of the organisation private keys the caller holds. */
export async function decryptContent(
  envelope: Envelope,
  referralId: string,
  version: number,
  keys: ReadonlyMap<string, string>,
): Promise<unknown> {
  if (!isEnvelope(envelope)) throw new ReferralCryptoError('crypto.malformed');
  const context = contexts.content(referralId, version);
  const box = envelope.recipients.find((r) => keys.has(r.keyId));
  if (!box) throw new ReferralCryptoError('crypto.decrypt_failed');
  const raw = await openWith(keys.get(box.keyId)!, box, context);
  const key = await subtle().importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
  raw.fill(0);
  let pt: ArrayBuffer;
  try {
    pt = await subtle().decrypt(
      { name: 'AES-GCM', iv: fromB64(envelope.iv), additionalData: enc.encode(context) },
      key,
      fromB64(envelope.ct),
    );
  } catch {
    throw new ReferralCryptoError('crypto.decrypt_failed');
  }
  try {
    return JSON.parse(dec.decode(pt)) as unknown;
  } catch {
    throw new ReferralCryptoError('crypto.malformed');
  }
}

const B64 = /^[A-Za-z0-9_-]+$/;

/** Shape check the server can make without any key. */
export function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  if (e.v !== 1 || e.suite !== SUITE_NAME) return false;
  if (typeof e.iv !== 'string' || fromB64Length(e.iv) !== 12) return false;
  if (typeof e.ct !== 'string' || !B64.test(e.ct) || fromB64Length(e.ct) < 17) return false;
  if (!Array.isArray(e.recipients) || e.recipients.length === 0 || e.recipients.length > 8) return false;
  return e.recipients.every((r: unknown) => {
    if (typeof r !== 'object' || r === null) return false;
    const x = r as Record<string, unknown>;
    return (
      typeof x.keyId === 'string' &&
      typeof x.enc === 'string' &&
      fromB64Length(x.enc) === 65 &&
      typeof x.ct === 'string' &&
      fromB64Length(x.ct) === 48
    );
  });
}

function fromB64Length(s: string): number {
  if (!B64.test(s)) return -1;
  return Math.floor((s.length * 3) / 4);
}

/** Text helpers for callers that seal strings. */
export const utf8 = { encode: (s: string): Bytes => enc.encode(s), decode: (b: Bytes) => dec.decode(b) };

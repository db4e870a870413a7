/**
 * TOTP (RFC 6238) with `otpauth`: SHA-1, 6 digits, 30-second steps (what every authenticator app
 * accepts), one step of clock drift either way. The secret is stored encrypted with the
 * installation key (AES-256-GCM, the user id as associated data); the QR code for enrolment is an
 * SVG made on the server with `uqr`. docs/decisions/0012-*.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { renderSVG } from 'uqr';
import { ServiceError } from '../errors';
import type { FileKey } from '../registry/crypto';

export const TOTP_ISSUER = 'Steward';
const PERIOD = 30;

function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new 160-bit secret in base32, from the injected random source. */
export function newTotpSecret(randomBytes: (n: number) => Uint8Array): string {
  const bytes = randomBytes(20);
  return new Secret({ buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 20) as ArrayBuffer })
    .base32;
}

export interface TotpEnrolment {
  /** The secret in base32, for typing into an app that cannot scan. */
  secret: string;
  /** The otpauth:// URI the QR code holds. */
  uri: string;
  /** The QR code as an SVG document. */
  qrSvg: string;
}

export function enrolmentFor(secretBase32: string, email: string): TotpEnrolment {
  const uri = totpFor(secretBase32, email).toString();
  return { secret: secretBase32, uri, qrSvg: renderSVG(uri, { border: 2, pixelSize: 6 }) };
}

/** The time step a 6-digit code is valid for at `now` (±1 step), or null. */
export function acceptedStep(secretBase32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secretBase32, 'x').validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

const aad = (userId: string) => Buffer.from(`steward-totp:${userId}`, 'utf8');
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64url');

/** `v1.<key id>.<iv>.<tag>.<ciphertext>` (base64url parts). */
export function encryptTotpSecret(
  key: FileKey,
  iv: Uint8Array,
  userId: string,
  secretBase32: string,
): string {
  const cipher = createCipheriv('aes-256-gcm', key.key, iv);
  cipher.setAAD(aad(userId));
  const ciphertext = Buffer.concat([cipher.update(secretBase32, 'utf8'), cipher.final()]);
  return ['v1', key.id, b64(iv), b64(cipher.getAuthTag()), b64(ciphertext)].join('.');
}

export function totpKeyId(stored: string): string {
  return stored.split('.')[1] ?? '';
}

export function decryptTotpSecret(key: FileKey, userId: string, stored: string): string {
  const [version, , iv, tag, ciphertext] = stored.split('.');
  try {
    if (version !== 'v1' || !iv || !tag || !ciphertext) throw new Error('format');
    const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(aad(userId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new ServiceError(
      'conflict',
      'The two-factor secret cannot be decrypted with the configured key (was STEWARD_FILE_KEY changed?).',
    );
  }
}

/**
 * Encryption of attached files at rest: AES-256-GCM (node:crypto), a fresh 96-bit IV per file,
 * the entry id and file version as additional authenticated data (a ciphertext cannot be moved
 * to another entry or version unnoticed). See docs/decisions/ (file encryption at rest).
 *
 * Crypto-shredding (issue 11 §4): a file given a `dataKey` is encrypted with that per-file key,
 * stored only wrapped by the installation key (AES-256 key wrap, RFC 3394, `id-aes256-wrap`).
 * Destroying the file erases its ciphertext AND its wrapped key, so no copy of the ciphertext
 * (a backup) can be decrypted afterwards. Files stored before this have no data key.
 */
import { createCipheriv, createDecipheriv } from 'node:crypto';
import type { Tx } from '@steward/db';
import { findFileEncryptionKey, insertFileEncryptionKey } from '@steward/db/repositories/registry';
import { ServiceError } from '../errors';

export const KEY_ID_CONFIGURED = 'env';
export const KEY_ID_STORED = 'db-1';

export interface FileKey {
  id: string;
  key: Uint8Array;
}

/** Parses STEWARD_FILE_KEY (base64 of 32 bytes); throws a clear error otherwise. */
export function parseConfiguredKey(raw: string): Uint8Array {
  const key = Buffer.from(raw.trim(), 'base64');
  if (key.length !== 32) {
    throw new Error(
      `STEWARD_FILE_KEY must be 32 bytes in base64 (e.g. "openssl rand -base64 32"); it decodes to ${key.length} bytes.`,
    );
  }
  return new Uint8Array(key);
}

/**
 * The stored key, generated once from `randomBytes` (owner transaction: the application role
 * has no grant on the key table).
 */
export async function storedKey(tx: Tx, randomBytes: (n: number) => Uint8Array, at: Date): Promise<FileKey> {
  const existing = await findFileEncryptionKey(tx, KEY_ID_STORED);
  if (existing) return { id: KEY_ID_STORED, key: existing };
  return { id: KEY_ID_STORED, key: await insertFileEncryptionKey(tx, KEY_ID_STORED, randomBytes(32), at) };
}

const aad = (entryId: string, version: number) => Buffer.from(`steward-file:${entryId}:${version}`, 'utf8');

/** RFC 3394 default initial value. */
const WRAP_IV = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');

function wrapKey(key: FileKey, dataKey: Uint8Array): Uint8Array {
  const c = createCipheriv('id-aes256-wrap', key.key, WRAP_IV);
  return new Uint8Array(Buffer.concat([c.update(dataKey), c.final()]));
}

function unwrapKey(key: FileKey, wrapped: Uint8Array): Uint8Array {
  const d = createDecipheriv('id-aes256-wrap', key.key, WRAP_IV);
  return new Uint8Array(Buffer.concat([d.update(wrapped), d.final()]));
}

/** Encrypts a file; with `dataKey` (32 random bytes) under that per-file key, stored wrapped. */
export function encryptFile(
  key: FileKey,
  iv: Uint8Array,
  entryId: string,
  version: number,
  plain: Uint8Array,
  dataKey?: Uint8Array,
) {
  const cipher = createCipheriv('aes-256-gcm', dataKey ?? key.key, iv);
  cipher.setAAD(aad(entryId, version));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return {
    keyId: key.id,
    iv,
    authTag: new Uint8Array(cipher.getAuthTag()),
    ciphertext: new Uint8Array(ciphertext),
    ...(dataKey ? { dataKey: wrapKey(key, dataKey) } : {}),
  };
}

export function decryptFile(
  key: FileKey,
  stored: {
    iv: Uint8Array;
    authTag: Uint8Array;
    ciphertext: Uint8Array;
    dataKey?: Uint8Array | null;
    destroyedAt?: Date | null;
  },
  entryId: string,
  version: number,
): Uint8Array {
  if (stored.destroyedAt) {
    throw new ServiceError(
      'not-found',
      `This file was destroyed on ${stored.destroyedAt.toISOString().slice(0, 10)} (retention ended); its content and key no longer exist.`,
      { reason: 'destroyed' },
    );
  }
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      stored.dataKey ? unwrapKey(key, stored.dataKey) : key.key,
      stored.iv,
    );
    decipher.setAAD(aad(entryId, version));
    decipher.setAuthTag(stored.authTag);
    return new Uint8Array(Buffer.concat([decipher.update(stored.ciphertext), decipher.final()]));
  } catch {
    throw new ServiceError(
      'conflict',
      'The stored file cannot be decrypted with the configured key (was STEWARD_FILE_KEY changed?).',
    );
  }
}

/**
 * Resolves file keys: STEWARD_FILE_KEY when set (id `env`), else the key stored in the database
 * (id `db-1`, generated once). Call it BEFORE opening the actor's transaction: reading the stored
 * key needs an owner transaction of its own.
 */
export function createKeyResolver(ctx: {
  db: { asSystem: <T>(reason: 'bootstrap', fn: (tx: Tx) => Promise<T>) => Promise<T> };
  randomBytes: (n: number) => Uint8Array;
  clock: () => Date;
}) {
  let stored: FileKey | null = null;
  const configured = (): FileKey | null => {
    const raw = process.env.STEWARD_FILE_KEY;
    return raw ? { id: KEY_ID_CONFIGURED, key: parseConfiguredKey(raw) } : null;
  };
  async function keyById(id: string): Promise<FileKey> {
    if (id === KEY_ID_CONFIGURED) {
      const k = configured();
      if (!k)
        throw new ServiceError(
          'conflict',
          'This file was encrypted with STEWARD_FILE_KEY, which is not set.',
        );
      return k;
    }
    stored ??= await ctx.db.asSystem('bootstrap', (tx) => storedKey(tx, ctx.randomBytes, ctx.clock()));
    return stored;
  }
  return {
    keyById,
    currentKey: async (): Promise<FileKey> => configured() ?? (await keyById(KEY_ID_STORED)),
  };
}

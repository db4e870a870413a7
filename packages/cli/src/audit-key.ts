/**
 * The audit signing key (Ed25519), kept outside the database like the file key
 * (docs/decisions/0010):
 *   1. STEWARD_AUDIT_KEY: the private key as PEM (PKCS#8, e.g. `openssl genpkey -algorithm
 *      ed25519`) or base64 of its DER;
 *   2. else the file STEWARD_AUDIT_KEY_FILE, default `<data folder>/audit-signing-key.pem` (beside
 *      the embedded database, not in it). `steward audit checkpoint` creates it once (mode 0600)
 *      when absent; a file readable by others is refused.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { dataDirOf } from './environment';
import { CliError, type Io } from './framework';

export const KEY_FILE_NAME = 'audit-signing-key.pem';

export function auditKeyFileOf(io: Pick<Io, 'env' | 'cwd'>): string {
  return io.env.STEWARD_AUDIT_KEY_FILE
    ? resolve(io.cwd, io.env.STEWARD_AUDIT_KEY_FILE)
    : resolve(dataDirOf(io), KEY_FILE_NAME);
}

function parsePrivateKey(text: string, source: string): KeyObject {
  let key: KeyObject;
  try {
    const trimmed = text.trim();
    key = trimmed.startsWith('-----BEGIN')
      ? createPrivateKey({ key: trimmed, format: 'pem' })
      : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    throw new CliError(`${source}: not a private key (PEM PKCS#8, or base64 of its DER)`);
  }
  if (key.asymmetricKeyType !== 'ed25519')
    throw new CliError(`${source}: an Ed25519 key is needed (got ${key.asymmetricKeyType ?? 'unknown'})`);
  return key;
}

export interface LoadedKey {
  privateKey: KeyObject;
  source: string;
  created: boolean;
}

/**
 * The signing key, or null when none is configured and `create` is false. With `create`, a new
 * key is written to the key file (0600) when there is none.
 */
export function loadAuditSigningKey(io: Pick<Io, 'env' | 'cwd'>, create: boolean): LoadedKey | null {
  const fromEnv = io.env.STEWARD_AUDIT_KEY;
  if (fromEnv) {
    return {
      privateKey: parsePrivateKey(fromEnv, 'STEWARD_AUDIT_KEY'),
      source: 'STEWARD_AUDIT_KEY',
      created: false,
    };
  }
  const file = auditKeyFileOf(io);
  let mode: number | null = null;
  try {
    mode = statSync(file).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (mode === null) {
    if (!create) return null;
    const { privateKey } = generateKeyPairSync('ed25519');
    mkdirSync(dirname(file), { recursive: true });
    // 'wx': never overwrite a key that appeared meanwhile.
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    return { privateKey, source: file, created: true };
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0)
    throw new CliError(
      `${file}: the audit signing key is readable by other users (mode ${(mode & 0o777).toString(8)}); run chmod 600 ${file}`,
    );
  return { privateKey: parsePrivateKey(readFileSync(file, 'utf8'), file), source: file, created: false };
}

export function publicKeyOf(key: KeyObject): KeyObject {
  return createPublicKey(key);
}

import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';

/** argon2id (the library's default algorithm) with OWASP-recommended cost. */
const ARGON_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argonHash(password, ARGON_OPTIONS);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argonVerify(hash, password).catch(() => false);
}

let dummyHash: Promise<string> | null = null;

/** A hash to verify against when the account is unknown, so both cases take the same time. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('steward-dummy-password-for-timing');
  return dummyHash;
}

/**
 * The unlocked referral keys, in this tab's memory only (decision 0017; docs/security.md): the
 * passphrase is used on the device to unwrap the user's private key and is never sent; the
 * organisation keys opened with it live in a module variable, never in storage, so a reload, a
 * sign-out, another sign-in or another organisation loses them. The caller locks them at will.
 */
import { useSyncExternalStore } from 'react';
import {
  decryptContent,
  openOrgKeyGrant,
  openOrgKeyHistory,
  ReferralCryptoError,
  unlockUserKey,
  type Envelope,
} from '@steward/core/referrals/index';
import { SESSION_ENDED_EVENT } from '../../app/session-context';
import type { KeyStatus } from './referral-types';

/** Which signed-in session the keys belong to: the user, the organisation and the sign-in. */
export interface KeyOwner {
  userId: string;
  organisationId: string;
  /** Changes on every sign-in (the session's CSRF token). */
  signIn: string;
}

export interface Keyring {
  owner: KeyOwner;
  /** Organisation key id → private key (current and older ones reached through history copies). */
  keys: ReadonlyMap<string, string>;
}

export type UnlockProblem = 'no-user-key' | 'wrong-passphrase' | 'no-organisation-key' | 'empty';

export class UnlockError extends Error {
  constructor(public readonly problem: UnlockProblem) {
    super(problem);
    this.name = 'UnlockError';
  }
}

let current: Keyring | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function sameOwner(a: KeyOwner, b: KeyOwner): boolean {
  return a.userId === b.userId && a.organisationId === b.organisationId && a.signIn === b.signIn;
}

/** Forgets the unlocked keys (lock button, sign-out, another organisation). */
export function lockKeyring(): void {
  if (current === null) return;
  current = null;
  emit();
}

/** The unlocked keys of this session, or null; keys of another session are dropped. */
export function keyringFor(owner: KeyOwner | null): Keyring | null {
  if (current && (!owner || !sameOwner(current.owner, owner))) {
    current = null;
    queueMicrotask(emit);
  }
  return current;
}

/**
 * Opens every organisation key the user can reach: their member copies (sealed to their user key),
 * then older keys through the history copies. Throws UnlockError naming what is wrong.
 */
export async function openKeys(
  userId: string,
  status: KeyStatus,
  passphrase: string,
): Promise<Map<string, string>> {
  if (passphrase === '') throw new UnlockError('empty');
  if (!status.userKey) throw new UnlockError('no-user-key');
  let userPrivate: string;
  try {
    userPrivate = await unlockUserKey(userId, status.userKey.wrappedPrivateKey, passphrase);
  } catch (error) {
    if (error instanceof ReferralCryptoError) throw new UnlockError('wrong-passphrase');
    throw error;
  }
  const keys = new Map<string, string>();
  for (const c of status.copies.filter((x) => x.kind === 'member')) {
    try {
      keys.set(c.orgKeyId, await openOrgKeyGrant(c.orgKeyId, userId, userPrivate, c.box));
    } catch {
      /* a copy sealed to an older user key does not open: skipped */
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (const h of status.copies) {
      if (h.kind !== 'history' || !h.oldKeyId || keys.has(h.oldKeyId)) continue;
      const newer = keys.get(h.orgKeyId);
      if (!newer) continue;
      keys.set(h.oldKeyId, await openOrgKeyHistory(h.oldKeyId, h.orgKeyId, newer, h.box));
      changed = true;
    }
  }
  if (keys.size === 0) throw new UnlockError('no-organisation-key');
  return keys;
}

export async function unlockKeyring(
  owner: KeyOwner,
  status: KeyStatus,
  passphrase: string,
): Promise<Keyring> {
  const keys = await openKeys(owner.userId, status, passphrase);
  current = { owner, keys };
  emit();
  return current;
}

/** Decrypts one envelope of a referral; null when it does not open (wrong key, tampered). */
export async function tryDecrypt<T>(
  keyring: Keyring,
  envelope: Envelope,
  referralId: string,
  version: number,
): Promise<T | null> {
  try {
    return (await decryptContent(envelope, referralId, version, keyring.keys)) as T;
  } catch {
    return null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The unlocked keys for this session (re-renders when they are unlocked or locked). */
export function useKeyring(owner: KeyOwner | null): Keyring | null {
  const ring = useSyncExternalStore(subscribe, () => current);
  return ring && owner && sameOwner(ring.owner, owner) ? ring : null;
}

// Sign-out or an ended session forgets the keys at once (app/session-context.tsx).
if (typeof window !== 'undefined') window.addEventListener(SESSION_ENDED_EVENT, lockKeyring);

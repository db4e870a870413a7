/**
 * What every referral page shares: the caller's key status (public keys, wrapped copies), who the
 * unlocked keys belong to, and the unlocked keys themselves (memory only, see keyring.ts).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { data } from '../../api/steward-client';
import { activeMembership } from '../../api/session';
import { useApi, useAuthenticatedSession } from '../../app/session-context';
import { lockKeyring, useKeyring, type KeyOwner, type Keyring } from './keyring';
import type { KeyStatus } from './referral-types';

type Load<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

interface ReferralsValue {
  owner: KeyOwner | null;
  acronym: string;
  role: string | undefined;
  keyStatus: Load<KeyStatus>;
  reloadKeys(): Promise<void>;
  keyring: Keyring | null;
}

const Ctx = createContext<ReferralsValue | null>(null);

export function ReferralsProvider({
  children,
  handlesReferrals,
}: {
  children: ReactNode;
  handlesReferrals: boolean;
}) {
  const api = useApi();
  const session = useAuthenticatedSession();
  const membership = activeMembership(session);
  const owner = useMemo<KeyOwner | null>(
    () =>
      session.activeOrganisationId
        ? {
            userId: session.user.id,
            organisationId: session.activeOrganisationId,
            signIn: session.csrfToken ?? '',
          }
        : null,
    [session.user.id, session.activeOrganisationId, session.csrfToken],
  );
  const keyring = useKeyring(owner);
  const [keyStatus, setKeyStatus] = useState<Load<KeyStatus>>({ status: 'loading' });

  // Keys unlocked for another user, organisation or sign-in are forgotten at once.
  useEffect(() => {
    if (!keyring) lockKeyring();
  }, [keyring, owner]);

  const reloadKeys = useCallback(async () => {
    if (!handlesReferrals) return;
    try {
      setKeyStatus({ status: 'ready', value: (await data(api.GET('/api/referrals/keys'))) as KeyStatus });
    } catch (error) {
      setKeyStatus({ status: 'failed', error });
    }
  }, [api, handlesReferrals]);

  useEffect(() => {
    void reloadKeys();
  }, [reloadKeys, session.activeOrganisationId]);

  const value = useMemo(
    () => ({
      owner,
      acronym: membership?.acronym ?? '',
      role: membership?.role,
      keyStatus,
      reloadKeys,
      keyring,
    }),
    [owner, membership?.acronym, membership?.role, keyStatus, reloadKeys, keyring],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useReferrals(): ReferralsValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useReferrals must be used inside <ReferralsProvider>');
  return v;
}

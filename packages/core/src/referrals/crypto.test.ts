import { describe, expect, it } from 'vitest';
import {
  decryptContent,
  encryptContent,
  fingerprint,
  generateKeyPair,
  isEnvelope,
  ReferralCryptoError,
  toB64,
  fromB64,
  wrapWithSecret,
  utf8,
} from './crypto.js';
import {
  createOrgKey,
  createUserKey,
  openOrgKeyGrant,
  openOrgKeyHistory,
  keyPairMatches,
  recoverOrgKey,
  recoverWithCode,
  sealRecoveryChallenge,
  unlockUserKey,
} from './keys.js';

describe('referral content encryption (HPKE + AES-256-GCM)', () => {
  it('round-trips for each recipient and fails on tampering, wrong AAD or wrong key', async () => {
    const receiver = await generateKeyPair();
    const sender = await generateKeyPair();
    const stranger = await generateKeyPair();
    const value = { caseCode: 'MZ-1', reason: 'marker-xyz' };
    const env = await encryptContent(value, 'r1', 1, [
      { keyId: 'kr', publicKey: receiver.publicKey },
      { keyId: 'ks', publicKey: sender.publicKey },
    ]);
    expect(isEnvelope(env)).toBe(true);
    expect(JSON.stringify(env)).not.toContain('marker-xyz');
    expect(await decryptContent(env, 'r1', 1, new Map([['kr', receiver.privateKey]]))).toEqual(value);
    expect(await decryptContent(env, 'r1', 1, new Map([['ks', sender.privateKey]]))).toEqual(value);

    const fail = (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(ReferralCryptoError);
    await fail(decryptContent(env, 'r1', 2, new Map([['kr', receiver.privateKey]]))); // other version (AAD)
    await fail(decryptContent(env, 'r2', 1, new Map([['kr', receiver.privateKey]]))); // other referral
    await fail(decryptContent(env, 'r1', 1, new Map([['kr', stranger.privateKey]]))); // wrong key
    await fail(decryptContent(env, 'r1', 1, new Map([['zz', stranger.privateKey]]))); // not addressed
    const bytes = fromB64(env.ct);
    bytes[0] = bytes[0]! ^ 1;
    await fail(decryptContent({ ...env, ct: toB64(bytes) }, 'r1', 1, new Map([['kr', receiver.privateKey]])));
    expect(isEnvelope({ ...env, recipients: [] })).toBe(false);
    expect(isEnvelope({ ...env, iv: 'AA' })).toBe(false);
  });

  it('fingerprints are stable, short and differ between keys', async () => {
    const a = await generateKeyPair();
    const b = await generateKeyPair();
    expect(await fingerprint(a.publicKey)).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/);
    expect(await fingerprint(a.publicKey)).toBe(await fingerprint(a.publicKey));
    expect(await fingerprint(a.publicKey)).not.toBe(await fingerprint(b.publicKey));
  });
});

describe('key hierarchy', () => {
  it('user key unlocks with the passphrase only; org key via grant, recovery code and rotation history', async () => {
    await expect(wrapWithSecret(utf8.encode('x'), 'p', 'c', 1000)).rejects.toMatchObject({
      code: 'crypto.weak_kdf',
    });
    const user = await createUserKey('u1', 'correct horse battery');
    expect(user.wrappedPrivateKey.iterations).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(user.wrappedPrivateKey)).not.toContain(user.privateKey);
    expect(await unlockUserKey('u1', user.wrappedPrivateKey, 'correct horse battery')).toBe(user.privateKey);
    await expect(unlockUserKey('u1', user.wrappedPrivateKey, 'wrong')).rejects.toMatchObject({
      code: 'crypto.decrypt_failed',
    });

    const org = await createOrgKey('k1', [{ userId: 'u1', publicKey: user.publicKey }]);
    const grant = org.grants[0]!;
    expect(await openOrgKeyGrant('k1', 'u1', user.privateKey, grant.sealed)).toBe(org.privateKey);
    // a grant is bound to its user and key id
    await expect(openOrgKeyGrant('k1', 'u2', user.privateKey, grant.sealed)).rejects.toMatchObject({
      code: 'crypto.decrypt_failed',
    });
    expect(await recoverOrgKey('k1', org.recoveryWrapped, org.recoveryCode.toLowerCase())).toBe(
      org.privateKey,
    );

    const rotated = await createOrgKey(
      'k2',
      [{ userId: 'u1', publicKey: user.publicKey }],
      new Map([['k1', org.privateKey]]),
    );
    expect(rotated.history).toHaveLength(1);
    expect(await openOrgKeyHistory('k1', 'k2', rotated.privateKey, rotated.history[0]!.sealed)).toBe(
      org.privateKey,
    );
  });
});

describe('recovery with the printed code (decision 0030)', () => {
  it('unwraps, checks the key against the current public key, answers the challenge and opens history', async () => {
    const focal = await generateKeyPair();
    const old = await createOrgKey('k1', []);
    const current = await createOrgKey('k2', [], new Map([['k1', old.privateKey]]));
    expect(await keyPairMatches(current.publicKey, current.privateKey)).toBe(true);
    expect(await keyPairMatches(current.publicKey, old.privateKey)).toBe(false);
    const answer = new Uint8Array(32).fill(7);
    const offer = {
      keyId: 'k2',
      publicKey: current.publicKey,
      recovery: current.recoveryWrapped,
      challenge: { id: 'c1', box: await sealRecoveryChallenge(current.publicKey, 'k2', 'u9', 'c1', answer) },
    };
    const history = current.history.map((h) => ({ orgKeyId: 'k2', oldKeyId: h.keyId, box: h.sealed }));
    const me = { userId: 'u9', publicKey: focal.publicKey };

    const recovered = await recoverWithCode(offer, current.recoveryCode.toLowerCase(), me, history);
    expect(recovered.privateKey).toBe(current.privateKey);
    expect(recovered.answer).toBe(toB64(answer));
    expect(recovered.history.get('k1')).toBe(old.privateKey);
    expect(await openOrgKeyGrant('k2', 'u9', focal.privateKey, recovered.grant.sealed)).toBe(
      current.privateKey,
    );

    // A wrong code, or the code of an older key: nothing opens.
    await expect(recoverWithCode(offer, old.recoveryCode, me, history)).rejects.toMatchObject({
      code: 'crypto.decrypt_failed',
    });
    // A recovery copy of another key, or a challenge for someone else: refused as a mismatch.
    await expect(
      recoverWithCode({ ...offer, publicKey: old.publicKey }, current.recoveryCode, me, history),
    ).rejects.toMatchObject({ code: 'crypto.key_mismatch' });
    await expect(
      recoverWithCode(offer, current.recoveryCode, { ...me, userId: 'u8' }, history),
    ).rejects.toMatchObject({ code: 'crypto.key_mismatch' });
  });
});

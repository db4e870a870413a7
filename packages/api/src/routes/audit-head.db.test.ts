// Issue 7 §6: the audit chain head is shown to every organisation so partners can witness it.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { ownerSql } from '@steward/db/testing';
import { describe, expect, it } from 'vitest';
import { demoAppForFile, signInTo } from '../test-support/demo-app';

const demo = demoAppForFile({ bodyLimitBytes: 1024 * 1024 });
const cookieOf = async (c: { email: string; password: string }) => (await signInTo(demo.app, c)).cookie;

describe('GET /api/audit/head', () => {
  it('gives every signed-in role of every organisation the same head, which is the chain head', async () => {
    const heads = [];
    for (const c of demo.credentials) {
      const cookie = await cookieOf(c);
      const res = await demo.app.request('/api/audit/head', { headers: { cookie } });
      expect(res.status, c.role).toBe(200);
      heads.push((await res.json()) as { sequence: number; hash: string; occurredAt: string });
    }
    const [last] = await ownerSql<{ sequence: string; hash: string }>(
      demo.db,
      `select a.sequence::text as sequence, a.hash from audit_log a order by a.sequence desc limit 1`,
    );
    // the last sign-in is the newest entry; every earlier answer is a prefix of the same chain
    expect(heads.at(-1)).toMatchObject({ sequence: Number(last!.sequence), hash: last!.hash });
    for (const head of heads) {
      const [row] = await ownerSql<{ hash: string }>(
        demo.db,
        `select hash from audit_log where sequence = ${head.sequence}`,
      );
      expect(row?.hash).toBe(head.hash);
    }
    expect(new Set(demo.credentials.map((c) => c.role)).size).toBeGreaterThanOrEqual(4);
  });

  it('is refused without signing in', async () => {
    expect((await demo.app.request('/api/audit/head')).status).toBe(401);
  });
});

describe('GET /api/audit and /api/audit/export (the audit log viewer, issue 8)', () => {
  const by = (role: string) => demo.credentials.find((c) => c.role === role)!;

  it('is refused to roles without audit.read', async () => {
    const cookie = await cookieOf(by('viewer'));
    expect((await demo.app.request('/api/audit', { headers: { cookie } })).status).toBe(403);
    expect((await demo.app.request('/api/audit/export', { headers: { cookie } })).status).toBe(403);
  });

  it("shows a coordinator only its organisation's entries and its own, filtered", async () => {
    const who = by('cluster-coordinator');
    const cookie = await cookieOf(who);
    const me = (await (await demo.app.request('/api/me', { headers: { cookie } })).json()) as {
      user: { id: string };
      activeOrganisationId: string;
    };
    const res = await demo.app.request('/api/audit?limit=500', { headers: { cookie } });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as {
      items: {
        organisationId: string | null;
        actorUserId: string | null;
        action: string;
        sequence: number;
      }[];
    };
    expect(items.length).toBeGreaterThan(0);
    for (const e of items)
      expect(e.organisationId === me.activeOrganisationId || e.actorUserId === me.user.id).toBe(true);
    const [{ n }] = (await ownerSql<{ n: number }>(
      demo.db,
      `select count(*)::int as n from audit_log where organisation_id <> '${me.activeOrganisationId}' and actor_user_id is distinct from '${me.user.id}'`,
    )) as [{ n: number }];
    expect(n).toBeGreaterThan(0); // entries exist that the focal point does not see

    const logins = (await (
      await demo.app.request(`/api/audit?action=auth.login&actor=${me.user.id}`, { headers: { cookie } })
    ).json()) as { items: { action: string; actorUserId: string }[] };
    expect(logins.items.length).toBeGreaterThan(0);
    for (const e of logins.items) expect(e).toMatchObject({ action: 'auth.login', actorUserId: me.user.id });
    const prefixed = (await (
      await demo.app.request('/api/audit?action=registry.', { headers: { cookie } })
    ).json()) as {
      items: { action: string }[];
    };
    for (const e of prefixed.items) expect(e.action.startsWith('registry.')).toBe(true);
    const bad = await demo.app.request('/api/audit?from=yesterday', { headers: { cookie } });
    expect(bad.status).toBe(400);
  });

  it('exports the same entries as CSV and records the export', async () => {
    const cookie = await cookieOf(by('cluster-coordinator'));
    const list = (await (
      await demo.app.request('/api/audit?action=auth.', { headers: { cookie } })
    ).json()) as {
      items: { sequence: number }[];
    };
    const res = await demo.app.request('/api/audit/export?action=auth.', { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'sequence,occurredAt,actorUserId,actorName,actorOrganisationId,organisationId,action,targetType,targetId,outcome,details,hash',
    );
    expect(lines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(list.items.map((e) => e.sequence));
    const [last] = await ownerSql<{ action: string; details: { rows: number } }>(
      demo.db,
      `select action, details from audit_log order by sequence desc limit 1`,
    );
    expect(last).toEqual({ action: 'audit.export', details: { rows: list.items.length } });
  });
});

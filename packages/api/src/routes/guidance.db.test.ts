// Guidance adapted by the cluster over HTTP (issue 11 §5), on the demo: role × organisation —
// the cluster coordinator and IMO adapt and revert; a partner focal point, IM officer,
// caseworker, viewer and the administrator (acting as a viewer of the lead organisation) get 403;
// every signed-in role reads the adapted texts; no session → 401; bad ids, languages and NUL
// bytes → 400 naming the field.
import { describe, expect, it } from 'vitest';
import { demoAppForFile, sendAs, signInTo, type Signed } from '../test-support/demo-app';

type Override = { guidanceId: string; language: string; title: string | null; why: string | null };
const demo = demoAppForFile();
const signIn = (role: string) =>
  signInTo(
    demo.app,
    demo.credentials.find((x) => x.role === role)!,
  );
const send = (who: Signed | null, method: string, path: string, body?: unknown) =>
  sendAs(demo.app, who, method, path, body);

const list = async (who: Signed) => {
  const res = await send(who, 'GET', '/api/guidance/overrides');
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: Override[] }).items;
};

const PATH = '/api/guidance/overrides/registry.sensitivity/fr';

describe('/api/guidance/overrides', () => {
  it('cluster roles adapt and revert; every other role is refused (403) and reads the adapted text', async () => {
    const coordinator = await signIn('cluster-coordinator');
    const imo = await signIn('cluster-imo');
    const others = await Promise.all(
      ['partner-focal-point', 'partner-im-officer', 'caseworker', 'viewer', 'admin'].map(signIn),
    );

    const put = await send(coordinator, 'PUT', PATH, { why: 'Texte adapté au contexte du pays.' });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({
      guidanceId: 'registry.sensitivity',
      language: 'fr',
      title: null,
      why: 'Texte adapté au contexte du pays.',
    });
    for (const who of others) {
      expect((await send(who, 'PUT', PATH, { why: 'Le nôtre' })).status).toBe(403);
      expect((await send(who, 'DELETE', PATH)).status).toBe(403);
      expect(await list(who)).toEqual([
        expect.objectContaining({
          guidanceId: 'registry.sensitivity',
          why: 'Texte adapté au contexte du pays.',
        }),
      ]);
    }
    const byImo = await send(imo, 'PUT', PATH, { title: 'Sensibilité', why: 'Version de l’IMO.' });
    expect(byImo.status).toBe(200);
    expect((await list(coordinator))[0]).toMatchObject({ title: 'Sensibilité', why: 'Version de l’IMO.' });

    expect((await send(imo, 'DELETE', PATH)).status).toBe(204);
    expect(await list(others[0]!)).toEqual([]);
    const again = await send(coordinator, 'DELETE', PATH);
    expect(again.status).toBe(404);
  });

  it('no session → 401; a missing CSRF token is refused', async () => {
    expect((await send(null, 'GET', '/api/guidance/overrides')).status).toBe(401);
    expect((await send(null, 'PUT', PATH, { why: 'x' })).status).toBe(401);
    expect((await send(null, 'DELETE', PATH)).status).toBe(401);
    const coordinator = await signIn('cluster-coordinator');
    const res = await demo.app.request(PATH, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: coordinator.cookie },
      body: JSON.stringify({ why: 'x' }),
    });
    expect(res.status).toBe(403);
    expect(await list(coordinator)).toEqual([]);
  });

  it('bad input → 400 naming the field; nothing written', async () => {
    const coordinator = await signIn('cluster-coordinator');
    const field = async (res: Response, path: string) => {
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { fields?: { path: string }[] } };
      expect(body.error.fields?.map((f) => f.path)).toContain(path);
    };
    await field(
      await send(coordinator, 'PUT', '/api/guidance/overrides/registry.nope/fr', { why: 'x' }),
      'id',
    );
    await field(
      await send(coordinator, 'PUT', '/api/guidance/overrides/registry.purpose/de', { why: 'x' }),
      'language',
    );
    await field(await send(coordinator, 'DELETE', '/api/guidance/overrides/registry.purpose/de'), 'language');
    await field(await send(coordinator, 'PUT', PATH, { why: 'x'.repeat(2001) }), 'why');
    await field(await send(coordinator, 'PUT', PATH, { title: 'x'.repeat(121) }), 'title');
    await field(await send(coordinator, 'PUT', PATH, { why: '  ' }), 'why');
    await field(await send(coordinator, 'PUT', PATH, { why: 'a\u0000b' }), 'why');
    await field(await send(coordinator, 'PUT', PATH, { title: 'a\u0000b' }), 'title');
    await field(await send(coordinator, 'PUT', PATH, { why: 'x', other: 1 }), 'other');
    expect((await send(coordinator, 'PUT', PATH, '{"why":')).status).toBe(400);
    expect(await list(coordinator)).toEqual([]);
  });

  it('a checklist item: cluster roles reword it (wording only), others are refused, unknown items are 400', async () => {
    const coordinator = await signIn('cluster-coordinator');
    const caseworker = await signIn('caseworker');
    const ITEM = '/api/guidance/overrides/checklist.publish.3/fr';
    const put = await send(coordinator, 'PUT', ITEM, {
      why: 'Les organisations sources ont donné leur accord écrit.',
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({
      guidanceId: 'checklist.publish.3',
      language: 'fr',
      title: null,
      why: 'Les organisations sources ont donné leur accord écrit.',
    });
    expect((await send(caseworker, 'PUT', ITEM, { why: 'Le nôtre' })).status).toBe(403);
    expect(await list(caseworker)).toEqual([
      expect.objectContaining({
        guidanceId: 'checklist.publish.3',
        why: 'Les organisations sources ont donné leur accord écrit.',
      }),
    ]);
    const field = async (res: Response, path: string) => {
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { fields?: { path: string }[] } };
      expect(body.error.fields?.map((f) => f.path)).toContain(path);
    };
    for (const id of ['checklist.publish.5', 'checklist.nope.1', 'checklist.publish.title'])
      await field(await send(coordinator, 'PUT', `/api/guidance/overrides/${id}/fr`, { why: 'x' }), 'id');
    await field(await send(coordinator, 'DELETE', '/api/guidance/overrides/checklist.destroy.4/fr'), 'id');
    await field(await send(coordinator, 'PUT', ITEM, { title: 'Titre', why: 'x' }), 'title');
    await field(await send(coordinator, 'PUT', ITEM, { why: 'x'.repeat(301) }), 'why');
    expect((await send(coordinator, 'DELETE', ITEM)).status).toBe(204);
    expect(await list(coordinator)).toEqual([]);
  });
});

// The module-command client against a real server (test database, demo loaded, API on a free port).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, RemoteError } from './client';
import { startTestServer, type TestServer } from './testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('module commands reach a running server with a personal API token', () => {
  it('steward whoami answers who the token acts as, from flags or the environment', async () => {
    const viewer = server.credentials.find((c) => c.role === 'viewer')!;
    const token = await server.tokenFor(viewer.email, viewer.organisationAcronym);
    const r = await server.run(['whoami', '--json'], { token });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      email: viewer.email,
      organisation: viewer.organisationAcronym,
      role: 'viewer',
    });
    const viaFlags = await server.run(['whoami', '--server', server.url, '--token', token], {
      env: { STEWARD_SERVER: 'http://127.0.0.1:1', STEWARD_TOKEN: 'stw_wrong' },
    });
    expect(viaFlags.code).toBe(0);
    expect(viaFlags.stdout).toContain(`in ${viewer.organisationAcronym} as viewer`);
  });

  it('a missing server or token, a refused token and an unreachable server are one clear line each', async () => {
    const noToken = await server.run(['whoami']);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/no API token: give --token TOKEN or set STEWARD_TOKEN/);
    const noServer = await server.run(['whoami'], { env: { STEWARD_SERVER: '' }, token: 'stw_x' });
    expect(noServer.stderr).toMatch(/no server: give --server URL/);
    const refused = await server.run(['whoami'], { token: 'stw_not-a-token' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refused the API token/);
    const down = await server.run(['whoami', '--server', 'http://127.0.0.1:9'], { token: 'stw_x' });
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/cannot reach the Steward server at http:\/\/127\.0\.0\.1:9/);
  });

  it('an API refusal keeps its status and code for the command to act on', async () => {
    const viewer = server.credentials.find((c) => c.role === 'viewer')!;
    const client = connect({ server: server.url, token: await server.tokenFor(viewer.email) }, { env: {} });
    const error = await client.get('/api/cluster/agreements').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect((error as RemoteError).status).toBe(403);
    expect((error as RemoteError).code).toBe('forbidden');
    expect((error as RemoteError).message).toMatch(/\(forbidden\)$/);
  });
});

// `steward dia list --json` against a real server (test database, demo loaded): the token's
// organisation sees its own DIA with its ratings; another organisation sees none of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../remote/testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 180_000);
afterAll(async () => server?.close());

const cred = (role: string, acronym?: string) =>
  server.credentials.find((c) => c.role === role && (!acronym || c.organisationAcronym === acronym))!;

describe('steward dia list', () => {
  it("lists the token's organisation's assessments as one JSON array", async () => {
    const tri = cred('partner-focal-point', 'TRI');
    const r = await server.run(['dia', 'list', '--json'], {
      token: await server.tokenFor(tri.email, 'TRI'),
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(items).toEqual([
      expect.objectContaining({
        organisation: 'TRI',
        title: 'Protection monitoring — household interviews',
        status: 'signed_off',
        rating: 'very_high',
        residualRating: 'medium',
        risks: 2,
      }),
    ]);
    const amd = cred('partner-focal-point', 'AMD');
    const other = await server.run(['dia', 'list', '--json'], {
      token: await server.tokenFor(amd.email, 'AMD'),
    });
    expect(JSON.parse(other.stdout)).toEqual([]);
  });
});

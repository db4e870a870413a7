/**
 * A real Steward server for tests of module commands: a fresh test database (PGlite, or the server
 * named by TEST_DATABASE_URL), the demo loaded, the API listening on 127.0.0.1 with a free port.
 * Commands run in process through the same `runCli` as the executable, with STEWARD_SERVER set and
 * the token of the demo user asked for, so a test drives the CLI exactly as a partner's script would.
 *
 *   const server = await startTestServer();
 *   const token = await server.tokenFor('caseworker@…', 'TRI');
 *   const r = await server.run(['incident', 'report', '--title', 'x', '--json'], { token });
 *   await server.close();
 */
import { createApp } from '@steward/api';
import { startServer, type RunningServer } from '@steward/api';
import type { Database } from '@steward/db';
import { createTestDatabase } from '@steward/db/testing';
import { createServices, systemCaller, type Services } from '@steward/services';
import { createDemoTestDatabase } from '@steward/services/test-support/demo-database';
import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { runCli } from '../framework';
import type { Credential } from '../output';
import { COMMANDS } from '../registry';

export interface TestServer {
  readonly url: string;
  readonly db: Database;
  readonly services: Services;
  /** The demo logins (role, organisation acronym, e-mail, password, and any extra fields the demo prints). */
  readonly credentials: readonly (Credential & Record<string, unknown>)[];
  /** A personal API token for a demo user, scoped to one of the user's organisations (default: the first listed for that e-mail). */
  tokenFor(email: string, acronym?: string): Promise<string>;
  /** Runs `steward ARGS` in process against this server. */
  run(
    args: readonly string[],
    options?: { token?: string; env?: Record<string, string>; stdin?: string },
  ): Promise<{ code: number; stdout: string; stderr: string }>;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { clock?: () => Date; loadDemo?: boolean } = {},
): Promise<TestServer> {
  // The demo as loaded once for the run (at the clock's time when one is given), copied for this server.
  let db: Database;
  let credentials: (Credential & Record<string, unknown>)[] = [];
  if (options.loadDemo === false) db = await createTestDatabase();
  else {
    const loaded = await createDemoTestDatabase(options.clock ? { at: options.clock() } : {});
    db = loaded.db;
    credentials = loaded.demo.credentials as (Credential & Record<string, unknown>)[];
  }
  const bytes = (n: number) => new Uint8Array(randomBytes(n));
  const services = createServices({
    db,
    clock: options.clock ?? (() => new Date()),
    randomBytes: bytes,
    config: { twoFactorRequired: false },
  });
  const app = createApp({ services, config: { webDist: null } });
  let running: RunningServer;
  try {
    // The CLI's fetch runs in this process: a long keep-alive, so that a test stalling the process
    // (PGlite's synchronous work) never finds a pooled socket closed under it (ECONNRESET).
    running = await startServer(app, { port: 0, host: '127.0.0.1', keepAliveTimeoutMs: 10 * 60_000 });
  } catch (error) {
    await db.close();
    throw error;
  }
  const system = systemCaller('test');

  return {
    url: running.url,
    db,
    services,
    credentials,
    async tokenFor(email, acronym) {
      const user = await services.users.findByEmail(system, email);
      if (!user) throw new Error(`no user ${email}`);
      const organisations = await services.organisations.list(system);
      const wanted = acronym ?? credentials.find((c) => c.email === email)?.organisationAcronym;
      const organisation = organisations.find((o) => o.acronym === wanted);
      if (!organisation) throw new Error(`no organisation ${String(wanted)}`);
      const created = await services.tokens.create(system, {
        userId: user.id,
        organisationId: organisation.id,
        name: `test ${email} ${organisation.acronym}`,
      });
      return created.token;
    },
    async run(args, runOptions = {}) {
      let stdout = '';
      let stderr = '';
      const stdin = new PassThrough();
      stdin.end(runOptions.stdin ?? '');
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        STEWARD_SERVER: running.url,
        ...(runOptions.token ? { STEWARD_TOKEN: runOptions.token } : {}),
        ...runOptions.env,
      };
      if (!runOptions.token && !runOptions.env?.STEWARD_TOKEN) delete env.STEWARD_TOKEN;
      const code = await runCli(COMMANDS, args, {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        stdin,
        env,
        cwd: process.cwd(),
      });
      return { code, stdout, stderr };
    },
    async close() {
      await running.close();
      await db.close();
    },
  };
}

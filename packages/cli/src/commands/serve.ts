import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, defineCommand } from '../framework';
import { loadDemo } from './demo';

/** packages/web/dist, where `npm run build --workspace @steward/web` puts the web app. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Steward's version: the root package.json's. */
function stewardVersion(): string | undefined {
  try {
    const root = new URL('../../../../package.json', import.meta.url);
    return (JSON.parse(readFileSync(root, 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'Migrate the database, then serve the API and the built web app',
  description:
    'Apply pending migrations, then serve the API and the built web app (packages/web/dist) until stopped with Ctrl-C or SIGTERM. Prints "Steward listening on http://HOST:PORT" when ready. Environment: PORT and HOST set the defaults of --port and --host; STEWARD_SECURE_COOKIES=true marks cookies Secure (behind an https proxy), STEWARD_TRUST_PROXY=true trusts X-Forwarded-For/-Proto, STEWARD_WEB_DIST points at another web build.',
  flags: {
    port: {
      type: 'integer',
      valueName: 'N',
      description: 'Port to listen on (default $PORT or 3000; 0 picks a free port)',
    },
    host: {
      type: 'string',
      valueName: 'HOST',
      description: 'Address to listen on (default $HOST or 127.0.0.1; 0.0.0.0 for all)',
    },
    'load-demo-if-empty': {
      type: 'boolean',
      description:
        'Load the demo response first when the database holds no demo yet, printing its logins once (npm start uses this)',
    },
    'credentials-out': {
      type: 'string',
      valueName: 'FILE',
      description: 'With --load-demo-if-empty: also write the logins to FILE',
    },
  },
  examples: ['steward serve', 'steward serve --port 8080 --host 0.0.0.0'],
  async run({ flags, io }) {
    const port = flags.port ?? parsePort(io.env.PORT) ?? 3000;
    if (port < 0 || port > 65535) throw new CliError(`--port must be between 0 and 65535 (got ${port})`, 2);
    const host = flags.host ?? (io.env.HOST || '127.0.0.1');
    const [{ createApp, startServer }, { openEnvironment }] = await Promise.all([
      import('@steward/api'),
      import('../environment'),
    ]);
    const env = await openEnvironment(io, { command: 'serve' });
    let stopping = false;
    // Review-due reminders of the registry: at start, then every 6 hours (cleared on shutdown).
    let reminderTimer: NodeJS.Timeout | undefined;
    let reminderRun = Promise.resolve();
    const remind = () => {
      reminderRun = Promise.all([
        env.services.registry.sendReviewReminders(new Date()),
        // Reporting deadlines (issue 10): due soon and overdue reports, once each.
        env.services.reporting.sendReportReminders(new Date()),
      ]).then(
        ([run, reporting]) => {
          if (run.created.length > 0) io.stdout(`Review reminders: ${run.created.length} created.\n`);
          if (reporting.created.length > 0)
            io.stdout(`Reporting reminders: ${reporting.created.length} created.\n`);
        },
        (error: unknown) =>
          io.stderr(
            `steward: review reminders failed: ${error instanceof Error ? error.message : String(error)}\n`,
          ),
      );
    };
    try {
      if (flags['load-demo-if-empty'] && !(await env.services.demo.isLoaded())) {
        await loadDemo(env, io, flags['credentials-out']);
      }
      const app = createApp({
        services: env.services,
        config: {
          webDist: io.env.STEWARD_WEB_DIST || DEFAULT_WEB_DIST,
          secureCookies: parseSecure(io.env.STEWARD_SECURE_COOKIES),
          trustProxy: io.env.STEWARD_TRUST_PROXY === 'true' || io.env.STEWARD_TRUST_PROXY === '1',
          version: stewardVersion(),
        },
      });
      const server = await startServer(app, { port, host });
      io.stdout(`Steward listening on ${server.url}\n`);
      io.stdout(`Data: ${env.location}. Stop with Ctrl-C.\n`);
      remind();
      reminderTimer = setInterval(remind, 6 * 60 * 60 * 1000);
      await new Promise<void>((done) => {
        const stop = (signal: NodeJS.Signals) => {
          if (stopping) return;
          stopping = true;
          io.stdout(`Received ${signal}, stopping…\n`);
          void server.close().then(done, done);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'ListenError') throw new CliError(error.message);
      throw error;
    } finally {
      clearInterval(reminderTimer);
      await reminderRun;
      await env.close();
    }
    io.stdout('Steward stopped.\n');
  },
});

function parsePort(value: string | undefined): number | undefined {
  if (!value) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`PORT must be a whole number (got "${value}")`, 2);
  return Number.parseInt(value, 10);
}

function parseSecure(value: string | undefined): boolean | 'auto' {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return 'auto';
}

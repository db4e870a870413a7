import { chmodSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Environment } from '../environment';
import { defineCommand, type Io } from '../framework';
import { type Credential, formatCredentials } from '../output';

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'Load the demo response (fictional Mozambique protection cluster) and print its logins once',
  description:
    'Load the demo response: a fictional protection response in Mozambique with a cluster lead, six partner organisations and one user per role. Passwords are generated for this installation and printed once. Fails if the demo is already loaded.',
  flags: {
    'credentials-out': {
      type: 'string',
      valueName: 'FILE',
      description:
        'Also write the logins as JSON [{ email, password, role, organisationAcronym }] to FILE (mode 0600)',
    },
  },
  examples: ['steward demo', 'steward demo --credentials-out .steward/demo-logins.json'],
  async run({ flags, io }) {
    const { withEnvironment } = await import('../environment');
    await withEnvironment(io, 'demo', async (env) => {
      await loadDemo(env, io, flags['credentials-out']);
    });
  },
});

/** Loads the demo, prints the logins and optionally writes them to a file. Used by serve too. */
export async function loadDemo(env: Environment, io: Io, credentialsOut?: string): Promise<Credential[]> {
  const { randomBytes } = await import('../environment');
  const result = await env.services.demo.load({ randomBytes });
  const credentials: Credential[] = result.credentials.map((c) => ({
    email: c.email,
    password: c.password,
    role: c.role,
    organisationAcronym: c.organisationAcronym,
    ...(c.keyPassphrase ? { keyPassphrase: c.keyPassphrase } : {}),
  }));
  io.stdout(`Demo response loaded into ${env.location}.\n`);
  io.stdout(formatCredentials(credentials));
  if (credentialsOut) {
    const file = resolve(io.cwd, credentialsOut);
    writeFileSync(file, JSON.stringify(credentials, null, 2) + '\n', { mode: 0o600 });
    chmodSync(file, 0o600); // also when the file existed before
    io.stdout(`Logins also written to ${file} (readable by you only).\n`);
  }
  return credentials;
}

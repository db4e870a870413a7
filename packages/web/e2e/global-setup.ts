/**
 * Starts a real Steward for the browser tests: a temporary data folder, `steward demo
 * --credentials-out`, then `steward serve` on a free port (waiting for its "listening" line).
 * Provides the base URL and the demo logins to the tests; stops the server and removes the
 * folder afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH, type DemoCredential } from './support';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const STEWARD = join(ROOT, 'packages/cli/bin/steward.js');
const DIST_INDEX = join(ROOT, 'packages/web/dist/index.html');
const START_TIMEOUT_MS = 120_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      reject(
        new Error(
          `steward serve did not print its "listening" line within ${START_TIMEOUT_MS / 1000}s:\n${output}`,
        ),
      );
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (https?:\/\/\S+)/i.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`steward serve exited (code ${code}) before listening:\n${output}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export default async function setup(project: TestProject) {
  if (!existsSync(DIST_INDEX)) {
    throw new Error(
      'The web app is not built (packages/web/dist/index.html is missing). Run `npm run build` first.',
    );
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing. Install Debian's browser: apt-get update && apt-get install -y chromium`,
    );
  }

  const dir = mkdtempSync(join(tmpdir(), 'steward-e2e-'));
  // Two-factor sign-in is required for administrators and cluster roles in production; here the
  // demo's cluster and admin logins sign in with a password so the module tests stay about their
  // module. account.e2e.test.ts goes through enrolment and sign-in with a code (services and API
  // tests cover the requirement itself).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STEWARD_DATA_DIR: join(dir, 'data'),
    STEWARD_REQUIRE_TWO_FACTOR: 'false',
  };
  delete env.DATABASE_URL; // always the embedded database, whatever the caller's shell says
  delete env.DATABASE_APP_URL;
  const credentialsFile = join(dir, 'creds.json');

  const demo = spawnSync(process.execPath, [STEWARD, 'demo', '--credentials-out', credentialsFile], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: START_TIMEOUT_MS,
  });
  if (demo.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`steward demo failed (exit ${demo.status}):\n${demo.stderr || demo.stdout}`);
  }
  const credentials = JSON.parse(readFileSync(credentialsFile, 'utf8')) as DemoCredential[];

  // An account of its own for the lockout test, so locking it out disturbs no other test. If
  // `steward user create` fails, fall back to the demo caseworker (no later test signs in with it).
  let lockout: DemoCredential = {
    email: 'lockout-probe@e2e.example.org',
    password: randomBytes(18).toString('base64url'),
    role: 'viewer',
    organisationAcronym: credentials[0]?.organisationAcronym ?? '',
  };
  const create = spawnSync(
    process.execPath,
    [
      STEWARD,
      'user',
      'create',
      '--email',
      lockout.email,
      '--name',
      'Lockout Probe',
      '--org',
      lockout.organisationAcronym,
      '--role',
      lockout.role,
      '--password-stdin',
    ],
    { cwd: ROOT, env, encoding: 'utf8', input: `${lockout.password}\n`, timeout: START_TIMEOUT_MS },
  );
  if (create.status !== 0) {
    const fallback = credentials.find((c) => c.role === 'caseworker');
    if (!fallback) throw new Error(`steward user create failed: ${create.stderr || create.stdout}`);
    console.warn(
      `e2e: steward user create failed (${(create.stderr || create.stdout).trim()}); the lockout test uses the demo caseworker`,
    );
    lockout = fallback;
  }

  // An account of its own for the account-security test (it changes its password and turns on
  // two-factor sign-in).
  const accountProbe: DemoCredential = {
    email: 'account-probe@e2e.example.org',
    password: randomBytes(18).toString('base64url'),
    role: 'viewer',
    organisationAcronym: credentials[0]?.organisationAcronym ?? '',
  };
  const createProbe = spawnSync(
    process.execPath,
    [
      STEWARD,
      'user',
      'create',
      '--email',
      accountProbe.email,
      '--name',
      'Account Probe',
      '--org',
      accountProbe.organisationAcronym,
      '--role',
      accountProbe.role,
      '--password-stdin',
    ],
    { cwd: ROOT, env, encoding: 'utf8', input: `${accountProbe.password}\n`, timeout: START_TIMEOUT_MS },
  );
  if (createProbe.status !== 0)
    throw new Error(`steward user create failed: ${createProbe.stderr || createProbe.stdout}`);

  // A second partner focal point of TRI (the demo has one): the consent override needs two people.
  const secondFocalPoint: DemoCredential = {
    email: 'focal-point-2.tri@e2e.example.org',
    password: randomBytes(18).toString('base64url'),
    role: 'partner-focal-point',
    organisationAcronym: 'TRI',
  };
  const createSecond = spawnSync(
    process.execPath,
    [
      STEWARD,
      'user',
      'create',
      '--email',
      secondFocalPoint.email,
      '--name',
      'Second Focal Point TRI',
      '--org',
      'TRI',
      '--role',
      'partner-focal-point',
      '--password-stdin',
    ],
    { cwd: ROOT, env, encoding: 'utf8', input: `${secondFocalPoint.password}\n`, timeout: START_TIMEOUT_MS },
  );
  if (createSecond.status !== 0)
    throw new Error(`steward user create failed: ${createSecond.stderr || createSecond.stdout}`);

  // An account of its own for the language test (issue 8): it stores French, then Arabic, as its
  // language, which would turn any other test's signed-in pages French or Arabic.
  const languageProbe: DemoCredential = {
    email: 'language-probe@e2e.example.org',
    password: randomBytes(18).toString('base64url'),
    role: 'viewer',
    organisationAcronym: credentials[0]?.organisationAcronym ?? '',
  };
  const createLanguageProbe = spawnSync(
    process.execPath,
    [
      STEWARD,
      'user',
      'create',
      '--email',
      languageProbe.email,
      '--name',
      'Language Probe',
      '--org',
      languageProbe.organisationAcronym,
      '--role',
      languageProbe.role,
      '--password-stdin',
    ],
    { cwd: ROOT, env, encoding: 'utf8', input: `${languageProbe.password}\n`, timeout: START_TIMEOUT_MS },
  );
  if (createLanguageProbe.status !== 0)
    throw new Error(
      `steward user create failed: ${createLanguageProbe.stderr || createLanguageProbe.stdout}`,
    );

  const port = await freePort();
  const server = spawn(process.execPath, [STEWARD, 'serve', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Everything the server prints goes to a file too: the referral marker test searches it.
  const serverLog = join(dir, 'server.log');
  const logStream = createWriteStream(serverLog);
  server.stdout?.pipe(logStream);
  server.stderr?.pipe(logStream);
  let baseUrl: string;
  try {
    baseUrl = await waitForListening(server);
  } catch (error) {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  project.provide('baseUrl', baseUrl);
  project.provide('credentials', credentials);
  project.provide('lockoutAccount', lockout);
  project.provide('accountProbe', accountProbe);
  project.provide('secondFocalPoint', secondFocalPoint);
  project.provide('languageProbe', languageProbe);
  project.provide('dataDir', env.STEWARD_DATA_DIR!);
  project.provide('serverLog', serverLog);

  return async () => {
    await stop(server);
    rmSync(dir, { recursive: true, force: true });
  };
}

// `steward retention run [--dry-run] --json` on an embedded data folder after `steward demo`, run
// in-process as main.ts runs it: the demo's retention task (due, not approved) is reminded and
// never destroyed; once its owner approved it, the dry run lists the file and the run destroys
// it (ciphertext and per-file key gone, tombstone kept, audit entry with the content hash).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createDatabase } from '@steward/db';
import { ownerSql, seedTestDataDir } from '@steward/db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type Io } from '../framework';
import { COMMANDS } from '../registry';

const root = mkdtempSync(join(tmpdir(), 'steward-retention-cli-'));
const dataDir = seedTestDataDir(join(root, 'data'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function steward(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stdin: Readable.from([]),
    env: { STEWARD_DATA_DIR: dataDir, STEWARD_REQUIRE_TWO_FACTOR: 'false' },
    cwd: root,
  };
  const code = await runCli(COMMANDS, args, io);
  return { code, stdout, stderr };
}

async function owner<T>(q: string): Promise<T[]> {
  const db = await createDatabase({ dataDir });
  try {
    return await ownerSql<T>(db, q);
  } finally {
    await db.close();
  }
}

interface Run {
  dryRun: boolean;
  destroyed: { scheduleId: string; files: { fileId: string; sha256: string; keyDestroyed: boolean }[] }[];
  reminded: string[];
  escalated: string[];
}

describe('steward retention run', { timeout: 240_000 }, () => {
  it('reminds an unapproved task, lists then destroys an approved one, and audits it', async () => {
    expect((await steward(['demo'])).code).toBe(0);
    const [task] = await owner<{ id: string; registry_entry_id: string; organisation_id: string }>(
      `select id, registry_entry_id, organisation_id from retention_schedules`,
    );
    expect(task).toBeDefined();

    const first = await steward(['retention', 'run', '--json']);
    expect(first.stderr).toBe('');
    const r1 = JSON.parse(first.stdout) as Run;
    expect(r1).toMatchObject({ dryRun: false, destroyed: [], reminded: [task!.id] });

    await owner(
      `update retention_schedules set approved_at = now(),
         approved_by = (select m.user_id from memberships m where m.organisation_id = '${task!.organisation_id}'
                         order by m.user_id limit 1)
       where id = '${task!.id}'`,
    );
    const dry = JSON.parse((await steward(['retention', 'run', '--dry-run', '--json'])).stdout) as Run;
    expect(dry.dryRun).toBe(true);
    expect(dry.destroyed).toHaveLength(1);
    const file = dry.destroyed[0]!.files[0]!;
    expect(file.keyDestroyed).toBe(true);
    const [still] = await owner<{ n: number }>(
      `select octet_length(ciphertext) as n from registry_files where id = '${file.fileId}'`,
    );
    expect(Number(still!.n)).toBeGreaterThan(0);

    const run = await steward(['retention', 'run', '--json']);
    const r = JSON.parse(run.stdout) as Run;
    expect(r.destroyed[0]!.files.map((f) => f.fileId)).toEqual(dry.destroyed[0]!.files.map((f) => f.fileId));
    const [gone] = await owner<{ n: number; data_key: unknown; destroyed_at: unknown; sha256: string }>(
      `select octet_length(ciphertext) as n, data_key, destroyed_at, sha256 from registry_files where id = '${file.fileId}'`,
    );
    expect(Number(gone!.n)).toBe(0);
    expect(gone!.data_key).toBeNull();
    expect(gone!.destroyed_at).not.toBeNull();
    expect(gone!.sha256).toBe(file.sha256);
    const audit = await owner<{ details: { sha256: string; system: string } }>(
      `select details from audit_log where action = 'retention.file-destroyed' and target_id = '${file.fileId}'`,
    );
    expect(audit[0]!.details).toMatchObject({ sha256: file.sha256, system: 'retention-run' });
    expect((await steward(['audit', 'verify'])).code).toBe(0);

    const text = await steward(['retention', 'run']);
    expect(text.stdout).toMatch(/destroyed 0 file\(s\) of 0 approved schedule\(s\)/);
  });
});

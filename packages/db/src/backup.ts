/**
 * Logical backup and restore of a Steward database, the same for PGlite and a PostgreSQL server
 * (docs/decisions/0011). A backup is a stream of JSON lines:
 *
 *   {"format":"steward-backup/1", createdAt, source, schema:{migrations,last}, tables:[…], excluded:[…], includesFileKey}
 *   {"table":"organisations"}               then one {"r":{…row as row_to_json…}} per row, per table
 *   {"end":true,"rows":{table:count},"sha256":"…"}   SHA-256 of every line before it
 *
 * Tables come in foreign-key order. Sessions and sign-in counters are never included; the stored
 * file-encryption key only when asked for. Restore runs in one owner transaction into an EMPTY,
 * migrated database of the same schema version, and commits only when the trailer's row counts
 * and checksum match: a truncated or altered file writes nothing.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type Tx } from './database';

export const BACKUP_FORMAT = 'steward-backup/1';
/** Never in a backup: sessions are not restored; sign-in counters are transient. */
export const NEVER_BACKED_UP = ['sessions', 'login_attempts'] as const;
export const FILE_KEY_TABLE = 'file_encryption_keys';
/**
 * Never in a backup, and kept by the database restored into: the actor key (decision 0033), made by
 * each installation's migration. Only live transactions carry signatures, so none needs it back.
 */
export const KEPT_BY_INSTALLATION = ['steward_actor_key'] as const;
/**
 * Tables whose first rows are written by a migration (default reference lists the cluster may
 * edit). A freshly migrated database holds them and is still empty for a restore: their rows are
 * replaced by the backup's.
 */
export const SEEDED_BY_MIGRATIONS = ['service_taxonomy_terms'] as const;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  source: 'pglite' | 'postgres';
  schema: { migrations: number; last: string };
  tables: string[];
  excluded: string[];
  includesFileKey: boolean;
}

export interface BackupSummary {
  rows: Record<string, number>;
  /** Registry files by key id (`env`: STEWARD_FILE_KEY, `db-1`: the stored key). */
  filesByKey: Record<string, number>;
  includesFileKey: boolean;
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function schemaVersion(tx: Tx): Promise<{ migrations: number; last: string }> {
  const [exists] = await queryRows<{ t: unknown }>(
    tx,
    sql`select to_regclass('drizzle.__drizzle_migrations') as t`,
  );
  if (!exists?.t) return { migrations: 0, last: '' };
  const [row] = await queryRows<{ n: number; last: string | null }>(
    tx,
    sql`select count(*)::int as n, (select hash from drizzle.__drizzle_migrations order by created_at desc, id desc limit 1) as last from drizzle.__drizzle_migrations`,
  );
  return { migrations: Number(row?.n ?? 0), last: row?.last ?? '' };
}

/** The public tables, parents before children (foreign keys). */
async function tablesInOrder(tx: Tx): Promise<string[]> {
  const tables = (
    await queryRows<{ name: string }>(
      tx,
      sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
    )
  ).map((t) => t.name);
  const edges = await queryRows<{ child: string; parent: string }>(
    tx,
    sql`select c.relname as child, p.relname as parent from pg_constraint k
        join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public' and c.oid <> p.oid`,
  );
  const ordered: string[] = [];
  const remaining = new Set(tables);
  while (remaining.size > 0) {
    const ready = [...remaining].filter(
      (t) => !edges.some((e) => e.child === t && remaining.has(e.parent) && e.parent !== t),
    );
    if (ready.length === 0)
      throw new BackupError(`foreign keys form a cycle among: ${[...remaining].join(', ')}`);
    for (const t of ready) {
      ordered.push(t);
      remaining.delete(t);
    }
  }
  return ordered;
}

/**
 * Writes a backup through `write` (one call per line, without newline), from one consistent
 * snapshot (a repeatable-read, read-only owner transaction).
 */
export async function writeBackup(
  db: Database,
  write: (line: string) => Promise<void>,
  options: { includeFileKey: boolean; at: Date },
): Promise<BackupSummary> {
  return db.asSystem('backup', async (tx) => {
    if (db.kind === 'postgres')
      await tx.execute(sql.raw('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY'));
    const hash = createHash('sha256');
    const emit = async (line: string) => {
      hash.update(line).update('\n');
      await write(line);
    };
    const excluded: string[] = [
      ...NEVER_BACKED_UP,
      ...KEPT_BY_INSTALLATION,
      ...(options.includeFileKey ? [] : [FILE_KEY_TABLE]),
    ];
    const tables = (await tablesInOrder(tx)).filter((t) => !excluded.includes(t));
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      createdAt: options.at.toISOString(),
      source: db.kind,
      schema: await schemaVersion(tx),
      tables,
      excluded,
      includesFileKey: options.includeFileKey,
    };
    await emit(JSON.stringify(header));
    const rows: Record<string, number> = {};
    for (const table of tables) {
      await emit(JSON.stringify({ table }));
      rows[table] = 0;
      // A cursor: memory stays bounded whatever the table size.
      await tx.execute(
        sql.raw(
          `declare steward_backup no scroll cursor for select row_to_json(t)::text as j from ${ident(table)} t`,
        ),
      );
      for (;;) {
        const batch = await queryRows<{ j: string }>(tx, sql.raw('fetch 200 from steward_backup'));
        for (const row of batch) await emit(`{"r":${row.j}}`);
        rows[table] += batch.length;
        if (batch.length < 200) break;
      }
      await tx.execute(sql.raw('close steward_backup'));
    }
    await write(JSON.stringify({ end: true, rows, sha256: hash.digest('hex') }));
    const filesByKey: Record<string, number> = {};
    if (tables.includes('registry_files')) {
      for (const r of await queryRows<{ key_id: string; n: number }>(
        tx,
        sql`select key_id, count(*)::int as n from registry_files group by key_id`,
      ))
        filesByKey[r.key_id] = Number(r.n);
    }
    return { rows, filesByKey, includesFileKey: options.includeFileKey };
  });
}

const MAX_BATCH_ROWS = 500;
const MAX_BATCH_CHARS = 4 * 1024 * 1024;

/**
 * Restores a backup (its lines, in order) into `db`, which must be migrated to the same schema
 * version and hold no rows at all. One transaction: any error, a wrong checksum or a missing
 * trailer leaves the database as it was. Throws BackupError with the line number.
 */
export async function restoreBackup(
  db: Database,
  lines: AsyncIterable<string>,
): Promise<BackupSummary & { header: BackupHeader }> {
  return db.asSystem('restore', async (tx) => {
    const hash = createHash('sha256');
    let header: BackupHeader | null = null;
    let table: string | null = null;
    let trailer: { rows: Record<string, number>; sha256: string } | null = null;
    const rows: Record<string, number> = {};
    let batch: string[] = [];
    let batchChars = 0;
    let lineNo = 0;
    const fail = (message: string): never => {
      throw new BackupError(`line ${lineNo}: ${message}`);
    };
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await tx.execute(
        sql`insert into ${sql.raw(ident(table))} select * from json_populate_recordset(null::${sql.raw(ident(table))}, ${`[${batch.join(',')}]`}::json)`,
      );
      batch = [];
      batchChars = 0;
    };
    for await (const line of lines) {
      lineNo += 1;
      if (trailer) fail('data after the end of the backup');
      if (line.startsWith('{"r":')) {
        if (!table) fail('a row before any table');
        if (!line.endsWith('}')) fail('a malformed row');
        hash.update(line).update('\n');
        batch.push(line.slice(5, -1));
        batchChars += line.length;
        rows[table!] = (rows[table!] ?? 0) + 1;
        if (batch.length >= MAX_BATCH_ROWS || batchChars >= MAX_BATCH_CHARS) await flush();
        continue;
      }
      let value: Record<string, unknown>;
      try {
        value = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return fail('not JSON (is this a Steward backup, and complete?)');
      }
      if (!header) {
        if (value.format !== BACKUP_FORMAT)
          fail(`not a Steward backup (format ${JSON.stringify(value.format)})`);
        header = value as unknown as BackupHeader;
        const here = await schemaVersion(tx);
        if (here.migrations !== header.schema.migrations || here.last !== header.schema.last)
          fail(
            `the backup was made at schema version ${header.schema.migrations} and this Steward is at ${here.migrations}: restore it with the Steward version that made it`,
          );
        const present = await tablesInOrder(tx);
        for (const t of header.tables) if (!present.includes(t)) fail(`table ${t} does not exist here`);
        for (const t of present) {
          if ((SEEDED_BY_MIGRATIONS as readonly string[]).includes(t)) continue;
          if ((KEPT_BY_INSTALLATION as readonly string[]).includes(t)) continue;
          const [count] = await queryRows<{ n: number }>(
            tx,
            sql.raw(`select count(*)::int as n from ${ident(t)}`),
          );
          if (Number(count?.n ?? 0) > 0)
            throw new BackupError(
              `the database is not empty (${t} has ${count?.n} rows): restore only into an empty database (a new data folder, or a new database made with createdb)`,
            );
        }
        for (const t of SEEDED_BY_MIGRATIONS)
          if (present.includes(t)) await tx.execute(sql.raw(`delete from ${ident(t)}`));
        // Rows are copied verbatim: the rules that triggers enforce on new writes (an endorsement
        // only while its version is in consultation, …) held when the rows were first written, and
        // must not fire again on the copy. Foreign keys still apply (USER leaves constraint
        // triggers on). Transactional: a failed restore leaves the triggers as they were.
        for (const t of header.tables)
          await tx.execute(sql.raw(`alter table ${ident(t)} disable trigger user`));
        hash.update(line).update('\n');
        continue;
      }
      if (typeof value.table === 'string') {
        await flush();
        if (!header.tables.includes(value.table)) fail(`table ${value.table} is not listed in the header`);
        table = value.table;
        hash.update(line).update('\n');
        continue;
      }
      if (value.end === true) {
        await flush();
        trailer = value as unknown as { rows: Record<string, number>; sha256: string };
        continue;
      }
      fail('unexpected line');
    }
    if (!header) throw new BackupError('the file is empty');
    if (!trailer)
      throw new BackupError(`line ${lineNo}: the backup ends early (no end line): it is incomplete`);
    if (trailer.sha256 !== hash.digest('hex'))
      throw new BackupError('the checksum does not match: the file was altered or damaged');
    for (const t of header.tables)
      if ((rows[t] ?? 0) !== (trailer.rows[t] ?? 0))
        throw new BackupError(`${t}: ${rows[t] ?? 0} rows read, the backup says ${trailer.rows[t] ?? 0}`);
    for (const t of header.tables) await tx.execute(sql.raw(`alter table ${ident(t)} enable trigger user`));
    // Identity keys were copied verbatim: their sequences continue after the highest one restored.
    for (const col of await queryRows<{ t: string; c: string }>(
      tx,
      sql`select table_name as t, column_name as c from information_schema.columns
           where table_schema = 'public' and is_identity = 'YES'`,
    ))
      if (header.tables.includes(col.t))
        await tx.execute(
          sql.raw(
            `select setval(pg_get_serial_sequence('${ident(col.t)}', '${col.c}'), coalesce((select max(${ident(col.c)}) from ${ident(col.t)}), 0) + 1, false)`,
          ),
        );
    const filesByKey: Record<string, number> = {};
    if (header.tables.includes('registry_files')) {
      for (const r of await queryRows<{ key_id: string; n: number }>(
        tx,
        sql`select key_id, count(*)::int as n from registry_files group by key_id`,
      ))
        filesByKey[r.key_id] = Number(r.n);
    }
    return { header, rows: trailer.rows, filesByKey, includesFileKey: header.includesFileKey };
  });
}

// Issue 7 §3: PostgreSQL input errors (SQLSTATE class 22, and 23/54 input errors) raised by the
// real database (PGlite, or the server named by TEST_DATABASE_URL) become a 400 — with the column
// as the field when PostgreSQL names it — and the log line of a failed request never repeats
// the error's message, which for these errors quotes the request's own values.
// eslint-disable-next-line no-restricted-imports -- tests need a database; the API code itself never imports db
import { createTestDatabase, ownerSql } from '@steward/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseInputError } from './database-errors';
import { failedRequestLog } from './error-log';
import { statusFor } from './errors';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);
afterAll(async () => db?.close());

const MARKER = 'Amina-Personal-0042';

async function failure(query: string): Promise<unknown> {
  try {
    await ownerSql(db, query);
  } catch (error) {
    return error;
  }
  throw new Error(`expected the query to fail: ${query}`);
}

const cases: [string, string][] = [
  ['22P02', `select '${MARKER}'::uuid`],
  ['22P02', `select '${MARKER}'::organisation_type`],
  ['22003', `select 2147483648::int`],
  ['22007', `select '${MARKER}'::date`],
  ['22008', `select '2026-02-30'::date`],
  ['22012', `select 1 / 0`],
  ['22021', `select E'${MARKER}\\000'`],
  ['22P05', `select '"${MARKER}\\u0000"'::jsonb ->> 0`],
];

describe('hole: a NUL byte gives 500 — PostgreSQL input errors (issue 7 §3)', () => {
  it('maps every class-22 data exception from the real database to a 400 validation error', async () => {
    const seen: string[] = [];
    for (const [state, query] of cases) {
      const error = await failure(query);
      const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
      expect(code?.slice(0, 2), query).toBe('22');
      seen.push(code!);
      const mapped = databaseInputError(error);
      expect(mapped, `${state}: ${query}`).not.toBeNull();
      expect(statusFor(mapped!.code)).toBe(400);
      expect(mapped!.message).not.toContain(MARKER);
    }
    expect(seen).toEqual(
      expect.arrayContaining(['22P02', '22003', '22007', '22008', '22012', '22021', '22P05']),
    );
  });

  it('names the column when PostgreSQL does (a missing required value), and maps unique violations to 409', async () => {
    const missing = await failure(`insert into organisations (id) values (gen_random_uuid())`);
    const mapped = databaseInputError(missing);
    expect(mapped?.code).toBe('validation');
    expect(mapped?.fields?.[0]?.path).toMatch(/^[a-z_]+$/);
    const insert = `insert into organisations (name, acronym, type) values ('${MARKER}', 'DUPL', 'other')`;
    await ownerSql(db, insert);
    const duplicate = await failure(insert.replace("'DUPL'", "'dupl'"));
    expect(databaseInputError(duplicate)?.code).toBe('conflict');
    expect(JSON.stringify(databaseInputError(duplicate))).not.toContain(MARKER);
  });

  it('does not take other database errors for input errors', async () => {
    expect(databaseInputError(await failure(`select * from no_such_table`))).toBeNull();
    expect(databaseInputError(new Error('plain'))).toBeNull();
  });

  it('the log line of a failed request carries no message or value from the request', async () => {
    const error = await failure(`select '${MARKER}'::uuid`);
    expect(String((error as Error).message)).toContain(MARKER); // the driver quotes the value…
    const line = failedRequestLog('POST', '/api/registry/:id', error);
    expect(line).not.toContain(MARKER); // …the log does not
    expect(line).toContain('POST /api/registry/:id failed');
    expect(line).toMatch(/\[22P02\]/);
    expect(line).toMatch(/\n\s+at /);
    const wrapped = new Error(`Failed query: select $1\nparams: ${MARKER}`, { cause: error });
    expect(failedRequestLog('GET', '/api/x', wrapped)).not.toContain(MARKER);
  });
});

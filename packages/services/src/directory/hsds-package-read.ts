/**
 * Reading an HSDS 3.0 tabular data package (the ZIP that export.zip writes: datapackage.json and
 * one CSV per HSDS table) back into the nested HSDS JSON the import already understands, in the
 * parse worker (pure: bytes in, a document or problems out). Within the upload limits while
 * streaming (core/src/limits.ts): declared and really inflated bytes and the compression ratio of
 * every part (the ZIP-bomb guard of the XLSX reader), rows, columns and cell length of every CSV.
 * Every problem names its file, row (the header is row 1, as a spreadsheet shows) and column.
 * Cells that Steward's CSV writer guarded against formula injection are restored exactly.
 */
import { DIRECTORY_IMPORT_READ_LIMITS, UPLOAD_LIMITS } from '@steward/core/limits';
import { cellText, type Dataset } from '@steward/core/sdc/dataset';
import { CsvReader } from '@steward/core/sdc/io/csv';
import type { IoError } from '@steward/core/sdc/io/errors';
import { isFormulaLike } from '@steward/core/sdc/io/formula-guard';
import { InflateBudget, LimitExceeded } from '@steward/core/sdc/io/limits';
import { parseNumber } from '@steward/core/sdc/io/table-builder';
import { readZipDirectory, zipEntryStream, type ZipEntry } from '@steward/core/sdc/io/zip';
import { HSDS_DATAPACKAGE, type HsdsResource } from './hsds-datapackage';
import type { ImportAdjustment } from '@steward/core/directory/import-notes';
import {
  importProblem,
  placePath,
  type ImportProblemCode,
  type PackagePlace,
  type ProblemParams,
} from '@steward/core/directory/import-problems';
import type { FieldProblem } from './validation';

type Json = Record<string, unknown>;

/** Where a row came from: its file and row (header = row 1). */
export interface RowOrigin {
  file: string;
  row: number;
}

/** Where each service of the assembled page came from, with its locations and contacts. */
export interface ServiceOrigin extends RowOrigin {
  locations: RowOrigin[];
  contacts: RowOrigin[];
}

export type HsdsPackageParse =
  | { kind: 'read-error'; error: IoError }
  | { kind: 'problems'; problems: FieldProblem[]; total: number }
  | { kind: 'ok'; page: Json; origins: ServiceOrigin[]; warnings: ImportAdjustment[] };

/** The tables Steward reads; the others (programs, funding, cost options …) are reported unread. */
const READ = [
  'organization',
  'service',
  'attribute',
  'taxonomy_term',
  'service_at_location',
  'location',
  'address',
  'accessibility',
  'contact',
  'phone',
  'schedule',
  'language',
  'service_area',
] as const;
type Table = (typeof READ)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DESCRIPTOR = 'datapackage.json';
/** datapackage.json is small (the upstream one is ~60 kB): more is not a descriptor. */
const MAX_DESCRIPTOR_BYTES = 1024 * 1024;

class Problems {
  readonly kept: FieldProblem[] = [];
  total = 0;
  add(place: PackagePlace, code: ImportProblemCode, params: ProblemParams = {}): void {
    this.total++;
    if (this.kept.length < UPLOAD_LIMITS.errorsKept) this.kept.push(importProblem(place, code, params));
  }
}

/** A cell as Steward's writer wrote it → the original text (formula-guard.ts), others unchanged. */
function restore(text: string): string {
  if (!text.startsWith("'")) return text;
  const rest = text.slice(1);
  return isFormulaLike(rest) || rest.startsWith("'") ? rest : text;
}

/** Inflates one ZIP entry as a stream of chunks, counting every byte against the budget. */
async function* inflate(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
): AsyncGenerator<Uint8Array> {
  budget.checkDeclared(entry.size, entry.compressedSize, entry.name);
  const stream = zipEntryStream(bytes, entry);
  if (typeof stream === 'string') throw new PackageError(stream);
  const reader = stream.getReader();
  let soFar = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      soFar += value.length;
      budget.add(value.length, soFar, entry.compressedSize, entry.name);
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

class PackageError extends Error {
  override readonly name = 'PackageError';
}

interface ReadTable {
  resource: HsdsResource;
  file: string;
  rows: Json[];
}

async function readTable(
  bytes: Uint8Array,
  entry: ZipEntry,
  resource: HsdsResource,
  budget: InflateBudget,
  problems: Problems,
): Promise<ReadTable | IoError> {
  const file = entry.name;
  const reader = new CsvReader({ file, delimiter: ',', limits: DIRECTORY_IMPORT_READ_LIMITS });
  for await (const chunk of inflate(bytes, entry, budget)) if (reader.push(chunk)) break;
  const read = reader.finish();
  // A header without rows is an empty table (the export writes every table, header only when empty).
  if (!read.ok) return read.error.code === 'empty-file' ? { resource, file, rows: [] } : read.error;
  return { resource, file, rows: tableRows(read.dataset, resource, file, problems) };
}

/** The rows of one table as HSDS objects, each field checked against the descriptor's type. */
function tableRows(ds: Dataset, resource: HsdsResource, file: string, problems: Problems): Json[] {
  const fields = new Map(resource.schema.fields.map((f) => [f.name, f]));
  const known = ds.columns.filter((c) => {
    if (fields.has(c.name)) return true;
    problems.add({ file, column: c.name }, 'not-a-field', {
      table: resource.name,
      fields: [...fields.keys()].join(', '),
    });
    return false;
  });
  const present = new Set(known.map((c) => c.name));
  const requiredMissing = resource.schema.fields.filter(
    (f) => f.constraints?.required && f.format === 'uuid' && !present.has(f.name),
  );
  for (const f of requiredMissing) problems.add({ file, column: f.name }, 'required-column-missing');
  const rows: Json[] = [];
  for (let r = 0; r < ds.rowCount; r++) {
    const at = (column: string): PackagePlace => ({ file, row: r + 2, column });
    const row: Json = { __row: r + 2 };
    for (const c of known) {
      const raw = cellText(c, r);
      const field = fields.get(c.name)!;
      if (raw === null) {
        // Required ids and links are checked here; required text may be empty in a CSV (the JSON
        // export writes "" for an unknown postal code) and is checked by the service rules.
        if (field.constraints?.required && field.format === 'uuid') problems.add(at(c.name), 'required');
        continue;
      }
      const text = restore(raw);
      if (field.type === 'number') {
        const n = parseNumber(text);
        if (n === null) problems.add(at(c.name), 'not-a-number', { value: text.slice(0, 60) });
        else row[c.name] = n;
        continue;
      }
      if (field.format === 'uuid' && !UUID.test(text)) {
        problems.add(at(c.name), 'not-uuid');
        continue;
      }
      row[c.name] = text;
    }
    rows.push(row);
  }
  return rows;
}

/** The resource paths that the package's own descriptor gives, for the resources Steward knows. */
function resourcePaths(descriptor: unknown, problems: Problems): Map<string, string> {
  const paths = new Map<string, string>(HSDS_DATAPACKAGE.resources.map((r) => [r.name, r.path]));
  const resources = (descriptor as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) {
    problems.add({ file: DESCRIPTOR }, 'no-resources');
    return paths;
  }
  for (const r of resources as { name?: unknown; path?: unknown }[])
    if (typeof r?.name === 'string' && typeof r.path === 'string' && paths.has(r.name))
      paths.set(r.name, r.path);
  return paths;
}

export async function readHsdsPackage(name: string, bytes: Uint8Array): Promise<HsdsPackageParse> {
  const problems = new Problems();
  const fail = (code: ImportProblemCode, params: ProblemParams = {}): HsdsPackageParse => ({
    kind: 'problems',
    problems: [{ ...importProblem(name, code, params), path: name }],
    total: 1,
  });
  if (bytes.length === 0) return fail('empty-file');
  const dir = readZipDirectory(bytes);
  if (typeof dir === 'string') return fail('not-a-zip', { detail: dir });
  const budget = new InflateBudget(DIRECTORY_IMPORT_READ_LIMITS, name);
  try {
    const descriptorEntry = dir.get(DESCRIPTOR);
    if (!descriptorEntry) return fail('descriptor-missing', { descriptor: DESCRIPTOR });
    if (descriptorEntry.size > MAX_DESCRIPTOR_BYTES)
      return fail('descriptor-too-large', { descriptor: DESCRIPTOR, max: MAX_DESCRIPTOR_BYTES });
    let text = '';
    const decoder = new TextDecoder();
    for await (const chunk of inflate(bytes, descriptorEntry, budget)) {
      text += decoder.decode(chunk, { stream: true });
      if (text.length > MAX_DESCRIPTOR_BYTES)
        return fail('descriptor-too-large', { descriptor: DESCRIPTOR, max: MAX_DESCRIPTOR_BYTES });
    }
    text += decoder.decode();
    let descriptor: unknown;
    try {
      descriptor = JSON.parse(text);
    } catch {
      return fail('descriptor-not-json', { descriptor: DESCRIPTOR });
    }
    const paths = resourcePaths(descriptor, problems);
    const warnings: ImportAdjustment[] = [];
    const tables = new Map<Table, ReadTable>();
    for (const resource of HSDS_DATAPACKAGE.resources) {
      const entry = dir.get(paths.get(resource.name)!);
      const used = (READ as readonly string[]).includes(resource.name);
      if (!entry) {
        if (resource.name === 'service') problems.add({ file: paths.get('service')! }, 'no-services-table');
        continue;
      }
      if (!used) {
        // Not read: only its size is counted (nothing of it is kept).
        if (entry.size > 0 && entry.size > resource.schema.fields.map((f) => f.name).join(',').length + 2)
          warnings.push({ path: entry.name, code: 'table-not-imported', params: { table: resource.name } });
        continue;
      }
      const table = await readTable(bytes, entry, resource, budget, problems);
      if ('code' in table) return { kind: 'read-error', error: table };
      tables.set(resource.name as Table, table);
    }
    // Links are checked even when cells were refused: every problem is listed at once.
    const assembled = assemble(tables, problems);
    if (problems.total > 0) return { kind: 'problems', problems: problems.kept, total: problems.total };
    return { kind: 'ok', ...assembled, warnings };
  } catch (e) {
    if (e instanceof LimitExceeded) return { kind: 'read-error', error: e.error };
    if (e instanceof PackageError || e instanceof TypeError)
      return fail('archive-damaged', { detail: e.message });
    throw e;
  }
}

/**
 * The nested HSDS page (the JSON export's shape) from the tables, every link checked: a row that
 * names a service, location, contact or taxonomy term the package does not hold is a problem.
 */
function assemble(
  tables: Map<Table, ReadTable>,
  problems: Problems,
): { page: Json; origins: ServiceOrigin[] } {
  const rowsOf = (t: Table) => tables.get(t)?.rows ?? [];
  const fileOf = (t: Table) => tables.get(t)?.file ?? t;
  const byId = (t: Table) => {
    const m = new Map<string, Json>();
    for (const r of rowsOf(t)) {
      const id = r.id as string | undefined;
      if (!id) continue;
      if (m.has(id)) problems.add({ file: fileOf(t), row: r.__row as number, column: 'id' }, 'repeated-id');
      else m.set(id, r);
    }
    return m;
  };
  const services = byId('service');
  const locations = byId('location');
  const contacts = byId('contact');
  const terms = byId('taxonomy_term');
  byId('organization');
  /** Rows grouped by a link column, each link checked against `targets`. */
  const group = (t: Table, column: string, targets: Map<string, Json>, target: Table, optional = true) => {
    const out = new Map<string, Json[]>();
    for (const r of rowsOf(t)) {
      const v = r[column] as string | undefined;
      if (v === undefined) {
        if (!optional) problems.add({ file: fileOf(t), row: r.__row as number, column }, 'required');
        continue;
      }
      if (!targets.has(v)) {
        problems.add({ file: fileOf(t), row: r.__row as number, column }, 'unknown-reference', {
          table: fileOf(target),
        });
        continue;
      }
      const list = out.get(v) ?? [];
      list.push(r);
      out.set(v, list);
    }
    return out;
  };
  const clean = (r: Json): Json => {
    const { __row: _row, ...rest } = r;
    return rest;
  };
  const serviceAttributes = new Map<string, Json[]>();
  for (const a of rowsOf('attribute')) {
    const at = (c: string): PackagePlace => ({
      file: fileOf('attribute'),
      row: a.__row as number,
      column: c,
    });
    // Attributes of other entities (organizations, locations …) are not the directory's.
    if (a.link_entity !== 'service') continue;
    const term = terms.get(a.taxonomy_term_id as string);
    if (!term) {
      problems.add(at('taxonomy_term_id'), 'unknown-reference', { table: fileOf('taxonomy_term') });
      continue;
    }
    if (!services.has(a.link_id as string)) {
      problems.add(at('link_id'), 'unknown-reference', { table: fileOf('service') });
      continue;
    }
    const list = serviceAttributes.get(a.link_id as string) ?? [];
    list.push({ ...clean(a), taxonomy_term: clean(term) });
    serviceAttributes.set(a.link_id as string, list);
  }
  const schedules = group('schedule', 'service_id', services, 'service');
  const languages = group('language', 'service_id', services, 'service');
  const areas = group('service_area', 'service_id', services, 'service');
  const serviceContacts = group('contact', 'service_id', services, 'service');
  const phones = group('phone', 'contact_id', contacts, 'contact');
  const sals = group('service_at_location', 'service_id', services, 'service', false);
  group('service_at_location', 'location_id', locations, 'location', false);
  const addresses = group('address', 'location_id', locations, 'location');
  const accessibility = group('accessibility', 'location_id', locations, 'location');

  const origins: ServiceOrigin[] = [];
  const contents = rowsOf('service').map((s) => {
    const id = s.id as string;
    const origin: ServiceOrigin = {
      file: fileOf('service'),
      row: s.__row as number,
      locations: [],
      contacts: [],
    };
    origins.push(origin);
    const withLocations = (sals.get(id) ?? []).flatMap((sal) => {
      const l = locations.get(sal.location_id as string);
      if (!l) return [];
      origin.locations.push({ file: fileOf('location'), row: l.__row as number });
      const lid = l.id as string;
      return [
        {
          ...clean(sal),
          location: {
            ...clean(l),
            addresses: (addresses.get(lid) ?? []).map(clean),
            accessibility: (accessibility.get(lid) ?? []).map(clean),
          },
        },
      ];
    });
    const withPhones = (serviceContacts.get(id) ?? []).map((c) => {
      origin.contacts.push({ file: fileOf('contact'), row: c.__row as number });
      return { ...clean(c), phones: (phones.get(c.id as string) ?? []).map(clean) };
    });
    return {
      ...clean(s),
      attributes: serviceAttributes.get(id) ?? [],
      schedules: (schedules.get(id) ?? []).map(clean),
      languages: (languages.get(id) ?? []).map(clean),
      service_areas: (areas.get(id) ?? []).map(clean),
      contacts: withPhones,
      service_at_locations: withLocations,
    };
  });
  return { page: { contents }, origins };
}

/** camelCase field of the import's validation → the HSDS column it came from. */
const COLUMN_OF: Readonly<Record<string, string>> = {
  adminPcode: 'external_identifier',
  address1: 'address_1',
  phone: 'phones',
  coveragePcodes: 'service_areas',
  serviceType: 'attributes',
  referralMethod: 'attributes',
  referralNextStep: 'attributes',
  referralResponseDelay: 'attributes',
  feedbackMechanism: 'attributes',
  feedbackDelay: 'attributes',
  populationServed: 'attributes',
};
const snake = (field: string) => COLUMN_OF[field] ?? field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * A problem path of the import's validation (`contents[3].minimumAge`,
 * `contents[0].locations[1].latitude`, `contents[2].service_at_locations[0].location.latitude`)
 * as the file, row and column of the package it came from.
 */
export function packagePath(path: string, origins: readonly ServiceOrigin[]): string {
  const place = packagePlace(path, origins);
  return place ? placePath(place) : path;
}

/** The file, row and column of a validation problem's path; undefined when it names none. */
export function packagePlace(path: string, origins: readonly ServiceOrigin[]): PackagePlace | undefined {
  const m =
    /^contents\[(\d+)\](?:\.(locations|contacts|service_at_locations)\[(\d+)\](?:\.location)?)?(?:\.([A-Za-z_0-9]+))?/.exec(
      path,
    );
  const origin = m ? origins[Number(m[1])] : undefined;
  if (!m || !origin) return undefined;
  const list = m[2] === 'contacts' ? origin.contacts : m[2] ? origin.locations : null;
  const at = list ? list[Number(m[3])] : origin;
  if (!at) return undefined;
  return { file: at.file, row: at.row, ...(m[4] ? { column: snake(m[4]) } : {}) };
}

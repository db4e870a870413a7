/**
 * HSDS 3.0 tabular data package (pure): the JSON export (toHsdsPage) flattened into one table
 * per HSDS resource, columns named and ordered as the upstream datapackage.json, and written as
 * a ZIP of `datapackage.json` + one CSV per resource (every resource, header only when empty).
 * Built from the JSON export, so the package shows exactly what the JSON export shows (same
 * ISP decision, same public/partner-only contacts). Every text cell is guarded against formula
 * injection (writeCsvRows); sub-objects shared by several services (an organization, a
 * location, a taxonomy term) are written once.
 */
import { writeCsvRows } from '@steward/core/sdc/io/csv';
import { writeZipStored } from '@steward/core/sdc/io/zip';
import { HSDS_DATAPACKAGE } from './hsds-datapackage';

type Json = Record<string, unknown>;
export type HsdsTables = Map<string, Json[]>;

const arr = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter((x): x is Json => typeof x === 'object' && x !== null) : [];
const obj = (v: unknown): Json | null =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null;

/** The rows of every HSDS resource held by an export page (`contents` = services). */
export function hsdsTables(page: Json): HsdsTables {
  const tables: HsdsTables = new Map(HSDS_DATAPACKAGE.resources.map((r) => [r.name, []]));
  const seen = new Map<string, Set<string>>();
  const add = (table: string, row: Json | null, extra: Json = {}) => {
    if (!row) return;
    const id = typeof row.id === 'string' ? row.id : null;
    if (id) {
      const ids = seen.get(table) ?? new Set<string>();
      seen.set(table, ids);
      if (ids.has(id)) return;
      ids.add(id);
    }
    tables.get(table)?.push({ ...extra, ...row });
  };
  for (const s of arr(page.contents)) {
    add('organization', obj(s.organization));
    add('service', s);
    for (const a of arr(s.attributes)) {
      add('attribute', a);
      add('taxonomy_term', obj(a.taxonomy_term));
    }
    for (const r of arr(s.schedules)) add('schedule', r, { service_id: s.id });
    for (const l of arr(s.languages)) add('language', l, { service_id: s.id });
    for (const a of arr(s.service_areas)) add('service_area', a, { service_id: s.id });
    for (const c of arr(s.contacts)) {
      add('contact', c, { service_id: s.id });
      for (const p of arr(c.phones)) add('phone', p, { contact_id: c.id });
    }
    for (const sal of arr(s.service_at_locations)) {
      add('service_at_location', sal, { service_id: s.id });
      const l = obj(sal.location);
      add('location', l);
      for (const a of arr(l?.addresses)) add('address', a, { location_id: l?.id });
      for (const a of arr(l?.accessibility)) add('accessibility', a, { location_id: l?.id });
    }
  }
  return tables;
}

/** A JSON value as a CSV cell: text as is, numbers and booleans as JSON writes them, absent empty. */
function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** Each resource's CSV text (header = upstream field names, in order), by resource path. */
export function hsdsCsvFiles(page: Json): { path: string; name: string; csv: string; rows: number }[] {
  const tables = hsdsTables(page);
  return HSDS_DATAPACKAGE.resources.map((r) => {
    const names = r.schema.fields.map((f) => f.name);
    const rows = tables.get(r.name) ?? [];
    const csv = writeCsvRows([names, ...rows.map((row) => names.map((n) => cell(row[n])))]);
    return { path: r.path, name: r.name, csv, rows: rows.length };
  });
}

/** The tabular data package as ZIP bytes: datapackage.json first, then one CSV per resource. */
export function hsdsCsvPackage(page: Json): Uint8Array {
  const enc = new TextEncoder();
  return writeZipStored([
    { name: 'datapackage.json', data: enc.encode(`${JSON.stringify(HSDS_DATAPACKAGE, null, 2)}\n`) },
    ...hsdsCsvFiles(page).map((f) => ({ name: f.path, data: enc.encode(f.csv) })),
  ]);
}

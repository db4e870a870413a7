/**
 * Generalisation hierarchies in ARX's CSV layout: one row per original value, `;`-separated, no
 * header; column 0 is the original value and column j its generalisation at level j.
 */
import { fail, ok, type MethodResult } from './result';

export interface Hierarchy {
  /** rows[r][j]: value of original value r at level j (rows[r][0] is the original value). */
  readonly rows: readonly (readonly string[])[];
  /** Number of levels including level 0 (ARX's "height"). */
  readonly height: number;
}

/** Parses ARX's hierarchy CSV. `name` is used in error messages (e.g. the file or column). */
export function parseHierarchyCsv(
  text: string,
  name = 'hierarchy',
  delimiter = ';',
): MethodResult<Hierarchy> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const rows: string[][] = [];
  let height = -1;
  const seen = new Set<string>();
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    if (line.trim() === '') continue;
    const cells = line.split(delimiter).map(unquote);
    if (height < 0) height = cells.length;
    if (cells.length !== height) {
      return fail(name, `line ${l + 1} has ${cells.length} levels, expected ${height} like line 1`);
    }
    if (seen.has(cells[0]!)) return fail(name, `line ${l + 1}: value "${cells[0]}" appears twice`);
    seen.add(cells[0]!);
    rows.push(cells);
  }
  if (rows.length === 0) return fail(name, 'the hierarchy is empty');
  return ok({ rows, height });
}

/** Builds a hierarchy from rows given inline (JSON treatments). */
export function hierarchyFromRows(
  rows: readonly (readonly string[])[],
  name = 'hierarchy',
): MethodResult<Hierarchy> {
  if (rows.length === 0) return fail(name, 'the hierarchy is empty');
  const height = rows[0]!.length;
  const seen = new Set<string>();
  for (let r = 0; r < rows.length; r++) {
    if (rows[r]!.length !== height)
      return fail(name, `row ${r + 1} has ${rows[r]!.length} levels, expected ${height}`);
    if (seen.has(rows[r]![0]!)) return fail(name, `row ${r + 1}: value "${rows[r]![0]}" appears twice`);
    seen.add(rows[r]![0]!);
  }
  return ok({ rows, height });
}

function unquote(s: string): string {
  const t = s;
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : t;
}

/**
 * `steward table FILE --rows A[,B] --cols C[,D] [--value V] [--weight W] --rule 'freq(3)' … -o table.csv`:
 * builds a frequency (or, with --value, magnitude) table with totals from microdata, applies the
 * primary rules, adds secondary suppressions so that no suppressed cell can be recomputed from the
 * published margins (hypercube heuristic, proven by the LP audit or a certificate), and writes a
 * CSV with one row per cell: codes, freq, value (or the marker), status (s/u/x/z) and the reason.
 * The table is refused (nothing written) when the pattern cannot be proven safe. No database.
 * `--missing`/`--missing-in` name the file's missing-value codes: a row whose table variable holds
 * one is refused with its row number instead of being counted as a category called "NA".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildTable,
  parseRule,
  primarySuppression,
  protectTable,
  renderTableRows,
  type DimensionSpec,
  type HierarchyEdge,
  type PrimaryRule,
} from '@steward/core/sdc/tables/index';
import { writeCsvRows } from '@steward/core/sdc/io/index';
import { CliError, defineCommand } from '../framework';
import { outputPath, writeAllOrNothing } from '../sdc/atomic-write';
import { inputPath, listFlag, loadDataFile, requireColumns } from '../sdc/load';
import { applyMissing, missingFlagSpecs, missingFromFlags } from '../sdc/missing';
import { createProgress } from '../sdc/progress';

export const tableCommand = defineCommand({
  name: 'table',
  summary: 'Build a frequency or magnitude table and protect it (primary and secondary suppression)',
  description:
    'Tabulate microdata by the --rows and --cols variables with all totals, flag sensitive cells with the --rule(s), add secondary suppressions so no suppressed cell can be recomputed from the published cells, and write the protected table as CSV (one row per cell with its status and the reason). Rules: freq(n) (Handbook: unsafe if count < n), freq-le(n) (sdcTable: count ≤ n), nk(n,k), p(p), pq(p,q). Nothing is written if the table cannot be proven safe.',
  positionals: [
    { name: 'file', description: 'The microdata file (.csv, .tsv, .txt or .xlsx)', required: true },
  ],
  flags: {
    rows: { type: 'string', valueName: 'A,B', description: 'Row variables, comma-separated', required: true },
    cols: { type: 'string', valueName: 'C,D', description: 'Column variables, comma-separated' },
    value: {
      type: 'string',
      valueName: 'COLUMN',
      description: 'Numeric variable to sum (a magnitude table)',
    },
    weight: { type: 'string', valueName: 'COLUMN', description: 'Sampling-weight column' },
    rule: {
      type: 'string',
      valueName: 'RULE',
      description: "Primary rule, e.g. 'freq(3)', 'nk(2,75)', 'p(70)'",
      multiple: true,
    },
    hierarchy: {
      type: 'string',
      valueName: 'VAR=FILE',
      description:
        'Hierarchy of a variable: a CSV of "code,parent" lines (parent = the total or another code)',
      multiple: true,
    },
    total: { type: 'string', valueName: 'LABEL', description: 'Code of the totals (default "Total")' },
    method: {
      type: 'string',
      valueName: 'hypercube|lp',
      description: 'Secondary suppression method (default hypercube)',
    },
    marker: {
      type: 'string',
      valueName: 'TEXT',
      description: 'Text written for a suppressed value (default "x")',
    },
    output: {
      short: 'o',
      type: 'string',
      valueName: 'FILE',
      description: 'Output CSV file',
      required: true,
    },
    ...missingFlagSpecs,
  },
  examples: [
    "steward table incidents.csv --rows admin1,admin2 --cols sex --rule 'freq(3)' -o table.csv",
    "steward table survey.csv --rows region --cols gender --value income --rule 'nk(2,75)' --rule 'freq-le(2)' -o income.csv",
    "steward table from-r.csv --rows region --cols sex --missing NA --rule 'freq(3)' -o table.csv",
  ],
  async run({ flags, positionals, io }) {
    const file = positionals[0]!;
    inputPath(io.cwd, file);
    const out = outputPath(io.cwd, flags.output, '-o');
    if (flags.rule.length === 0) throw new CliError(`give at least one --rule, e.g. --rule 'freq(3)'`, 2);
    const rules: PrimaryRule[] = [];
    for (const text of flags.rule) {
      const parsed = parseRule(text);
      if (!parsed.ok) throw new CliError(parsed.error, 2);
      rules.push(parsed.value);
    }
    const method = flags.method ?? 'hypercube';
    if (method !== 'hypercube' && method !== 'lp') {
      throw new CliError(`flag --method must be "hypercube" or "lp" (got "${method}")`, 2);
    }
    const variables = [...listFlag(flags.rows, 'rows'), ...(flags.cols ? listFlag(flags.cols, 'cols') : [])];
    const total = flags.total ?? 'Total';
    const hierarchies = new Map<string, HierarchyEdge[]>();
    for (const spec of flags.hierarchy) {
      const eq = spec.indexOf('=');
      if (eq <= 0) throw new CliError(`flag --hierarchy must be VAR=FILE (got "${spec}")`, 2);
      const variable = spec.slice(0, eq);
      if (!variables.includes(variable)) {
        throw new CliError(
          `--hierarchy names "${variable}", which is not one of --rows/--cols (${variables.join(', ')})`,
          2,
        );
      }
      hierarchies.set(variable, readHierarchy(resolve(io.cwd, spec.slice(eq + 1)), spec.slice(eq + 1)));
    }

    const missing = missingFromFlags(flags.missing, flags['missing-in']);

    const progress = createProgress(io);
    const loaded = await loadDataFile(io.cwd, file, progress);
    const name = loaded.name;
    const dataset = applyMissing(loaded.dataset, name, missing).dataset;
    requireColumns(dataset, name, [
      ...variables,
      ...(flags.value ? [flags.value] : []),
      ...(flags.weight ? [flags.weight] : []),
    ]);
    const dimensions: DimensionSpec[] = variables.map((variable) => ({
      variable,
      total,
      ...(hierarchies.has(variable) ? { hierarchy: hierarchies.get(variable)! } : {}),
    }));
    const built = buildTable(dataset, {
      dimensions,
      ...(flags.value ? { value: flags.value } : {}),
      ...(flags.weight ? { weight: flags.weight } : {}),
    });
    if (!built.ok) throw new CliError(`${name}: ${built.error}`);
    const primary = primarySuppression(built.value, rules);
    if (!primary.ok) throw new CliError(primary.error, 2);
    progress.step('protecting the table');
    const protectedTable = protectTable(built.value, primary.value, { method });
    progress.done();
    const rows = renderTableRows(protectedTable, { marker: flags.marker ?? 'x' });
    if (!rows.ok) throw new CliError(`${name}: ${rows.error}`);
    writeAllOrNothing([
      { path: out, content: writeCsvRows(rows.value, { newline: '\n', quoteEdgeSpace: true }) },
    ]);
    io.stdout(
      `Table of ${name}: ${protectedTable.table.cellCount} cells, ${protectedTable.primaryCount} primary and ` +
        `${protectedTable.secondaryCount} secondary suppressions; pattern audited safe. Written to ${flags.output}\n`,
    );
    return 0;
  },
});

/** A hierarchy file: lines "code,parent" (an optional header "code,parent" is skipped). */
function readHierarchy(path: string, label: string): HierarchyEdge[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`hierarchy file not found: "${label}"`);
  }
  const edges: HierarchyEdge[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const parts = line.split(/[,;\t]/).map((s) => s.trim().replace(/^"(.*)"$/, '$1'));
    if (i === 0 && parts[0]?.toLowerCase() === 'code' && parts[1]?.toLowerCase() === 'parent') continue;
    if (parts.length !== 2 || parts[0] === '' || parts[1] === '') {
      throw new CliError(`hierarchy "${label}" line ${i + 1}: expected "code,parent"`);
    }
    edges.push({ code: parts[0]!, parent: parts[1]! });
  }
  if (edges.length === 0) throw new CliError(`hierarchy "${label}" is empty`);
  return edges;
}

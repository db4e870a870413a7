/**
 * `steward check FILE --keys a,b,c [--weight w] [--household h] [--sensitive s] [--alpha 1]
 * [--missing NA,.] [--missing-in age=-99] [--json]`:
 * the disclosure-risk report of a microdata file. No database is opened.
 *
 * `--json` prints one JSON object (core `checkReport`): records, keys, classes, sampleUniques,
 * violations {"2","3","5"}, weightedViolations (with --weight), globalRisk, expectedReidentifications,
 * highRiskRecords, findings, missing {applied, perKey, proposals}, and householdRisk / lDiversity
 * when asked for.
 */
import { checkReport, type CheckReport } from '@steward/core/sdc/risk/index';
import { CliError, defineCommand } from '../framework';
import { formatTable } from '../output';
import { listFlag, loadDataFile, requireColumns } from '../sdc/load';
import { missingFlagSpecs, missingFromFlags } from '../sdc/missing';
import { createProgress } from '../sdc/progress';
import { phase } from '../sdc/timings';

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'Disclosure-risk report of a CSV/XLSX file (k-anonymity, re-identification risk)',
  description:
    'Measure the re-identification risk of a microdata file: equivalence classes, sample uniques, k-anonymity violations for k = 2, 3, 5, individual and global risk (sdcMicro definitions; survey-weighted with --weight), and which columns look identifying. Reads the file locally; no database is used.',
  positionals: [{ name: 'file', description: 'The data file (.csv, .tsv, .txt or .xlsx)', required: true }],
  flags: {
    keys: {
      type: 'string',
      valueName: 'A,B,C',
      description: 'Key variables (quasi-identifiers), comma-separated',
      required: true,
    },
    weight: {
      type: 'string',
      valueName: 'COLUMN',
      description: 'Sampling-weight column (survey risk, weighted violations)',
    },
    household: { type: 'string', valueName: 'COLUMN', description: 'Household-id column (household risk)' },
    sensitive: {
      type: 'string',
      valueName: 'A,B',
      description: 'Sensitive columns, comma-separated (l-diversity)',
    },
    alpha: {
      type: 'string',
      valueName: 'X',
      description: 'Weight of a match through a missing key value, 0–1 (default 1)',
    },
    k: {
      type: 'string',
      valueName: 'K,K',
      description: 'k values to count violations for (default 2,3,5; each ≥ 2)',
    },
    ...missingFlagSpecs,
    json: { type: 'boolean', description: 'Print one JSON object instead of the table' },
  },
  examples: [
    'steward check survey.csv --keys region,sex,age,marital_status --weight weight',
    'steward check survey.xlsx --keys region,sex,age --json',
    'steward check from-r.csv --keys region,sex,age --missing NA',
    'steward check survey.csv --keys region,sex,age --missing NA,. --missing-in age=-99,999',
  ],
  async run({ flags, positionals, io }) {
    const file = positionals[0]!;
    const keys = listFlag(flags.keys, 'keys');
    const sensitive = flags.sensitive ? listFlag(flags.sensitive, 'sensitive') : undefined;
    const alpha = flags.alpha === undefined ? 1 : Number(flags.alpha);
    if (flags.alpha !== undefined && (flags.alpha.trim() === '' || !(alpha >= 0 && alpha <= 1))) {
      throw new CliError(`flag --alpha must be a number between 0 and 1 (got "${flags.alpha}")`, 2);
    }
    const ks = flags.k === undefined ? [2, 3, 5] : listFlag(flags.k, 'k').map(Number);
    const badK = ks.findIndex((k) => !Number.isInteger(k) || k < 2);
    if (badK >= 0)
      throw new CliError(`flag --k: every k must be a whole number of at least 2 (got "${flags.k}")`, 2);

    const missing = missingFromFlags(flags.missing, flags['missing-in']);

    const progress = createProgress(io);
    phase('start (process start to reading)', 0);
    const t0 = performance.now();
    const { dataset, name } = await loadDataFile(io.cwd, file, progress);
    phase('read', t0);
    const t1 = performance.now();
    requireColumns(dataset, name, [
      ...keys,
      ...(flags.weight ? [flags.weight] : []),
      ...(flags.household ? [flags.household] : []),
      ...(sensitive ?? []),
    ]);
    const result = checkReport(dataset, {
      keys,
      ...(flags.weight ? { weight: flags.weight } : {}),
      ...(flags.household ? { household: flags.household } : {}),
      ...(sensitive ? { sensitive } : {}),
      alpha,
      ks,
      ...(missing ? { missing } : {}),
    });
    if (!result.ok) throw new CliError(`${name}: ${result.error.message}`);
    phase('risk report', t1);
    const t2 = performance.now();
    io.stdout(flags.json ? JSON.stringify(result.report) + '\n' : formatReport(name, result.report));
    phase('output', t2);
    return 0;
  },
});

function num(v: number, digits = 6): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(digits);
}

/** The human-readable report (English; the web page has the translated one). */
export function formatReport(file: string, r: CheckReport): string {
  const pct = (count: number) => `${((100 * count) / Math.max(1, r.records)).toFixed(1)} %`;
  const rows: string[][] = [
    ['Records', num(r.records), ''],
    ['Key variables', r.keys.join(', '), ''],
    ['Equivalence classes', num(r.classes), ''],
    ['Sample uniques (fk = 1)', num(r.sampleUniques), pct(r.sampleUniques)],
  ];
  for (const [k, v] of Object.entries(r.violations))
    rows.push([`Records violating ${k}-anonymity (fk < ${k})`, num(v), pct(v)]);
  for (const [k, v] of Object.entries(r.weightedViolations ?? {})) {
    rows.push([`Records with weighted Fk < ${k}`, num(v), pct(v)]);
  }
  rows.push(
    [
      r.weight ? `Global risk (survey-weighted, "${r.weight}")` : 'Global risk (mean of 1/fk)',
      num(r.globalRisk),
      `${(100 * r.globalRisk).toFixed(2)} %`,
    ],
    ['Expected re-identifications', num(r.expectedReidentifications, 2), ''],
    [
      // The cut is relative (median + 3·MAD, at least 10 %): name it, or 0 reads as "safe".
      `High-risk records (risk > ${(100 * r.highRiskThreshold).toFixed(2)} %, median + 3·MAD)`,
      num(r.highRiskRecords),
      pct(r.highRiskRecords),
    ],
  );
  if (r.householdRisk) {
    rows.push(
      [
        `Household risk ("${r.householdRisk.household}", ${r.householdRisk.households} households)`,
        num(r.householdRisk.risk),
        '',
      ],
      ['Expected re-identifications (households)', num(r.householdRisk.expectedReidentifications, 2), ''],
    );
  }
  for (const l of r.lDiversity ?? []) {
    rows.push([
      `l-diversity of "${l.sensitive}" (distinct, smallest class)`,
      num(l.distinct),
      `${num(l.recordsWithDistinctBelow2)} records with l < 2`,
    ]);
  }
  const applied = r.missing.applied;
  if (applied) {
    const codes = [
      ...applied.all,
      ...Object.entries(applied.columns).flatMap(([c, l]) => l.map((code) => `${code} (${c})`)),
    ];
    rows.push([`Cells read as missing (codes ${codes.join(', ')})`, num(applied.total), '']);
  }
  for (const key of r.keys) {
    const n = r.missing.perKey[key] ?? 0;
    if (n > 0) rows.push([`Missing values in "${key}" (wildcards)`, num(n), pct(n)]);
  }
  let out = `Disclosure report for ${file}\n\n` + formatTable(['MEASURE', 'VALUE', ''], rows);
  const keyProposals = r.missing.proposals
    .map((p) => ({ ...p, columns: p.columns.filter((c) => r.keys.includes(c.column)) }))
    .filter((p) => p.columns.length > 0);
  if (keyProposals.length > 0) {
    out +=
      '\nKey values that look like missing-value codes (read as categories; to treat them as missing, ' +
      `add --missing ${keyProposals.map((p) => p.code).join(',')}):\n\n` +
      formatTable(
        ['CODE', 'CELLS', 'COLUMNS'],
        keyProposals.map((p) => [
          p.code,
          num(p.columns.reduce((s, c) => s + c.cells, 0)),
          p.columns.map((c) => `${c.column} (${num(c.cells)})`).join(', '),
        ]),
      );
  }
  const flagged = r.findings.filter((f) => f.role === 'direct-identifier' || f.role === 'key');
  if (flagged.length > 0) {
    out +=
      '\nColumns that look identifying:\n\n' +
      formatTable(
        ['COLUMN', 'FINDING', 'PROPOSED ROLE', 'CONFIDENCE', 'REASON'],
        flagged.map((f) => [f.column, f.kind, f.role, f.confidence.toFixed(2), f.reason]),
      );
  }
  return out;
}

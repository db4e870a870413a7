/**
 * `steward anonymise FILE --config treatment.json -o OUT.csv [--report report.html]`: applies a
 * treatment (core `applyTreatment`: removal of identifiers, recoding, top/bottom coding,
 * generalisation, microaggregation, PRAM, coordinates, local suppression) and writes the protected
 * file and, optionally, a self-contained HTML report with the risk before and after and the
 * information loss. Both outputs are written only when everything succeeded. No database.
 *
 * The config is the core's `Treatment` JSON; it may also hold `keys` and `weight` (for the risk
 * comparison; default: the local-suppression or generalisation keys) and `seed`. A generalisation
 * hierarchy given as a string ending in ".csv" is read from that file (relative to the config).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import type { Dataset } from '@steward/core/sdc/dataset';
import { writeCsv, writeXlsx } from '@steward/core/sdc/io/index';
import { applyTreatment, type Treatment } from '@steward/core/sdc/methods/index';
import { checkReport, type CheckReport } from '@steward/core/sdc/risk/index';
import { CliError, defineCommand } from '../framework';
import { outputPath, writeAllOrNothing, type PendingOutput } from '../sdc/atomic-write';
import { inputPath, listFlag, loadDataFile, requireColumns } from '../sdc/load';
import { applyMissing, mergeMissing, missingFlagSpecs, missingFromFlags } from '../sdc/missing';
import { createProgress } from '../sdc/progress';
import { renderReportHtml } from '../sdc/report-html';

const STEPS = [
  'removeIdentifiers',
  'recode',
  'topBottom',
  'generalisation',
  'microaggregation',
  'pram',
  'coordinates',
  'localSuppression',
] as const;
const META = ['keys', 'weight', 'seed', 'missing', '$schema', 'description'] as const;

export const anonymiseCommand = defineCommand({
  name: 'anonymise',
  summary: 'Apply a treatment (suppression, recoding, generalisation, PRAM…) and write the protected file',
  description:
    'Protect a microdata file with the steps of a treatment JSON file (removeIdentifiers, recode, topBottom, generalisation, microaggregation, pram, coordinates, localSuppression), then write the protected file (.csv or .xlsx, by the extension of -o) and optionally a self-contained HTML report with the re-identification risk before and after and the information loss. Randomised steps use --seed (or "seed" in the config), so a run can be repeated exactly. Local suppression\'s "mode" is "strict-importance" (default with "importance": a more important key is blanked only when no combination of less important keys reaches k) or "minimum" (fewest suppressions); the summary gives the suppressions per key. Missing-value codes ("missing" in the config, --missing, --missing-in) are read as missing before any step. Nothing is written if any step fails.',
  positionals: [{ name: 'file', description: 'The data file (.csv, .tsv, .txt or .xlsx)', required: true }],
  flags: {
    config: { type: 'string', valueName: 'FILE', description: 'Treatment JSON file', required: true },
    output: {
      short: 'o',
      type: 'string',
      valueName: 'FILE',
      description: 'Protected output file (.csv or .xlsx)',
      required: true,
    },
    report: {
      type: 'string',
      valueName: 'FILE',
      description: 'Write an HTML report (risk before/after, information loss)',
    },
    keys: {
      type: 'string',
      valueName: 'A,B,C',
      description: 'Key variables for the risk comparison (default: from the config)',
    },
    weight: {
      type: 'string',
      valueName: 'COLUMN',
      description: 'Sampling-weight column for the risk comparison',
    },
    seed: {
      type: 'integer',
      description: 'Seed of the randomised steps (default: the config\'s "seed", else 1)',
    },
    ...missingFlagSpecs,
  },
  examples: [
    'steward anonymise survey.csv --config treatment.json -o survey-safe.csv --report report.html',
    'steward anonymise from-r.csv --config treatment.json -o safe.csv --missing NA --missing-in age=-99',
  ],
  async run({ flags, positionals, io }) {
    const file = positionals[0]!;
    inputPath(io.cwd, file);
    const out = outputPath(io.cwd, flags.output, '-o');
    const ext = extname(out).toLowerCase();
    if (ext !== '.csv' && ext !== '.xlsx')
      throw new CliError(`-o "${flags.output}": the output must end in .csv or .xlsx`, 2);
    const reportPath = flags.report === undefined ? null : outputPath(io.cwd, flags.report, '--report');
    const config = readConfig(io.cwd, flags.config);
    const { meta, configName } = config;
    // --missing adds to the config's "missing" codes; both are applied before any step.
    const missing = mergeMissing(
      config.treatment.missing,
      missingFromFlags(flags.missing, flags['missing-in']),
    );
    const treatment: Treatment = { ...config.treatment, ...(missing ? { missing } : {}) };
    const seed = flags.seed ?? meta.seed ?? 1;

    const progress = createProgress(io);
    const { dataset, name } = await loadDataFile(io.cwd, file, progress);
    // The risk before treatment is measured with the missing-value codes applied.
    const coded = applyMissing(dataset, name, missing).dataset;
    const keys = flags.keys
      ? listFlag(flags.keys, 'keys')
      : (meta.keys ?? treatment.localSuppression?.keys ?? treatment.generalisation?.keys ?? []);
    const weight = flags.weight ?? meta.weight;
    requireColumns(dataset, name, [...keys, ...(weight ? [weight] : [])]);

    const before = keys.length > 0 ? measure(coded, name, keys, weight, 'before treatment') : null;
    let result;
    try {
      result = applyTreatment(dataset, treatment, {
        seed,
        onProgress: (p) => {
          progress.step(`treating: ${p.step}`);
          progress.update(p.index / Math.max(1, p.total));
        },
      });
    } catch (error) {
      progress.done();
      const message = error instanceof Error ? error.message : String(error);
      throw new CliError(`config "${configName}": the treatment is malformed (${message})`);
    }
    progress.done();
    if (!result.ok)
      throw new CliError(`config "${configName}": ${result.error.field}: ${result.error.message}`);
    const treated = result.value.dataset;
    const keptKeys = keys.filter((k) => treated.columns.some((c) => c.name === k));
    const keptWeight = weight && treated.columns.some((c) => c.name === weight) ? weight : undefined;
    const after =
      before && keptKeys.length === keys.length
        ? measure(treated, name, keptKeys, keptWeight, 'after treatment')
        : null;

    const outputs: PendingOutput[] = [
      { path: out, content: ext === '.xlsx' ? writeXlsx(treated) : writeCsv(treated, { newline: '\n' }) },
    ];
    if (reportPath) {
      outputs.push({
        path: reportPath,
        content: renderReportHtml({
          input: name,
          output: basename(out),
          config: configName,
          seed,
          generatedAt: new Date().toISOString(),
          before,
          after,
          ...(before && after
            ? {}
            : {
                riskNote: 'No risk comparison: give the key variables with --keys or "keys" in the config.',
              }),
          steps: result.value.steps,
          loss: result.value.loss,
        }),
      });
    }
    writeAllOrNothing(outputs);
    const loss = result.value.loss;
    io.stdout(
      `Protected ${name}: ${result.value.steps.length} step(s), ${loss.totalSuppressions} value(s) suppressed, ` +
        `${(100 * loss.changedShare).toFixed(2)} % of values changed` +
        (before && after
          ? `; global risk ${before.globalRisk.toFixed(6)} → ${after.globalRisk.toFixed(6)}`
          : '') +
        `. Written to ${flags.output}${flags.report ? ` and ${flags.report}` : ''}\n`,
    );
    return 0;
  },
});

function measure(
  dataset: Dataset,
  name: string,
  keys: readonly string[],
  weight: string | undefined,
  when: string,
): CheckReport {
  const r = checkReport(dataset, { keys, ...(weight ? { weight } : {}) });
  if (!r.ok) throw new CliError(`${name} (${when}): ${r.error.message}`);
  return r.report;
}

interface Meta {
  keys?: string[];
  weight?: string;
  seed?: number;
}

function readConfig(cwd: string, file: string): { treatment: Treatment; meta: Meta; configName: string } {
  const path = resolve(cwd, file);
  const configName = basename(path);
  if (!existsSync(path)) throw new CliError(`config file not found: "${file}"`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(
      `config "${configName}" is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CliError(
      `config "${configName}" must be a JSON object with treatment steps (${STEPS.join(', ')})`,
    );
  }
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (!(STEPS as readonly string[]).includes(key) && !(META as readonly string[]).includes(key)) {
      throw new CliError(
        `config "${configName}": unknown field "${key}"; expected ${[...STEPS, 'keys', 'weight', 'seed', 'missing'].join(', ')}`,
      );
    }
  }
  if (!STEPS.some((s) => obj[s] !== undefined)) {
    throw new CliError(`config "${configName}" has no treatment step; expected one of ${STEPS.join(', ')}`);
  }
  const meta: Meta = {};
  if (obj.keys !== undefined) {
    if (!Array.isArray(obj.keys) || !obj.keys.every((k) => typeof k === 'string')) {
      throw new CliError(`config "${configName}": "keys" must be a list of column names`);
    }
    meta.keys = obj.keys as string[];
  }
  if (obj.weight !== undefined) {
    if (typeof obj.weight !== 'string')
      throw new CliError(`config "${configName}": "weight" must be a column name`);
    meta.weight = obj.weight;
  }
  if (obj.seed !== undefined) {
    if (typeof obj.seed !== 'number' || !Number.isInteger(obj.seed))
      throw new CliError(`config "${configName}": "seed" must be a whole number`);
    meta.seed = obj.seed;
  }
  const ls = obj.localSuppression as { k?: unknown } | undefined;
  if (ls && typeof ls === 'object' && (typeof ls.k !== 'number' || !Number.isInteger(ls.k) || ls.k < 2)) {
    throw new CliError(
      `config "${configName}": localSuppression.k must be a whole number of at least 2 (got ${JSON.stringify(ls.k)})`,
    );
  }
  // Hierarchy files named in the config are read relative to it.
  const gen = obj.generalisation as { hierarchies?: Record<string, unknown> } | undefined;
  if (gen && typeof gen === 'object' && gen.hierarchies && typeof gen.hierarchies === 'object') {
    for (const [key, value] of Object.entries(gen.hierarchies)) {
      if (typeof value === 'string' && /\.csv$/i.test(value.trim())) {
        const p = resolve(dirname(path), value.trim());
        if (!existsSync(p))
          throw new CliError(`config "${configName}": hierarchy file of "${key}" not found: "${value}"`);
        gen.hierarchies[key] = readFileSync(p, 'utf8');
      }
    }
  }
  const treatment: Record<string, unknown> = {};
  for (const s of STEPS) if (obj[s] !== undefined) treatment[s] = obj[s];
  if (obj.missing !== undefined) {
    if (typeof obj.missing !== 'object' || obj.missing === null || Array.isArray(obj.missing)) {
      throw new CliError(
        `config "${configName}": "missing" must be an object like {"all": ["NA", "."], "columns": {"age": ["-99"]}}`,
      );
    }
    treatment.missing = obj.missing;
  }
  return { treatment: treatment as Treatment, meta, configName };
}

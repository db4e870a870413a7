/**
 * `steward report template|import|table`: partner reporting (issue 10), clients of a running
 * server (--server/--token or STEWARD_SERVER/STEWARD_TOKEN). The contracts are exact (issue 10):
 * tests and other tools script against them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CliError, defineCommand } from '../framework';
import { connect, REMOTE_FLAGS, RemoteError } from '../remote/client';

const FRAMEWORK = {
  type: 'string',
  required: true,
  valueName: 'CODE',
  description: 'The framework code, e.g. 5w',
} as const;
const PERIOD = {
  type: 'string',
  required: true,
  valueName: 'YYYY-MM',
  description: 'The month reported',
} as const;

function checkPeriod(period: string): void {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
    throw new CliError(`--period: "${period}" is not a month; write YYYY-MM`);
}

/** Problems printed at most; the rest are counted. */
export const MAX_PROBLEM_LINES = 50;

export const reportTemplateCommand = defineCommand({
  name: 'report template',
  summary: "Write a framework's HXL-tagged upload template (CSV or XLSX)",
  description:
    'Writes the upload template of a reporting framework: a header row, then a hashtag row (#org, #activity, #adm1+code, #adm2+code, #date, one #reached/#targeted column per disaggregation). With --example, plausible rows for your organisation (some small numbers).',
  flags: {
    ...REMOTE_FLAGS,
    framework: FRAMEWORK,
    period: PERIOD,
    example: { type: 'boolean', description: 'Fill the template with example rows for your organisation' },
    output: {
      type: 'string',
      short: 'o',
      required: true,
      valueName: 'FILE',
      description: 'FILE.csv or FILE.xlsx',
    },
  },
  examples: ['steward report template --framework 5w --period 2026-10 --example -o 5w.csv'],
  async run({ flags, io }) {
    checkPeriod(flags.period);
    const out = resolve(io.cwd, flags.output);
    const lower = out.toLowerCase();
    if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx'))
      throw new CliError('-o: the file must end in .csv or .xlsx');
    const client = connect(flags, io);
    const response = await client.request(
      `/api/reporting/frameworks/${encodeURIComponent(flags.framework)}/template`,
      {
        query: {
          period: flags.period,
          example: flags.example ? 'true' : 'false',
          format: lower.endsWith('.xlsx') ? 'xlsx' : 'csv',
        },
      },
    );
    writeFileSync(out, new Uint8Array(await response.arrayBuffer()));
    io.stdout(`wrote ${out}\n`);
  },
});

interface ImportAnswer {
  report: { id: string; state: string; version: number; period: string; organisation: string };
  rows: number;
  values: number;
  notApproved?: number;
}

interface KoboInspectionAnswer {
  rows: number;
  columns: { name: string; meta: boolean; answers: string[] | null }[];
  targets: { hashtag: string; header: string }[];
  choiceTargets: string[];
  proposal: { columns: Record<string, string>; choices: Record<string, Record<string, string>> };
  remembered: boolean;
}

export const reportKoboMappingCommand = defineCommand({
  name: 'report kobo-mapping',
  summary: 'Propose the mapping of a KoboToolbox/ODK export to a framework (edit it, then import with it)',
  description:
    "Sends the export to the server, which reads its columns and proposes a mapping: your organisation's remembered mapping where the export still has its fields, else common 5W field names (province, district, girls, boys, women, men, target_girls …). Writes it as JSON { columns: { field: hashtag }, choices: { hashtag: { answer: value } } } to -o, and lists the template columns nothing maps to and the answers of mapped choice fields that are not translated. Nothing is stored: the mapping is remembered when `steward report import FILE --kobo --mapping FILE.json` succeeds.",
  flags: {
    ...REMOTE_FLAGS,
    framework: FRAMEWORK,
    output: {
      type: 'string',
      short: 'o',
      required: true,
      valueName: 'FILE.json',
      description: 'Where to write the proposed mapping',
    },
  },
  positionals: [{ name: 'FILE', description: 'The KoboToolbox export (.csv or .xlsx)', required: true }],
  examples: ['steward report kobo-mapping kobo-export.csv --framework 5w -o kobo-5w.json'],
  async run({ flags, positionals, io }) {
    const path = resolve(io.cwd, positionals[0]!);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new CliError(`cannot read ${path}`);
    }
    const client = connect(flags, io);
    const form = new FormData();
    form.append('file', new Blob([bytes as unknown as ArrayBuffer]), basename(path));
    const response = await client.request(
      `/api/reporting/frameworks/${encodeURIComponent(flags.framework)}/kobo/inspect`,
      { method: 'POST', body: form },
    );
    const answer = (await response.json()) as KoboInspectionAnswer;
    const out = resolve(io.cwd, flags.output);
    writeFileSync(out, `${JSON.stringify(answer.proposal, null, 2)}\n`);
    io.stdout(
      `wrote ${out}: ${Object.keys(answer.proposal.columns).length} field(s) mapped${answer.remembered ? ' (from your remembered mapping)' : ''}; ${answer.rows} submission(s) in the export\n`,
    );
    const mapped = new Set(Object.values(answer.proposal.columns));
    const unmapped = answer.targets.filter((t) => !mapped.has(t.hashtag)).map((t) => t.hashtag);
    if (unmapped.length > 0) io.stdout(`not mapped: ${unmapped.join(' ')}\n`);
    for (const [field, tag] of Object.entries(answer.proposal.columns)) {
      if (!answer.choiceTargets.includes(tag)) continue;
      const answers = answer.columns.find((c) => c.name === field)?.answers ?? [];
      const open = answers.filter((a) => answer.proposal.choices[tag]?.[a] === undefined);
      if (open.length > 0)
        io.stdout(
          `${field} (${tag}) answers taken as they are unless translated in choices: ${open.join(', ')}\n`,
        );
    }
  },
});

export const reportImportCommand = defineCommand({
  name: 'report import',
  summary: "Validate and import a month's report for your organisation (all or nothing)",
  description:
    "Validates the file (CSV or XLSX, with or without HXL hashtags) against the framework: p-codes against the gazetteer, disaggregations against totals, reached ≤ targeted, duplicates, dates in the period. On any problem prints one line per problem (row N counts the file's lines from 1, then the column and the bad value; at most 50 lines, then a count), exits 1 and imports nothing.",
  flags: {
    ...REMOTE_FLAGS,
    framework: FRAMEWORK,
    period: PERIOD,
    reason: { type: 'string', valueName: 'TEXT', description: 'Why an approved report is corrected' },
    kobo: {
      type: 'boolean',
      description:
        "FILE is a KoboToolbox/ODK export (XLSForm field names as headers, one row per submission): read it through your organisation's remembered mapping, or --mapping",
    },
    mapping: {
      type: 'string',
      valueName: 'FILE.json',
      description:
        'With --kobo: the mapping to use (write a first one with `steward report kobo-mapping`); remembered for the next import once this one succeeds',
    },
    json: { type: 'boolean', description: 'Print one JSON object' },
  },
  positionals: [{ name: 'FILE', description: 'The report (.csv or .xlsx)', required: true }],
  examples: [
    'steward report import 5w-2026-10.csv --framework 5w --period 2026-10',
    'steward report import kobo-export.xlsx --framework 5w --period 2026-10 --kobo --mapping kobo-5w.json',
  ],
  async run({ flags, positionals, io }) {
    checkPeriod(flags.period);
    const path = resolve(io.cwd, positionals[0]!);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new CliError(`cannot read ${path}`);
    }
    if (flags.mapping !== undefined && !flags.kobo) throw new CliError('--mapping goes with --kobo');
    let mapping: string | undefined;
    if (flags.mapping !== undefined) {
      const mappingPath = resolve(io.cwd, flags.mapping);
      try {
        mapping = readFileSync(mappingPath, 'utf8');
      } catch {
        throw new CliError(`cannot read ${mappingPath}`);
      }
      try {
        JSON.parse(mapping);
      } catch {
        throw new CliError(`--mapping: ${mappingPath} is not JSON`);
      }
    }
    const client = connect(flags, io);
    const form = new FormData();
    form.append('file', new Blob([bytes as unknown as ArrayBuffer]), basename(path));
    if (flags.reason) form.append('reason', flags.reason);
    if (flags.kobo) form.append('source', 'kobo');
    if (mapping !== undefined) form.append('mapping', mapping);
    let answer: ImportAnswer;
    try {
      const response = await client.request(
        `/api/reporting/frameworks/${encodeURIComponent(flags.framework)}/reports/${flags.period}/import`,
        { method: 'POST', body: form },
      );
      answer = (await response.json()) as ImportAnswer;
    } catch (error) {
      const details =
        error instanceof RemoteError
          ? (error.body?.error.details as { lines?: string[]; problemCount?: number } | undefined)
          : undefined;
      if (!details?.lines) throw error;
      const lines = details.lines;
      const count = details.problemCount ?? lines.length;
      if (flags.json) {
        io.stdout(`${JSON.stringify({ imported: false, problemCount: count, problems: lines })}\n`);
      } else {
        for (const line of lines.slice(0, MAX_PROBLEM_LINES)) io.stderr(`${line}\n`);
        const rest = count - Math.min(lines.length, MAX_PROBLEM_LINES);
        if (rest > 0) io.stderr(`… and ${rest} more problem(s)\n`);
        io.stderr(`nothing imported: ${count} problem(s) in ${basename(path)}\n`);
      }
      return 1;
    }
    const result = {
      imported: true,
      reportId: answer.report.id,
      organisation: answer.report.organisation,
      period: answer.report.period,
      state: answer.report.state,
      version: answer.report.version,
      rows: answer.rows,
      values: answer.values,
      ...(answer.notApproved !== undefined ? { notApproved: answer.notApproved } : {}),
    };
    if (flags.json) io.stdout(`${JSON.stringify(result)}\n`);
    else
      io.stdout(
        `imported ${result.rows} row(s), ${result.values} value(s) for ${result.organisation} ${result.period} (report ${result.state}, version ${result.version})${answer.notApproved ? `; ${answer.notApproved} submission(s) marked "Not approved" in Kobo left out` : ''}\n`,
      );
  },
});

export const reportTableCommand = defineCommand({
  name: 'report table',
  summary: 'The protected aggregate table, as an audience would receive it',
  description:
    'Asks the server for the aggregate of a framework for a period, grouped by the --by dimensions (adm1, adm2, month, sex, age, population-group, disability, organisation, indicator, activity), computed with your rights, decided by the ISP and protected: suppressed cells have "count": null and a status suppressed-primary or suppressed-secondary with the rule. Margins have the code "total".',
  flags: {
    ...REMOTE_FLAGS,
    framework: FRAMEWORK,
    period: { ...PERIOD, description: 'The month (or several, comma-separated)' },
    by: {
      type: 'string',
      required: true,
      valueName: 'DIMS',
      description: 'Comma-separated dimensions, e.g. adm1,sex',
    },
    indicator: { type: 'string', valueName: 'ID', description: 'Only this indicator' },
    audience: {
      type: 'string',
      valueName: 'public|cluster',
      description: 'Who receives the table (default cluster)',
    },
    json: { type: 'boolean', description: 'Print one JSON object { "cells": [...] }' },
  },
  examples: ['steward report table --framework 5w --period 2026-10 --by adm1,sex --audience public --json'],
  async run({ flags, io }) {
    flags.period.split(',').forEach((p) => checkPeriod(p.trim()));
    if (flags.audience !== undefined && flags.audience !== 'public' && flags.audience !== 'cluster')
      throw new CliError('--audience: public or cluster');
    const client = connect(flags, io);
    const result = await client.get<{
      cells: Record<string, string | number | null>[];
      by: string[];
      threshold: number;
      primaryRule?: string;
      magnitude?: boolean;
      audience: string;
      decision: { decision: string; explanation?: string };
    }>(`/api/reporting/frameworks/${encodeURIComponent(flags.framework)}/table`, {
      period: flags.period,
      by: flags.by,
      indicator: flags.indicator,
      audience: flags.audience,
    });
    const cells = result.cells.map((c) => {
      const out: Record<string, string | number | null> = {};
      for (const d of result.by) out[d] = c[d] ?? null;
      out.count = c.count ?? null;
      out.status = c.status ?? null;
      out.rule = c.rule ?? null;
      return out;
    });
    if (flags.json) {
      io.stdout(
        `${JSON.stringify({ cells, threshold: result.threshold, primaryRule: result.primaryRule, audience: result.audience, decision: result.decision.decision })}\n`,
      );
      return;
    }
    io.stdout(`${[...result.by, 'count', 'status', 'rule'].join('\t')}\n`);
    for (const c of cells)
      io.stdout(
        `${[...result.by.map((d) => String(c[d])), c.count === null ? '(suppressed)' : String(c.count), String(c.status), c.rule ?? ''].join('\t')}\n`,
      );
    io.stdout(
      result.magnitude
        ? `ISP: ${result.decision.decision} for ${result.audience}; magnitudes protected by the dominance rule ${result.primaryRule ?? ''} on the organisations' contributions\n`
        : `ISP: ${result.decision.decision} for ${result.audience}; counts below ${result.threshold} suppressed\n`,
    );
  },
});

/**
 * `steward publish` / `steward unpublish` (issue 10): module commands, clients of a running server.
 * Publishing sends a table (a CSV: one column per dimension, then `count`) to be published as a
 * frozen, checked snapshot; the command prints the ISP decision, what disclosure control did, and
 * the public link when the audience is the public. A refusal prints the decision and the cells.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCsvText } from '@steward/core/sdc/io/index';
import { cellText, column } from '@steward/core/sdc/dataset';
import { CliError, defineCommand, type Io } from '../framework';
import { connect, REMOTE_FLAGS, RemoteError } from '../remote/client';

interface Checks {
  isp: { decision: string; rule: string | null; reason: string; ispVersion: string; explanation: string };
  primaryRule: string;
  threshold: number;
  primaryCount: number;
  secondaryCount: number;
  audit: { lp: number; certificate: number; safe: boolean };
}
interface Publication {
  id: string;
  title: string;
  audience: string;
  version: number;
  status: string;
  checks: Checks;
}
interface PublishAnswer {
  publication: Publication;
  publicToken: string | null;
}

/** A CSV table: every column but `count` is a dimension (flat: the total above its codes). */
export function tableFromCsv(text: string, file: string) {
  const read = readCsvText(text, { file });
  if (!read.ok) throw new CliError(read.error.message);
  const ds = read.dataset;
  const names = ds.columns.map((c) => c.name);
  if (!names.includes('count'))
    throw new CliError(`${file}: no "count" column (columns: ${names.join(', ')})`);
  const dims = names.filter((n) => n !== 'count');
  if (dims.length === 0) throw new CliError(`${file}: at least one dimension column besides "count"`);
  const countCol = column(ds, 'count');
  const rows: { codes: string[]; count: number }[] = [];
  const codes = dims.map(() => new Set<string>());
  for (let r = 0; r < ds.rowCount; r++) {
    const rowCodes = dims.map((d, j) => {
      const v = cellText(column(ds, d), r);
      if (v === null || v === '') throw new CliError(`${file}: row ${r + 2}, column ${d}: empty code`);
      codes[j]!.add(v);
      return v;
    });
    const raw = cellText(countCol, r) ?? '';
    const count = Number(raw);
    if (raw === '' || !Number.isInteger(count) || count < 0)
      throw new CliError(`${file}: row ${r + 2}, column count: "${raw}" is not a whole number ≥ 0`);
    rows.push({ codes: rowCodes, count });
  }
  return {
    dimensions: dims.map((name, j) => ({ name, codes: [...codes[j]!].map((code) => ({ code })) })),
    rows,
  };
}

function printDecision(io: Io, isp: Checks['isp'] | undefined): void {
  if (!isp) return;
  io.stdout(
    `ISP decision: ${isp.decision} (rule ${isp.rule ?? 'none'}, ${isp.reason}, ISP ${isp.ispVersion})\n  ${isp.explanation}\n`,
  );
}

function printPublished(io: Io, server: string, answer: PublishAnswer, json: boolean): void {
  const { publication: p, publicToken } = answer;
  const link = publicToken ? `${server}/api/public/publications/${publicToken}` : null;
  if (json) {
    io.stdout(
      `${JSON.stringify({ id: p.id, version: p.version, audience: p.audience, decision: p.checks.isp, checks: p.checks, publicLink: link })}\n`,
    );
    return;
  }
  printDecision(io, p.checks.isp);
  io.stdout(
    `Disclosure control: ${p.checks.primaryRule} — ${p.checks.primaryCount} cell(s) suppressed below ${p.checks.threshold}, ${p.checks.secondaryCount} more to protect them; audit ${p.checks.audit.safe ? 'proved the pattern safe' : 'FAILED'} (${p.checks.audit.lp} by LP, ${p.checks.audit.certificate} by certificate)\n`,
  );
  io.stdout(`Published "${p.title}" to ${p.audience} (id ${p.id}, version ${p.version})\n`);
  if (link) io.stdout(`Public link (shown once): ${link}\n`);
}

/** Prints a refusal's ISP decision and cells, then fails with one line. */
function refused(io: Io, error: unknown, json: boolean): never {
  if (error instanceof RemoteError && error.code === 'publication-refused') {
    const d = (error.body?.error.details ?? {}) as {
      decision?: Checks['isp'];
      reason?: string;
      cells?: string[];
      rule?: string | null;
    };
    if (json)
      io.stdout(
        `${JSON.stringify({ refused: true, reason: d.reason, rule: d.rule ?? null, cells: d.cells ?? [], decision: d.decision ?? null })}\n`,
      );
    else {
      printDecision(io, d.decision);
      if (d.cells && d.cells.length > 0)
        io.stdout(`Cells: ${d.cells.join(', ')}${d.rule ? ` (rule ${d.rule})` : ''}\n`);
    }
  }
  throw error;
}

export const publishCommand = defineCommand({
  name: 'publish',
  summary:
    'Publish a table as a frozen, checked snapshot (ISP + disclosure control); prints the ISP decision',
  description:
    'Sends the table to a running server, which asks the ISP whether the data type at that aggregation level may go to the audience, suppresses small cells (threshold from the ISP), adds secondary suppression proven by the interval audit, and stores the snapshot — or refuses, naming the cells and the rule. --republish ID re-checks an existing publication instead. Cluster roles only.',
  flags: {
    ...REMOTE_FLAGS,
    table: {
      type: 'string',
      valueName: 'FILE.csv',
      description: 'The table: one column per dimension, then "count"',
    },
    title: { type: 'string', valueName: 'TEXT', description: 'Title of the publication' },
    'data-type': {
      type: 'string',
      valueName: 'TYPE',
      description: 'Data type of the vocabulary, e.g. 3w-4w-5w',
    },
    aggregation: { type: 'string', valueName: 'LEVEL', description: 'adm0, adm1, adm2, …' },
    audience: {
      type: 'string',
      valueName: 'public|cluster|organisation',
      description: 'Who receives it (default cluster)',
    },
    organisation: { type: 'string', valueName: 'ID', description: 'For --audience organisation: its id' },
    republish: {
      type: 'string',
      valueName: 'ID',
      description: 'Re-check and republish an existing publication',
    },
    json: { type: 'boolean', description: 'Print one JSON object' },
  },
  examples: [
    'steward publish --table reached.csv --title "Reached by province" --data-type 3w-4w-5w --aggregation adm1 --audience public',
    'steward publish --republish 7f0c…',
  ],
  async run({ flags, io }) {
    const client = connect(flags, io);
    const json = Boolean(flags.json);
    if (flags.republish) {
      const answer = await client
        .post<PublishAnswer>(`/api/publications/${encodeURIComponent(flags.republish)}/republish`)
        .catch((e: unknown) => refused(io, e, json));
      printPublished(io, client.server, answer, json);
      return;
    }
    for (const f of ['table', 'title', 'data-type', 'aggregation'] as const)
      if (!flags[f]) throw new CliError(`--${f} is required (or --republish ID)`);
    const path = resolve(io.cwd, flags.table!);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new CliError(`Cannot read ${flags.table}`);
    }
    const body = {
      title: flags.title,
      dataType: flags['data-type'],
      aggregation: flags.aggregation,
      audience: flags.audience ?? 'cluster',
      ...(flags.organisation ? { audienceOrganisationId: flags.organisation } : {}),
      table: tableFromCsv(text, flags.table!),
    };
    const answer = await client
      .post<PublishAnswer>('/api/publications', body)
      .catch((e: unknown) => refused(io, e, json));
    printPublished(io, client.server, answer, json);
  },
});

export const unpublishCommand = defineCommand({
  name: 'unpublish',
  summary: 'Withdraw a publication at once (its public link stops answering)',
  flags: { ...REMOTE_FLAGS, json: { type: 'boolean', description: 'Print one JSON object' } },
  positionals: [{ name: 'ID', description: 'The publication id', required: true }],
  examples: ['steward unpublish 7f0c…'],
  async run({ flags, positionals, io }) {
    const client = connect(flags, io);
    const p = await client.post<Publication>(
      `/api/publications/${encodeURIComponent(positionals[0]!)}/unpublish`,
    );
    if (flags.json) io.stdout(`${JSON.stringify({ id: p.id, status: p.status })}\n`);
    else io.stdout(`Unpublished "${p.title}" (id ${p.id}); its link no longer answers.\n`);
  },
});

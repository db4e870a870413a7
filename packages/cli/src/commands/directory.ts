/**
 * Service directory commands (issue 9), clients of a running server:
 * - `steward services export -o FILE.json|FILE.zip`: the directory as HSDS 3.0 JSON (the /services
 *   page), or as the HSDS 3.0 tabular data package (datapackage.json + one CSV per table) for .zip;
 * - `steward services import FILE.json|FILE.zip`: HSDS 3.0 JSON or tabular data package into your
 *   organisation, all or nothing;
 * - `steward referral services --to ACRONYM --json`: the organisation's services that accept
 *   referrals (`id`, `name`, `serviceType`, `referralMethod`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import {
  describeImportAdjustment,
  describeImportNote,
  type ImportAdjustment,
  type ImportNote,
} from '@steward/core/directory/import-notes';
import { UPLOAD_LIMITS } from '@steward/core/limits';
import { CliError, defineCommand } from '../framework';
import { connect, REMOTE_FLAGS } from '../remote/client';

/** The API's JSON body limit: a larger file is refused before it is sent. */
const MAX_IMPORT_BYTES = 1024 * 1024;
/** The upload limit of a data package (core/src/limits.ts, fileBytes). */
const MAX_PACKAGE_BYTES = UPLOAD_LIMITS.fileBytes;

interface ReferralService {
  id: string;
  name: string;
  serviceType: string;
  referralMethod: string;
}

export const servicesExportCommand = defineCommand({
  name: 'services export',
  summary: 'Write the service directory as HSDS 3.0 JSON or tabular data package (ZIP)',
  description:
    "Writes every service you can see as an Open Referral HSDS 3.0 /services page (FILE.json), or as the HSDS 3.0 tabular data package (FILE.zip: datapackage.json and one CSV per HSDS table). Other organisations' location points are included only where the ISP allows them for cluster members.",
  flags: {
    ...REMOTE_FLAGS,
    output: {
      type: 'string',
      short: 'o',
      required: true,
      valueName: 'FILE',
      description: 'FILE.json or FILE.zip',
    },
  },
  examples: ['steward services export -o directory.json', 'steward services export -o directory-hsds.zip'],
  async run({ flags, io }) {
    const out = resolve(io.cwd, flags.output);
    const lower = out.toLowerCase();
    if (!lower.endsWith('.json') && !lower.endsWith('.zip'))
      throw new CliError('-o: the file must end in .json (HSDS JSON) or .zip (HSDS tabular data package)');
    const client = connect(flags, io);
    if (lower.endsWith('.zip')) {
      const response = await client.request('/api/directory/export.zip');
      writeFileSync(out, new Uint8Array(await response.arrayBuffer()));
      io.stderr(`HSDS tabular data package written to ${out}\n`);
      return;
    }
    const page = await client.get<{ total_items: number }>('/api/directory/export');
    writeFileSync(out, `${JSON.stringify(page, null, 2)}\n`);
    io.stderr(`${page.total_items} services written to ${out}\n`);
  },
});

interface ImportAnswer {
  created: number;
  updated: number;
  note?: ImportNote;
  warnings?: ImportAdjustment[];
}

export const servicesImportCommand = defineCommand({
  name: 'services import',
  summary: 'Import HSDS 3.0 JSON or tabular data package (ZIP) into your organisation (all or nothing)',
  description:
    'Reads an HSDS 3.0 document (FILE.json: a service, a /services page, an organization with services, or service_at_location) or the HSDS 3.0 tabular data package (FILE.zip: datapackage.json and one CSV per table, as "services export -o FILE.zip" writes it) and writes its services for the organisation of your token. A service with the id of one of yours is updated. Any problem: nothing is written, and every problem is named by its path and field (JSON) or its file, row and column (ZIP).',
  flags: {
    ...REMOTE_FLAGS,
    json: { type: 'boolean', description: 'Print the result as one JSON object' },
  },
  positionals: [
    { name: 'FILE', description: 'The HSDS 3.0 JSON file or tabular data package (.zip)', required: true },
  ],
  examples: ['steward services import directory.json', 'steward services import directory-hsds.zip'],
  async run({ flags, positionals, io }) {
    const path = resolve(io.cwd, positionals[0]!);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      throw new CliError(`cannot read ${path}`);
    }
    const zip = path.toLowerCase().endsWith('.zip') || (bytes[0] === 0x50 && bytes[1] === 0x4b);
    if (!zip && bytes.length > MAX_IMPORT_BYTES)
      throw new CliError(`${path}: larger than ${MAX_IMPORT_BYTES} bytes; split it into several files`);
    if (zip && bytes.length > MAX_PACKAGE_BYTES)
      throw new CliError(`${path}: larger than ${MAX_PACKAGE_BYTES} bytes (limit "fileBytes")`);
    const client = connect(flags, io);
    let result: ImportAnswer;
    if (zip) {
      const form = new FormData();
      form.append('file', new Blob([bytes as unknown as ArrayBuffer]), basename(path));
      const response = await client.request('/api/directory/import.zip', { method: 'POST', body: form });
      result = (await response.json()) as ImportAnswer;
    } else {
      let doc: unknown;
      try {
        doc = JSON.parse(bytes.toString('utf8'));
      } catch (error) {
        throw new CliError(`${path}: not JSON (${(error as Error).message})`);
      }
      result = await client.post<ImportAnswer>('/api/directory/import', doc);
    }
    if (flags.json) {
      io.stdout(`${JSON.stringify(result)}\n`);
      return;
    }
    // English sentences for the codes (the web page renders them in the user's language).
    const lines = [
      result.note
        ? (describeImportNote(result.note) ?? result.note.code)
        : `${result.created} services created, ${result.updated} updated`,
    ];
    for (const w of result.warnings ?? [])
      lines.push(
        `warning: ${w.path}: ${describeImportAdjustment(w) ?? `${w.code} ${JSON.stringify(w.params)}`}`,
      );
    io.stdout(`${lines.join('\n')}\n`);
  },
});

export const referralServicesCommand = defineCommand({
  name: 'referral services',
  summary: "An organisation's services that accept referrals",
  description:
    'Lists the active services of the receiving organisation whose referral method is not "referrals not accepted": id, name, service type and referral method.',
  flags: {
    ...REMOTE_FLAGS,
    to: { type: 'string', required: true, valueName: 'ACRONYM', description: 'The receiving organisation' },
    json: { type: 'boolean', description: 'Print one JSON array' },
  },
  examples: ['steward referral services --to TRI --json'],
  async run({ flags, io }) {
    const client = connect(flags, io);
    const items = await client.get<ReferralService[]>(
      `/api/directory/referral-services?to=${encodeURIComponent(flags.to)}`,
    );
    const out = items.map(({ id, name, serviceType, referralMethod }) => ({
      id,
      name,
      serviceType,
      referralMethod,
    }));
    if (flags.json) {
      io.stdout(`${JSON.stringify(out)}\n`);
      return;
    }
    if (out.length === 0) io.stdout(`${flags.to} has no service that accepts referrals.\n`);
    for (const s of out) io.stdout(`${s.id}  ${s.name}  (${s.serviceType}, ${s.referralMethod})\n`);
  },
});

/**
 * `steward incident types [--json]`: the incident types (built-in and those the cluster added) with
 * their code and labels; `steward incident types add --code C --label "…"` (cluster roles) adds
 * one, with `--label-fr/-es/-pt/-ar` for the other languages (the English label where not given);
 * `steward incident types label --code C --label-fr "…"` changes an added type's labels.
 * Clients of a running server (--server/--token).
 */
import { CliError, defineCommand } from '../framework';
import { connect, REMOTE_FLAGS } from '../remote/client';

const LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar'] as const;
type Language = (typeof LANGUAGES)[number];
type Labels = Record<Language, string>;

interface TypeView {
  code: string;
  builtIn: boolean;
  labels: Labels | null;
}

/** English labels of the built-in types (the web app's texts), for the listing. */
const BUILT_IN_EN: Readonly<Record<string, string>> = {
  'unauthorised-disclosure': 'Unauthorised disclosure',
  'loss-or-theft': 'Loss or theft',
  'unauthorised-access': 'Unauthorised access',
  misuse: 'Misuse',
  'near-miss': 'Near miss',
  other: 'Other',
};

const LABEL_FLAGS = {
  label: { type: 'string', valueName: 'TEXT', description: 'Label in English' },
  'label-fr': { type: 'string', valueName: 'TEXT', description: 'Label in French' },
  'label-es': { type: 'string', valueName: 'TEXT', description: 'Label in Spanish' },
  'label-pt': { type: 'string', valueName: 'TEXT', description: 'Label in Portuguese' },
  'label-ar': { type: 'string', valueName: 'TEXT', description: 'Label in Arabic' },
} as const;

function givenLabels(flags: Record<string, unknown>): Partial<Labels> {
  const out: Partial<Labels> = {};
  for (const lang of LANGUAGES) {
    const v = flags[lang === 'en' ? 'label' : `label-${lang}`];
    if (typeof v === 'string') out[lang] = v;
  }
  return out;
}

function line(t: TypeView): string {
  const label = t.labels?.en ?? BUILT_IN_EN[t.code] ?? t.code;
  return `${t.code}\t${label}${t.builtIn ? '' : '\t(added by the cluster)'}`;
}

export const incidentTypesCommand = defineCommand({
  name: 'incident types',
  summary: 'The incident types: built-in and those the cluster added, with code and labels',
  description:
    'Lists every incident type an incident may have: the six built-in ones (labelled by the app) and the types the cluster added, with their labels in en, fr, es, pt and ar.',
  flags: {
    ...REMOTE_FLAGS,
    json: { type: 'boolean', description: 'Print { items: [{ code, builtIn, labels }] } as JSON' },
  },
  examples: ['steward incident types --json'],
  async run({ flags, io }) {
    const client = connect(flags, io);
    const body = await client.get<{ items: TypeView[] }>('/api/incidents/types');
    const items = body.items.map((t) => ({
      code: t.code,
      builtIn: t.builtIn,
      labels: t.labels ?? { en: BUILT_IN_EN[t.code] ?? t.code },
    }));
    if (flags.json) {
      io.stdout(`${JSON.stringify({ items })}\n`);
      return;
    }
    io.stdout(`${body.items.map(line).join('\n')}\n`);
  },
});

export const incidentTypesAddCommand = defineCommand({
  name: 'incident types add',
  summary: 'Add an incident type for the cluster (cluster roles)',
  description:
    'Adds a type that reports may then use: a code of lower-case words joined by hyphens and a label; labels in the other languages default to the English one until changed (steward incident types label).',
  flags: {
    ...REMOTE_FLAGS,
    code: { type: 'string', valueName: 'C', description: 'Code, e.g. cyber-attack', required: true },
    ...LABEL_FLAGS,
    label: { ...LABEL_FLAGS.label, required: true },
    json: { type: 'boolean', description: 'Print the new type as JSON' },
  },
  examples: [
    'steward incident types add --code cyber-attack --label "Cyber attack" --label-fr "Cyberattaque"',
  ],
  async run({ flags, io }) {
    const given = givenLabels(flags);
    const en = given.en ?? '';
    const labels = Object.fromEntries(LANGUAGES.map((l) => [l, given[l] ?? en])) as Labels;
    const client = connect(flags, io);
    const t = await client.post<TypeView>('/api/incidents/types', { code: flags.code, labels });
    io.stdout(flags.json ? `${JSON.stringify(t)}\n` : `Added ${line(t)}\n`);
  },
});

export const incidentTypesLabelCommand = defineCommand({
  name: 'incident types label',
  summary: 'Change the labels of a type the cluster added (cluster roles)',
  description: "Changes the labels given; the others stay. Built-in types keep the app's labels.",
  flags: {
    ...REMOTE_FLAGS,
    code: { type: 'string', valueName: 'C', description: 'Code of the type', required: true },
    ...LABEL_FLAGS,
    json: { type: 'boolean', description: 'Print the changed type as JSON' },
  },
  examples: ['steward incident types label --code cyber-attack --label-ar "هجوم إلكتروني"'],
  async run({ flags, io }) {
    const labels = givenLabels(flags);
    if (Object.keys(labels).length === 0)
      throw new CliError('give at least one of --label, --label-fr, --label-es, --label-pt, --label-ar', 2);
    const client = connect(flags, io);
    const t = await client.patch<TypeView>(`/api/incidents/types/${encodeURIComponent(String(flags.code))}`, {
      labels,
    });
    io.stdout(flags.json ? `${JSON.stringify(t)}\n` : `Changed ${line(t)}\n`);
  },
});

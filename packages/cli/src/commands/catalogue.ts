import { CliError, defineCommand } from '../framework';
import { connect, REMOTE_FLAGS, type Query } from '../remote/client';

interface Item {
  id: string;
  title: string;
  organisationAcronym: string;
  dataTypes: string[];
  aggregationLevel: string;
  sensitivity: string;
  access: 'own' | 'on-request' | 'agreement';
  canRequest: boolean;
  agreement: { reference: string; expiresOn: string } | null;
}
interface Page {
  items: Item[];
  total: number;
  page: number;
  pages: number;
  ispVersion: string | null;
}

const ACCESS_TEXT: Record<Item['access'], string> = {
  own: 'own entry',
  'on-request': 'on request',
  agreement: 'agreement only',
};

export const catalogueListCommand = defineCommand({
  name: 'catalogue list',
  summary:
    "The cluster catalogue: members' registry entries with what the ISP allows the token's organisation",
  description:
    "Metadata only of the entries member organisations share with the cluster, each with what the ISP allows the token's organisation (own, on request, agreement only); entries the ISP never lets leave their owner are not listed. Every page is read; --json prints one JSON array.",
  flags: {
    ...REMOTE_FLAGS,
    search: { type: 'string', valueName: 'TEXT', description: 'Text the title contains (any case)' },
    owner: { type: 'string', valueName: 'ACRONYM', description: 'Only this organisation’s entries' },
    'data-type': {
      type: 'string',
      valueName: 'TYPE',
      description: 'Data type of the vocabulary, e.g. 3w-4w-5w',
    },
    level: { type: 'string', valueName: 'LEVEL', description: 'Aggregation level: adm0, adm1, adm2, …' },
    sensitivity: { type: 'string', valueName: 'LEVEL', description: 'low, moderate, high or severe' },
    requestable: { type: 'boolean', description: 'Only entries the organisation can request' },
    json: { type: 'boolean', description: 'Print the entries as one JSON array' },
  },
  examples: ['steward catalogue list --json', 'steward catalogue list --search survey --requestable'],
  async run({ flags, io }) {
    const client = connect(flags, io);
    let owner: string | undefined;
    if (flags.owner) {
      const { items } = await client.get<{ items: { id: string; acronym: string }[] }>('/api/organisations');
      const found = items.find((o) => o.acronym.toLowerCase() === flags.owner!.toLowerCase());
      if (!found) throw new CliError(`--owner: there is no organisation with the acronym ${flags.owner}.`);
      owner = found.id;
    }
    const query: Query = {
      q: flags.search,
      owner,
      dataType: flags['data-type'],
      aggregationLevel: flags.level,
      sensitivity: flags.sensitivity,
      requestable: flags.requestable ? 'true' : undefined,
      pageSize: 100,
    };
    const items: Item[] = [];
    let ispVersion: string | null;
    for (let page = 1; ; page++) {
      const got = await client.get<Page>('/api/catalogue', { ...query, page });
      items.push(...got.items);
      ispVersion = got.ispVersion;
      if (got.page >= got.pages) break;
    }
    if (flags.json) {
      io.stdout(`${JSON.stringify(items)}\n`);
      return;
    }
    if (ispVersion === null) io.stdout('No ISP is endorsed yet: only your own entries are listed.\n');
    if (items.length === 0) {
      io.stdout('No entries.\n');
      return;
    }
    const lines = items.map(
      (i) =>
        `${i.id}  ${i.organisationAcronym}  ${i.sensitivity}  ${ACCESS_TEXT[i.access]}${i.agreement ? ` (${i.agreement.reference} until ${i.agreement.expiresOn})` : ''}  ${i.dataTypes.join(',')}/${i.aggregationLevel}  ${i.title}`,
    );
    io.stdout(`${lines.join('\n')}\n`);
  },
});

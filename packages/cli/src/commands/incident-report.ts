import { CliError, defineCommand } from '../framework';
import { connect, REMOTE_FLAGS } from '../remote/client';

interface Incident {
  id: string;
  severity: string;
  state: string;
}

export const incidentReportCommand = defineCommand({
  name: 'incident report',
  summary: 'Report a data incident (near misses too) to a running server',
  description:
    "Notifies a data incident for the token's organisation with the short form; the focal point classifies it later in the web app. TYPE is one of unauthorised-disclosure, loss-or-theft, unauthorised-access, misuse, near-miss, other, or a type the cluster coordinator added (an unknown type is refused with the list of valid ones). --asset links a registry entry (repeatable): the severity starts at its ISP level and the partners of its agreements are notified.",
  flags: {
    ...REMOTE_FLAGS,
    title: { type: 'string', valueName: 'T', description: 'Short title (no personal data)', required: true },
    type: { type: 'string', valueName: 'TYPE', description: 'Incident type', required: true },
    'personal-data': {
      type: 'string',
      valueName: 'yes|no',
      description: 'Whether personal data are involved',
      required: true,
    },
    asset: { type: 'string', valueName: 'ENTRY_ID', description: 'Linked registry entry', multiple: true },
    json: { type: 'boolean', description: 'Print { id, severity, state } as JSON' },
  },
  examples: [
    'steward incident report --title "Laptop stolen" --type loss-or-theft --personal-data yes --json',
  ],
  async run({ flags, io }) {
    const pd = flags['personal-data'].toLowerCase();
    if (pd !== 'yes' && pd !== 'no') throw new CliError('--personal-data: give yes or no', 2);
    const client = connect(flags, io);
    const inc = await client.post<Incident>('/api/incidents', {
      title: flags.title,
      type: flags.type,
      personalData: pd === 'yes',
      assetIds: flags.asset,
    });
    const result = { id: inc.id, severity: inc.severity, state: inc.state };
    if (flags.json) io.stdout(`${JSON.stringify(result)}\n`);
    else io.stdout(`Incident ${result.id} reported: severity ${result.severity}, ${result.state}.\n`);
  },
});

import { defineCommand } from '../framework';
import { connect, REMOTE_FLAGS } from '../remote/client';

interface Cell {
  code: string;
  count: number | null;
}
interface Summary {
  threshold: number;
  tables: { dimension: string; total: Cell; cells: Cell[] }[];
}

export const incidentSummaryCommand = defineCommand({
  name: 'incident summary',
  summary: "The cluster's anonymised incident summary (cluster roles)",
  description:
    'Counts of incidents by month, type, severity and state across the cluster, with small numbers suppressed (shown as null in JSON, "x" in text). No title, description or organisation of a partner\'s incident.',
  flags: {
    ...REMOTE_FLAGS,
    json: { type: 'boolean', description: 'Print the summary as one JSON object' },
  },
  examples: ['steward incident summary --json'],
  async run({ flags, io }) {
    const client = connect(flags, io);
    const s = await client.get<Summary>('/api/incidents/summary');
    if (flags.json) {
      io.stdout(`${JSON.stringify(s)}\n`);
      return;
    }
    const show = (c: Cell) => (c.count === null ? 'x' : String(c.count));
    const lines = [`Incidents (counts below ${s.threshold} suppressed: x)`];
    for (const t of s.tables) {
      lines.push(`by ${t.dimension}: total ${show(t.total)}`);
      for (const c of t.cells) lines.push(`  ${c.code}: ${show(c)}`);
    }
    io.stdout(`${lines.join('\n')}\n`);
  },
});

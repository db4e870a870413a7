import { defineCommand } from '../framework';
import { connect, REMOTE_FLAGS } from '../remote/client';

interface Item {
  id: string;
  organisation: string;
  title: string;
  status: string;
  completion: number;
  risks: number;
  rating: string | null;
  residualRating: string | null;
  reviewDue: string | null;
  reviewOverdue: boolean;
}

export const diaListCommand = defineCommand({
  name: 'dia list',
  summary: 'The data impact assessments the token can see',
  description:
    "The token's organisation's data impact assessments (and, for cluster roles, those partners shared with the cluster): status, steps done, risks, worst rating before and after measures, review date.",
  flags: {
    ...REMOTE_FLAGS,
    json: { type: 'boolean', description: 'Print the assessments as one JSON array' },
  },
  examples: ['steward dia list --json'],
  async run({ flags, io }) {
    const client = connect(flags, io);
    const { items } = await client.get<{ items: Item[] }>('/api/assessments');
    if (flags.json) {
      io.stdout(`${JSON.stringify(items)}\n`);
      return;
    }
    if (items.length === 0) {
      io.stdout('No impact assessments.\n');
      return;
    }
    const lines = items.map(
      (i) =>
        `${i.id}  ${i.organisation}  ${i.status}  ${i.completion}% steps  risk ${i.rating ?? '-'} → ${i.residualRating ?? '-'}  review ${i.reviewDue ?? '-'}${i.reviewOverdue ? ' (overdue)' : ''}  ${i.title}`,
    );
    io.stdout(`${lines.join('\n')}\n`);
  },
});

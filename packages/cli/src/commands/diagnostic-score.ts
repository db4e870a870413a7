import { ACTIONS, PRINCIPLES } from '@steward/core/diagnostic/index';
import { CliError, defineCommand } from '../framework';
import { connect, REMOTE_FLAGS } from '../remote/client';

interface Score {
  round: string;
  party: 'member' | 'cluster';
  overall: number | null;
  byAction: Record<string, number | null>;
  byPrinciple: Record<string, number | null>;
  answered: number;
  items: number;
}

const pct = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${v} %`);

export const diagnosticScoreCommand = defineCommand({
  name: 'diagnostic score',
  summary: 'Scores of a diagnostic round per action and per principle (0–100)',
  description:
    "Asks a running Steward server for the scores of one diagnostic round: the token's organisation's own answers (or, with --party cluster and a cluster role, the cluster's), per cluster action, per principle and overall. Saved answers count; where none were saved, Steward's pre-filled answers do. In place counts 2, partial 1, not in place 0; not applicable and unanswered items are left out; null when nothing applicable was answered.",
  flags: {
    ...REMOTE_FLAGS,
    round: { type: 'string', valueName: 'ID', description: 'The round id', required: true },
    party: { type: 'string', valueName: 'PARTY', description: 'member (default) or cluster' },
    json: {
      type: 'boolean',
      description: 'Print one JSON object {round, party, overall, byAction, byPrinciple, answered, items}',
    },
  },
  examples: ['steward diagnostic score --round 3f0c… --json'],
  async run({ flags, io }) {
    const party = flags.party ?? 'member';
    if (party !== 'member' && party !== 'cluster') throw new CliError('--party is member or cluster', 2);
    const client = connect(flags, io);
    const score = await client.get<Score>(`/api/diagnostic/rounds/${encodeURIComponent(flags.round)}/score`, {
      party,
    });
    if (flags.json) {
      io.stdout(`${JSON.stringify(score)}\n`);
      return;
    }
    const lines = [
      `Round ${score.round} (${score.party}): overall ${pct(score.overall)}, ${score.answered}/${score.items} answered`,
      '',
      'By action:',
    ];
    for (const a of ACTIONS) lines.push(`  ${a.padEnd(26)} ${pct(score.byAction[a])}`);
    lines.push('', 'By principle:');
    for (const p of PRINCIPLES) lines.push(`  ${p.padEnd(26)} ${pct(score.byPrinciple[p])}`);
    io.stdout(`${lines.join('\n')}\n`);
  },
});

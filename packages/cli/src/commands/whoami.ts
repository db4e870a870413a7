import { defineCommand } from '../framework';
import { connect, REMOTE_FLAGS } from '../remote/client';

interface Session {
  user: { email: string; displayName: string };
  memberships: { acronym: string; role: string; organisationId: string }[];
  activeOrganisationId: string | null;
}

export const whoamiCommand = defineCommand({
  name: 'whoami',
  summary: 'Show who a server and API token act as (checks STEWARD_SERVER / STEWARD_TOKEN)',
  description:
    'Asks a running Steward server who the API token acts for: the user, the organisation the token is scoped to and the role there. Module commands (referral, report, incident, …) use the same --server and --token, or STEWARD_SERVER and STEWARD_TOKEN.',
  flags: {
    ...REMOTE_FLAGS,
    json: { type: 'boolean', description: 'Print one JSON object' },
  },
  examples: ['STEWARD_SERVER=http://127.0.0.1:3000 STEWARD_TOKEN=stw_… steward whoami'],
  async run({ flags, io }) {
    const client = connect(flags, io);
    const me = await client.get<Session>('/api/me');
    const active = me.memberships.find((m) => m.organisationId === me.activeOrganisationId);
    const result = {
      server: client.server,
      email: me.user.email,
      name: me.user.displayName,
      organisation: active?.acronym ?? null,
      role: active?.role ?? null,
    };
    if (flags.json) io.stdout(`${JSON.stringify(result)}\n`);
    else
      io.stdout(
        `${result.email}${result.name ? ` (${result.name})` : ''} in ${result.organisation ?? '(no organisation)'} as ${result.role ?? '(no role)'} on ${result.server}\n`,
      );
  },
});

import { defineCommand } from '../framework';

export const tokenCreateCommand = defineCommand({
  name: 'token create',
  summary: 'Create a personal API token for a user in one organisation (printed once)',
  description:
    'Create a personal API token for scripts and the CLI, scoped to one organisation the user belongs to. The token is printed once; only its hash is stored. Use it as "Authorization: Bearer <token>".',
  flags: {
    email: { type: 'string', valueName: 'EMAIL', description: 'The user the token acts for', required: true },
    org: {
      type: 'string',
      valueName: 'ACRONYM',
      description: 'Organisation the token is scoped to',
      required: true,
    },
    name: {
      type: 'string',
      valueName: 'NAME',
      description: 'A name to recognise the token by',
      required: true,
    },
    'expires-in-days': {
      type: 'integer',
      valueName: 'DAYS',
      description: 'Expire after DAYS days (default: never)',
    },
  },
  examples: ['steward token create --email imo@cluster.example --org PC --name "nightly export"'],
  async run({ flags, io }) {
    const { withEnvironment } = await import('../environment');
    await withEnvironment(io, 'token create', async ({ services }) => {
      const created = await services.tokens.createForUser({
        email: flags.email,
        organisationAcronym: flags.org,
        name: flags.name,
        expiresInDays: flags['expires-in-days'],
      });
      io.stdout(`Created API token "${flags.name}" for ${flags.email} in ${flags.org}.\n`);
      io.stdout(`Token (shown only this once): ${created.token}\n`);
    });
  },
});

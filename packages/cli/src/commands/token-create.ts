import { CliError, defineCommand } from '../framework';

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
  examples: ['steward token create --email imo@demo.example.org --org DPCCU --name "nightly export"'],
  async run({ flags, io }) {
    const { organisationByAcronym, withEnvironment } = await import('../environment');
    await withEnvironment(io, 'token create', async (env) => {
      const user = await env.services.users.findByEmail(env.caller, flags.email);
      if (!user) throw new CliError(`there is no user with the email address ${flags.email}`);
      const organisation = await organisationByAcronym(env, flags.org);
      const created = await env.services.tokens.create(env.caller, {
        userId: user.id,
        organisationId: organisation.id,
        name: flags.name,
        ...(flags['expires-in-days'] === undefined ? {} : { expiresInDays: flags['expires-in-days'] }),
      });
      io.stdout(
        `Created API token "${flags.name}" for ${user.email} in ${organisation.acronym}${created.expiresAt ? `, expires ${created.expiresAt.toISOString()}` : ''}.\n`,
      );
      io.stdout(`Token (shown only this once): ${created.token}\n`);
    });
  },
});

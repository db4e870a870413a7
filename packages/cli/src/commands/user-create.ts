import { isMembershipRole, MEMBERSHIP_ROLES as ROLES } from '@steward/core/auth/permissions';
import { CliError, defineCommand } from '../framework';
import { checkPassword, generatePassword, readPasswordFromStdin } from '../password';

export const userCreateCommand = defineCommand({
  name: 'user create',
  summary: 'Create a user account, optionally an admin or a member of one organisation',
  description:
    'Create a local user account. The password is read from stdin with --password-stdin, otherwise one is generated and printed once. With --org and --role the user also becomes a member of that organisation.',
  flags: {
    email: { type: 'string', valueName: 'EMAIL', description: 'Sign-in email address', required: true },
    name: { type: 'string', valueName: 'NAME', description: 'Display name', required: true },
    admin: { type: 'boolean', description: 'Make the user a system administrator' },
    org: { type: 'string', valueName: 'ACRONYM', description: 'Organisation (acronym) to add the user to' },
    role: { type: 'string', valueName: 'ROLE', description: `Role in --org: ${ROLES.join(', ')}` },
    'password-stdin': { type: 'boolean', description: 'Read the password from the first line of stdin' },
  },
  examples: [
    'steward user create --email admin@example.org --name "Admin" --admin',
    'printf "%s\\n" "$PASSWORD" | steward user create --email a@ngo.example --name "A. Officer" --org NGO --role viewer --password-stdin',
  ],
  async run({ flags, io }) {
    if ((flags.org === undefined) !== (flags.role === undefined)) {
      throw new CliError('--org and --role go together: give both or neither', 2);
    }
    const role = flags.role;
    if (role !== undefined && !isMembershipRole(role)) {
      throw new CliError(`--role must be one of ${ROLES.join(', ')} (got "${role}")`, 2);
    }
    if (!flags.admin && flags.org === undefined) {
      throw new CliError(
        'give --admin, or --org and --role: a user needs a membership or the admin role to do anything',
        2,
      );
    }
    const generated = !flags['password-stdin'];
    const password = generated ? generatePassword() : await readPasswordFromStdin(io);
    checkPassword(password);
    const { organisationByAcronym, withEnvironment } = await import('../environment');
    await withEnvironment(io, 'user create', async (env) => {
      let membershipText = '';
      const memberships: { organisationId: string; role: (typeof ROLES)[number] }[] = [];
      if (flags.org !== undefined && role !== undefined && isMembershipRole(role)) {
        const organisation = await organisationByAcronym(env, flags.org);
        memberships.push({ organisationId: organisation.id, role });
        membershipText = `, ${role} in ${organisation.acronym}`;
      }
      await env.services.users.create(env.caller, {
        email: flags.email,
        displayName: flags.name,
        password,
        isAdmin: flags.admin,
        memberships,
      });
      io.stdout(`Created user ${flags.email}${flags.admin ? ' (system admin)' : ''}${membershipText}.\n`);
      if (generated) io.stdout(`Password (shown only this once): ${password}\n`);
    });
  },
});

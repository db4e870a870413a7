import { CliError, defineCommand } from '../framework';

export const userReset2faCommand = defineCommand({
  name: 'user reset-2fa',
  summary: "Reset a user's two-factor sign-in (lost authenticator and recovery codes)",
  description:
    "Removes the user's authenticator and recovery codes and ends their sessions; at next sign-in they must set up two-factor sign-in again before doing anything else. Works on the database (operations command); audited as user.totp-reset.",
  positionals: [{ name: 'EMAIL', description: 'The sign-in e-mail address of the user', required: true }],
  flags: {},
  examples: ['steward user reset-2fa officer@ngo.example'],
  async run({ positionals, io }) {
    const email = positionals[0];
    if (!email) throw new CliError('give the e-mail address of the user: steward user reset-2fa EMAIL', 2);
    const { withEnvironment } = await import('../environment');
    await withEnvironment(io, 'user reset-2fa', async (env) => {
      const user = await env.services.users.findByEmail(env.caller, email);
      if (!user) throw new CliError(`there is no user with the email address ${email}`);
      const r = await env.services.auth.resetTwoFactor(env.caller, user.id);
      io.stdout(
        `Two-factor sign-in of ${user.email} is reset${r.hadTwoFactor ? '' : ' (it was not on)'}; ${r.endedSessions} session(s) ended. They set it up again at next sign-in.\n`,
      );
    });
  },
});

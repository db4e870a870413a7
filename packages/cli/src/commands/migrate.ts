import { defineCommand } from '../framework';

export const migrateCommand = defineCommand({
  name: 'migrate',
  summary: 'Apply pending database migrations',
  description:
    'Apply the pending database migrations (steward serve and npm start also do this at start). Safe to run again: applied migrations are skipped.',
  flags: {},
  async run({ io }) {
    const { openEnvironment } = await import('../environment');
    const env = await openEnvironment(io, { command: 'migrate' });
    try {
      io.stdout(`Database at ${env.location} is migrated and current.\n`);
    } finally {
      await env.close();
    }
  },
});

/** Entry point of the `steward` command (started by bin/steward.js). */
import { runCli, type Command } from './framework';

/**
 * Commands loaded alone when they are named first: the local disclosure-control commands read a
 * file and open no database, so they need neither the other commands nor the modules those bring
 * (services, the API, database drivers). In the compiled build (esbuild, code splitting) each is
 * its own chunk; loading the whole table was about a tenth of `steward check`'s CPU on a 1M-row
 * file. Any other word — a command, `--help`, a typo — loads the whole table (./registry), so help
 * and error messages are the same as before.
 */
const ALONE: Readonly<Record<string, () => Promise<Command>>> = {
  check: async () => (await import('./commands/check')).checkCommand,
};

const argv = process.argv.slice(2);
const alone = argv[0] === undefined ? undefined : Object.hasOwn(ALONE, argv[0]) ? ALONE[argv[0]] : undefined;
const commands: readonly Command[] = alone ? [await alone()] : (await import('./registry')).COMMANDS;
const code = await runCli(commands, argv, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;

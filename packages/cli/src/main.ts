/** Entry point of the `steward` command (started by bin/steward.js). */
import { runCli } from './framework';
import { COMMANDS } from './registry';

const code = await runCli(COMMANDS, process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
process.exitCode = code;

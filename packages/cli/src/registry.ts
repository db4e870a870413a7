/**
 * The table of `steward` commands.
 *
 * To add a command:
 *   1. create `commands/<name>.ts` exporting `defineCommand({ name, summary, flags, run })`
 *      (see commands/audit-verify.ts for a short example; a two-word name such as `isp decide`
 *      makes a subcommand, and `steward isp --help` then lists the group);
 *   2. add ONE line to COMMANDS below (keep it sorted by name).
 * The framework (./framework.ts) gives it `--help`, strict flag parsing (unknown flag → error
 * naming it), and turns any thrown error into one line on stderr with a non-zero exit code:
 * throw `CliError(message, exitCode)` for expected failures. Open the database and services
 * with `openEnvironment(io)` from ./environment (it honours DATABASE_URL and STEWARD_DATA_DIR,
 * takes the data-folder lock, and must be closed).
 */
import { anonymiseCommand } from './commands/anonymise';
import { auditCheckpointCommand } from './commands/audit-checkpoint';
import { auditVerifyCommand } from './commands/audit-verify';
import { backupCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { incidentReportCommand } from './commands/incident-report';
import { incidentSummaryCommand } from './commands/incident-summary';
import {
  incidentTypesAddCommand,
  incidentTypesCommand,
  incidentTypesLabelCommand,
} from './commands/incident-types';
import { diaListCommand } from './commands/dia-list';
import { catalogueListCommand } from './commands/catalogue';
import { diagnosticScoreCommand } from './commands/diagnostic-score';
import { ispDecideCommand } from './commands/isp-decide';
import { migrateCommand } from './commands/migrate';
import { registryRemindCommand } from './commands/registry-remind';
import { reportingRemindCommand } from './commands/reporting-remind';
import { retentionRunCommand } from './commands/retention-run';
import { restoreCommand } from './commands/restore';
import {
  reportImportCommand,
  reportKoboMappingCommand,
  reportTableCommand,
  reportTemplateCommand,
} from './commands/report';
import { serveCommand } from './commands/serve';
import { tableCommand } from './commands/table';
import { tokenCreateCommand } from './commands/token-create';
import { userCreateCommand } from './commands/user-create';
import { userReset2faCommand } from './commands/user-reset-2fa';
import { whoamiCommand } from './commands/whoami';
import { referralServicesCommand, servicesExportCommand, servicesImportCommand } from './commands/directory';
import { referralCommands } from './commands/referral';
import { referralKeysCommands } from './commands/referral-keys';
import { publishCommand, unpublishCommand } from './commands/publish';
import type { Command } from './framework';

export const COMMANDS: readonly Command[] = [
  anonymiseCommand,
  auditCheckpointCommand,
  auditVerifyCommand,
  backupCommand,
  catalogueListCommand,
  checkCommand,
  demoCommand,
  incidentReportCommand,
  incidentSummaryCommand,
  incidentTypesCommand,
  incidentTypesAddCommand,
  incidentTypesLabelCommand,
  diaListCommand,
  diagnosticScoreCommand,
  ispDecideCommand,
  migrateCommand,
  registryRemindCommand,
  reportImportCommand,
  reportKoboMappingCommand,
  reportTableCommand,
  reportTemplateCommand,
  reportingRemindCommand,
  restoreCommand,
  retentionRunCommand,
  serveCommand,
  tableCommand,
  tokenCreateCommand,
  userCreateCommand,
  userReset2faCommand,
  whoamiCommand,
  servicesExportCommand,
  servicesImportCommand,
  referralServicesCommand,
  ...referralCommands,
  ...referralKeysCommands,
  publishCommand,
  unpublishCommand,
];

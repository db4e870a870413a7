import {
  AGGREGATION_LEVELS,
  DATA_TYPES,
  RECIPIENT_CLASSES,
  parseAggregationLevel,
  parseDataType,
  parseRecipientClass,
  type ParseResult,
} from '@steward/core/vocabulary/index';
import { CliError, defineCommand } from '../framework';

function parsed<T>(flag: string, result: ParseResult<T>): T {
  if (!result.ok) throw new CliError(`--${flag}: ${result.error.message}`, 1);
  return result.value;
}

export const ispDecideCommand = defineCommand({
  name: 'isp decide',
  summary: 'Decide a share against the active endorsed ISP (sensitivity, decision, conditions, rule)',
  description: `Evaluate an asset's facts against the active endorsed Information Sharing Protocol in the database and print the decision: the sensitivity level, allow / allow-with-conditions / deny, the conditions, the rule that decided and why. The decision is recorded in the audit log. Data types: ${DATA_TYPES.ids.join(', ')}. Aggregation levels: ${AGGREGATION_LEVELS.ids.join(', ')}. Recipients: ${RECIPIENT_CLASSES.ids.join(', ')} (public → public, cluster → coordination, organisation → on request to a named organisation, bilateral → under a data-sharing agreement).`,
  flags: {
    type: {
      type: 'string',
      valueName: 'DATA-TYPE',
      description: 'Data type, e.g. referral-data, 3w-4w-5w',
      required: true,
    },
    level: {
      type: 'string',
      valueName: 'LEVEL',
      description: 'Aggregation level, e.g. adm1, household, individual',
      required: true,
    },
    names: { type: 'boolean', description: 'The data include names (people, staff, partners or sites)' },
    coordinates: { type: 'boolean', description: 'The data include coordinates' },
    to: {
      type: 'string',
      valueName: 'RECIPIENT',
      description: 'public | cluster | organisation | bilateral',
      required: true,
    },
    json: {
      type: 'boolean',
      description: 'Print one JSON object {sensitivity, decision, conditions, rule, explanation}',
    },
  },
  examples: [
    'steward isp decide --type referral-data --level individual --names --to cluster --json',
    'steward isp decide --type 3w-4w-5w --level adm1 --to public',
  ],
  async run({ flags, io }) {
    // Names are checked before the database is opened: a typo fails fast with the valid list.
    const dataType = parsed('type', parseDataType(flags.type));
    const aggregation = parsed('level', parseAggregationLevel(flags.level));
    const recipient = parsed('to', parseRecipientClass(flags.to));
    const { withEnvironment } = await import('../environment');
    const { systemCaller } = await import('@steward/services/types');
    return withEnvironment(io, 'isp decide', async ({ services }) => {
      const caller = systemCaller('cli');
      if ((await services.isp.activeVersion(caller)) === null) {
        throw new CliError(
          'no endorsed ISP in this database: endorse one first (or load the demo with "steward demo")',
          1,
        );
      }
      const result = await services.isp.decide(caller, {
        facts: { dataType, aggregation, includesNames: flags.names, includesCoordinates: flags.coordinates },
        recipient,
      });
      if (flags.json) {
        const { sensitivity, decision, conditions, rule, explanation } = result;
        io.stdout(JSON.stringify({ sensitivity, decision, conditions, rule, explanation }) + '\n');
      } else {
        io.stdout(
          `Decision: ${result.decision} (sensitivity ${result.sensitivity}, rule ${result.rule ?? 'none'}, ISP version ${result.ispVersion})\n`,
        );
        for (const c of result.conditions) io.stdout(`  condition: ${c.text}\n`);
        io.stdout(`${result.explanation}\n`);
      }
      return 0;
    });
  },
});

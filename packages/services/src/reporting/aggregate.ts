/**
 * `aggregate`: a reporting table as an audience would receive it. The sums are computed IN THE
 * DATABASE in the viewer's transaction (row-level security of the viewer, never the author's):
 * a partner aggregates its own data only, cluster roles the submitted and approved reports. The
 * ISP decides whether the framework's data type at that aggregation level may go to the audience
 * and gives the small-cell threshold (5 for protection data types, 3 otherwise) and, for a
 * magnitude (unit other than people), the dominance rule (its own, or p(10)); the disclosure
 * engine (core sdc/tables) applies primary and secondary suppression and proves it.
 */
import {
  AGGREGATE_DIMENSIONS,
  POPULATION_GROUPS,
  isAggregateDimension,
  isPeriod,
  protectAggregate,
  type AggregateDimension,
  type AggregateGroup,
} from '@steward/core/reporting/index';
import { loadHighsSolver } from '@steward/core/sdc/tables/highs';
import { decisionToJson, dominanceRuleOf, type AssetFacts, type IspDecision } from '@steward/core/isp/index';
import { MIN_SMALL_CELL_THRESHOLD } from '@steward/core/isp/model';
import type { AggregationLevel } from '@steward/core/vocabulary/index';
import type { Tx } from '@steward/db';
import { findOrganisationById } from '@steward/db/repositories/organisations';
import { aggregateReportValues } from '@steward/db/repositories/reporting';
import { ServiceError } from '../errors';
import { decideAndRecord, loadActiveIsp } from '../isp/decision-point';
import type { Actor, Context } from '../types';
import { dbActor } from '../util';
import { mustFindFramework } from './frameworks';
import {
  AUDIENCES,
  type AggregateCellView,
  type AggregateInput,
  type AggregateResult,
  type Audience,
} from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The finest admin level among the dimensions: what the ISP classifies. */
export function aggregationLevelOf(by: readonly AggregateDimension[]): AggregationLevel {
  if (by.includes('adm2')) return 'adm2';
  if (by.includes('adm1')) return 'adm1';
  return 'adm0';
}

/** The ISP's threshold for the decision: its strictest suppress-below-n, never below 3. */
export function thresholdOf(decision: IspDecision): number {
  let n = MIN_SMALL_CELL_THRESHOLD;
  for (const c of decision.conditions) if (c.kind === 'suppress-below-n') n = Math.max(n, c.n);
  return n;
}

/**
 * True when every indicator chosen counts something other than people (a magnitude); throws when
 * people and other units would be summed together (as a publication refuses them).
 */
export function isMagnitudeSelection(
  frameworkCode: string,
  indicators: readonly { readonly unit: string }[],
): boolean {
  const magnitude = indicators.length > 0 && indicators.every((i) => i.unit !== 'people');
  if (!magnitude && indicators.some((i) => i.unit !== 'people'))
    throw new ServiceError(
      'validation',
      `The framework ${frameworkCode} mixes people and other units (${[...new Set(indicators.map((i) => i.unit))].join(', ')}): choose one indicator at a time.`,
    );
  return magnitude;
}

/** Groups with the same codes summed (their contributors kept, merged by the core). */
function merge(groups: readonly AggregateGroup[]): AggregateGroup[] {
  const out = new Map<
    string,
    { codes: readonly string[]; count: number; contributors?: { id: string; value: number }[] }
  >();
  for (const g of groups) {
    const key = JSON.stringify(g.codes);
    const prev = out.get(key);
    if (!prev)
      out.set(key, {
        codes: g.codes,
        count: g.count,
        ...(g.contributors ? { contributors: [...g.contributors] } : {}),
      });
    else {
      prev.count += g.count;
      if (g.contributors) prev.contributors = [...(prev.contributors ?? []), ...g.contributors];
    }
  }
  return [...out.values()];
}

export function checkAggregateInput(input: AggregateInput): {
  periods: string[];
  by: AggregateDimension[];
  indicators: string[];
  audience: Audience;
  measure: 'reached' | 'targeted';
  partners: string[];
  groups: string[];
  activities: string[];
  own: 'in-full' | 'protected';
} {
  const periods = [...new Set(input.periods)];
  if (periods.length === 0) throw new ServiceError('validation', 'Give at least one period (YYYY-MM).');
  const bad = periods.find((p) => !isPeriod(p));
  if (bad !== undefined) throw new ServiceError('validation', `"${bad}" is not a period: write YYYY-MM.`);
  if (periods.length > 120) throw new ServiceError('validation', 'At most 120 periods at once.');
  const by = [...input.by];
  const unknown = by.find((d) => !isAggregateDimension(d));
  if (unknown !== undefined)
    throw new ServiceError(
      'validation',
      `"${unknown}" is not a dimension; use ${AGGREGATE_DIMENSIONS.join(', ')}.`,
    );
  if (new Set(by).size !== by.length) throw new ServiceError('validation', 'A dimension is given twice.');
  if (by.length > 4) throw new ServiceError('validation', 'At most 4 dimensions at once.');
  const audience = input.audience ?? 'cluster';
  if (!AUDIENCES.includes(audience))
    throw new ServiceError('validation', `The audience is one of ${AUDIENCES.join(', ')}.`);
  const measure = input.measure ?? 'reached';
  if (measure !== 'reached' && measure !== 'targeted')
    throw new ServiceError('validation', 'The measure is reached or targeted.');
  const indicators =
    input.indicator === undefined
      ? []
      : typeof input.indicator === 'string'
        ? [input.indicator]
        : [...input.indicator];
  const partners = [...new Set(input.partner ?? [])];
  const badPartner = partners.find((p) => !UUID.test(p));
  if (badPartner !== undefined)
    throw new ServiceError('validation', `"${badPartner}" is not an organisation id.`);
  const groups = [...new Set(input.populationGroup ?? [])];
  const badGroup = groups.find((g) => !(POPULATION_GROUPS as readonly string[]).includes(g));
  if (badGroup !== undefined)
    throw new ServiceError(
      'validation',
      `"${badGroup}" is not a population group; use ${POPULATION_GROUPS.join(', ')}.`,
    );
  const own = input.own ?? 'protected';
  if (own !== 'in-full' && own !== 'protected')
    throw new ServiceError('validation', 'own is in-full or protected.');
  if (own === 'in-full' && input.audience !== undefined)
    throw new ServiceError(
      'validation',
      "Your own figures in full are your organisation's own view: give no audience (an audience's table is protected as it would receive it).",
    );
  const activities = [...new Set(input.activity ?? [])];
  if (partners.length > 50 || activities.length > 50)
    throw new ServiceError('validation', 'At most 50 partners and 50 activities at once.');
  return {
    periods: periods.sort(),
    by,
    indicators,
    audience,
    measure,
    partners,
    groups,
    activities,
    own,
  };
}

/** Runs the aggregate in `tx` (already the viewer's transaction). Exported for publication. */
export async function aggregateInTx(
  tx: Tx,
  at: Date,
  actor: Actor,
  input: AggregateInput,
): Promise<AggregateResult> {
  const {
    periods,
    by,
    indicators,
    audience,
    measure,
    partners,
    activities,
    groups: populations,
    own,
  } = checkAggregateInput(input);
  const framework = await mustFindFramework(tx, input.framework);
  const known = new Set(framework.indicators.map((i) => i.id));
  const missing = indicators.find((i) => !known.has(i));
  if (missing !== undefined)
    throw new ServiceError('validation', `The framework "${framework.code}" has no indicator "${missing}".`);
  const knownActivities = new Set(framework.indicators.map((i) => i.activity));
  const missingActivity = activities.find((a) => !knownActivities.has(a));
  if (missingActivity !== undefined)
    throw new ServiceError(
      'validation',
      `The framework "${framework.code}" has no activity "${missingActivity}".`,
    );
  // An activity filter is the filter on its indicators (within the indicators asked for, if any).
  const selected =
    activities.length === 0
      ? indicators
      : framework.indicators
          .filter((i) => activities.includes(i.activity))
          .filter((i) => indicators.length === 0 || indicators.includes(i.id))
          .map((i) => i.id);
  if (activities.length > 0 && selected.length === 0)
    throw new ServiceError(
      'validation',
      'No indicator of the framework matches both the indicator and the activity.',
    );

  // A magnitude (unit other than people, e.g. items) is protected by the ISP's dominance rule on
  // the organisations' contributions, as its publication is; people by the small-count threshold.
  // Never both in one sum.
  const chosen = framework.indicators.filter((i) => selected.length === 0 || selected.includes(i.id));
  const magnitude = isMagnitudeSelection(framework.code, chosen);

  const facts: AssetFacts = {
    dataType: framework.dataType,
    aggregation: aggregationLevelOf(by),
    // Figures broken down by partner, or of chosen partners only, name organisations.
    includesNames: by.includes('organisation') || partners.length > 0,
    includesCoordinates: false,
  };
  // Recorded like every release (audit `isp.decision`): the figures may go to that audience.
  const isp = await loadActiveIsp(tx);
  const decision = await decideAndRecord(
    tx,
    at,
    actor,
    {
      facts,
      recipient: audience,
      form: 'aggregate-publication',
      target: { targetType: 'report-aggregate', targetId: framework.id, organisationId: null },
    },
    isp,
  );
  if (decision.decision === 'deny')
    throw new ServiceError('forbidden', decision.explanation, { decision: decisionToJson(decision) });
  const threshold = thresholdOf(decision);
  const dominance = magnitude ? dominanceRuleOf(isp?.settings) : undefined;

  // Activity is the indicator's activity: grouped by indicator in the database, folded here.
  const sqlBy = by.map((d) => (d === 'activity' ? 'indicator' : d));
  // The viewer's own cells in full: which organisations contributed to each cell is needed (its
  // acronym is the contributor's id), for people as for magnitudes.
  const viewer =
    own === 'in-full' && actor.activeOrganisationId
      ? (await findOrganisationById(tx, actor.activeOrganisationId))?.acronym
      : undefined;
  const withContributors = magnitude || viewer !== undefined;
  // Magnitudes (and the viewer's view): one more group, the organisation, whose values are each
  // cell's contributions.
  const rows = await aggregateReportValues(tx, {
    frameworkId: framework.id,
    periods,
    by: withContributors ? [...sqlBy, 'organisation'] : sqlBy,
    measure,
    ...(selected.length > 0 ? { indicators: selected } : {}),
    ...(input.adm1 && input.adm1.length > 0 ? { adm1: input.adm1 } : {}),
    ...(partners.length > 0 ? { organisationIds: partners } : {}),
    ...(populations.length > 0 ? { populationGroups: populations } : {}),
    viewerOrganisationId: actor.activeOrganisationId,
  });
  const activityOf = new Map(framework.indicators.map((i) => [i.id, i.activity]));
  const a = by.indexOf('activity');
  const groups: AggregateGroup[] = rows.map((r) => {
    const codes = r.codes.slice(0, by.length).map((c, i) => (i === a ? (activityOf.get(c) ?? c) : c));
    return withContributors
      ? { codes, count: r.count, contributors: [{ id: r.codes[by.length]!, value: r.count }] }
      : { codes, count: r.count };
  });
  // Groups of one activity (several indicators) or one contributor add up in protectAggregate.
  const result = protectAggregate(by, merge(groups), threshold, await loadHighsSolver(), dominance, viewer);
  if (!result.ok)
    throw new ServiceError(
      'validation',
      `This table cannot be protected: ${result.error}. Nothing is shown.`,
    );
  const cells: AggregateCellView[] = result.value.cells.map((c) => {
    const cell: Record<string, string | number | null> = {};
    by.forEach((d, i) => (cell[d] = c.codes[i]!));
    return { ...cell, count: c.count, status: c.status, rule: c.rule } as AggregateCellView;
  });
  return {
    framework: framework.code,
    periods,
    by,
    measure,
    audience,
    threshold,
    primaryRule: result.value.primaryRule,
    magnitude,
    own: viewer !== undefined ? 'in-full' : 'protected',
    decision: decisionToJson(decision),
    cells,
    primaryCount: result.value.primaryCount,
    secondaryCount: result.value.secondaryCount,
  };
}

export function createAggregate(ctx: Context) {
  return {
    /**
     * The aggregate as `audience` would receive it, computed with the caller's rights. Throws
     * `forbidden` (with `details.decision`) when the ISP denies that audience.
     */
    aggregate(actor: Actor, input: AggregateInput): Promise<AggregateResult> {
      return ctx.db.withActor(dbActor(actor, ctx.clock()), (tx) =>
        aggregateInTx(tx, ctx.clock(), actor, input),
      );
    },
  };
}

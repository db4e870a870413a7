/**
 * Counts for cluster roles, computed in the database (steward_referral_counts), aggregated to
 * the requested dimensions and protected by the disclosure engine (threshold from the ISP, at
 * least 5, secondary suppression). Decided through the ISP and audited.
 */
import { checkPublication } from '@steward/core/publication/index';
import { loadHighsSolver } from '@steward/core/sdc/tables/highs';
import { referralCounts } from '@steward/db/repositories/referrals';
import { appendAuditAs } from '../audit';
import { ServiceError } from '../errors';
import { decideAndRecord, evaluate, loadActiveIsp } from '../isp/decision-point';
import type { Caller } from '../types';
import { requireStatsRole, type ReferralDeps } from './deps';
import { STATS_DIMENSIONS, type ReferralStats, type StatsCell, type StatsDimension } from './types';

export interface ReferralStatsUseCase {
  /** Counts by the given dimensions (STATS_DIMENSIONS) for the cluster coordinator and IMO. */
  stats(caller: Caller, by: string[]): Promise<ReferralStats>;
}

export function createReferralStats(deps: ReferralDeps): ReferralStatsUseCase {
  return {
    async stats(
      caller: Caller,
      by: string[],
    ): Promise<{ dimensions: StatsDimension[]; threshold: number; cells: StatsCell[] }> {
      requireStatsRole(caller);
      const dims = [...new Set(by.map((b) => b.trim()).filter((b) => b !== ''))];
      const unknown = dims.filter((d) => !(STATS_DIMENSIONS as readonly string[]).includes(d));
      if (dims.length === 0 || unknown.length > 0)
        throw new ServiceError(
          'validation',
          `--by takes ${STATS_DIMENSIONS.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}.`,
          {
            field: 'by',
          },
        );
      const dimensions = dims as StatsDimension[];
      const at = deps.now();
      return deps.as(caller, async (tx) => {
        const rows = await referralCounts(tx);
        const pick = (r: (typeof rows)[number], d: StatsDimension): string =>
          d === 'service' ? r.serviceType : d === 'receiverType' ? r.receiverType : r[d];
        const agg = new Map<string, { codes: string[]; count: number }>();
        for (const r of rows) {
          const codes = dimensions.map((d) => pick(r, d));
          const key = JSON.stringify(codes);
          const cell = agg.get(key) ?? { codes, count: 0 };
          cell.count += r.count;
          agg.set(key, cell);
        }
        const aggregation = dimensions.includes('adm2')
          ? 'adm2'
          : dimensions.includes('adm1')
            ? 'adm1'
            : 'adm0';
        const facts = {
          dataType: 'referral-data',
          aggregation,
          includesNames: false,
          includesCoordinates: false,
        } as const;
        const isp = await loadActiveIsp(tx);
        // The cluster lead's coordination team receives the counts as an organisation recipient
        // (the template's aggregate referral rule is "on request"); the form adds the threshold.
        const request = { facts, recipient: 'organisation' as const, form: 'aggregate-publication' as const };
        const decision = evaluate(isp, request);
        const totalLabel = 'total';
        const check = checkPublication({
          dataType: 'referral-data',
          aggregation,
          audience: 'organisation',
          decision,
          settings: isp?.settings ?? null,
          solver: await loadHighsSolver(),
          table: {
            dimensions: dimensions.map((d, i) => ({
              name: d,
              total: totalLabel,
              codes: [...new Set([...agg.values()].map((c) => c.codes[i]!))].sort().map((code) => ({ code })),
            })),
            rows: [...agg.values()].map((c) => ({ codes: c.codes, count: c.count })),
          },
        });
        await decideAndRecord(
          tx,
          at,
          caller,
          { ...request, target: { targetType: 'referral-stats', targetId: null, organisationId: null } },
          isp,
        );
        await appendAuditAs(tx, at, caller, {
          action: 'referral.stats',
          targetType: 'referral-stats',
          details: { by: dimensions, outcome: check.ok ? 'published' : check.refusal.reason },
        });
        if (!check.ok)
          throw new ServiceError('forbidden', check.refusal.message, {
            code: 'referral.stats_refused',
            reason: check.refusal.reason,
          });
        const threshold = Math.max(5, Number(/\d+/.exec(check.checks.primaryRule)?.[0] ?? 5));
        const cells: StatsCell[] = check.snapshot.cells.map((c) => {
          const cell: StatsCell = { count: c.count, status: c.status };
          dimensions.forEach((d, i) => (cell[d] = c.codes[i] ?? null));
          return cell;
        });
        return { dimensions, threshold, cells };
      });
    },
  };
}

/** The registry as CSV or XLSX: own entries, plus other organisations' entries the ISP lets the actor export. */
import { accessBases, recipientFor } from '../access/entry-access';
import { categoricalFromStrings, datasetFromColumns } from '@steward/core/sdc/dataset';
import { writeCsv, writeXlsx } from '@steward/core/sdc/io/index';
import { listRegistryEntries, type RegistryEntryRow } from '@steward/db/repositories/registry';
import {
  decideEntryAndRecord,
  evaluateEntry,
  loadActiveIsp,
  recordOwnerRelease,
} from '../isp/decision-point';
import { requireActiveOrganisation } from '../isp/roles';
import type { Actor } from '../types';
import type { RegistryDeps } from './deps';
import { STEWARD_MARK } from './import-parse';
import { EXPORT_COLUMNS, type Download } from './types';

export type ExportFormat = 'csv' | 'xlsx';

export interface RegistryExport extends Download {
  /** Other organisations' entries the ISP did not let the actor export. */
  excluded: number;
}

export function createRegistryExport(deps: RegistryDeps) {
  const { ctx, asActor } = deps;
  return {
    /** The registry as CSV or XLSX: own entries, plus other organisations' entries the ISP lets the actor export. */
    async exportRegistry(actor: Actor, format: ExportFormat): Promise<RegistryExport> {
      requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const isp = await loadActiveIsp(tx);
        // Only entries the one access path gives a basis for (as RLS does); the ISP decides each.
        const visible = await listRegistryEntries(tx);
        const bases = await accessBases(tx, actor, visible, deps.today());
        const rows = visible.filter((r) => bases.get(r.id));
        const acr = await deps.acronyms(tx);
        const now = ctx.clock();
        const kept: { row: RegistryEntryRow; sensitivity: string; withhold: boolean }[] = [];
        let excluded = 0;
        for (const row of rows) {
          const target = {
            targetType: 'registry-entry',
            targetId: row.id,
            organisationId: row.organisationId,
          };
          if (row.organisationId === actor.activeOrganisationId) {
            await recordOwnerRelease(tx, now, actor, target, 'export');
            kept.push({
              row,
              sensitivity: evaluateEntry(isp, row, { recipient: 'cluster' }).sensitivity,
              withhold: false,
            });
            continue;
          }
          const d = await decideEntryAndRecord(
            tx,
            now,
            actor,
            row,
            {
              recipient: recipientFor(bases.get(row.id)!),
              form: 'export',
              activeAgreement: bases.get(row.id)!.kind === 'agreement',
              target,
            },
            isp,
          );
          if (d.decision === 'deny') excluded += 1;
          else
            kept.push({
              row,
              sensitivity: d.sensitivity,
              withhold: d.conditions.some((c) => c.kind === 'remove-partner-names'),
            });
        }
        const cell = (v: unknown): string =>
          v === null || v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v);
        const columns = EXPORT_COLUMNS.map((col) =>
          categoricalFromStrings(
            col,
            kept.map(({ row, sensitivity, withhold }) =>
              col === 'organisation'
                ? withhold
                  ? '(withheld by the ISP)'
                  : (acr.get(row.organisationId) ?? '')
                : col === 'sensitivity'
                  ? sensitivity
                  : col === 'updatedAt'
                    ? row.updatedAt.toISOString()
                    : cell(row[col as keyof RegistryEntryRow]),
            ),
          ),
        );
        const dataset = datasetFromColumns(columns);
        const stamp = now.toISOString().slice(0, 10);
        const decision = {
          decision: excluded > 0 ? ('allow-with-conditions' as const) : ('allow' as const),
          sensitivity: 'low' as const,
          rule: null,
          conditions: excluded > 0 ? [`excluded:${excluded}`] : [],
          explanation: `${kept.length} entries exported; ${excluded} excluded because the ISP (version ${isp?.version ?? 'none'}) does not allow exporting them to you.`,
          why: [
            {
              code: 'registry-export',
              params: { kept: kept.length, excluded, version: isp?.version ?? 'none' },
            },
          ],
          ispVersion: isp?.version ?? 'none',
          // Each entry was decided for the actor's organisation; the export has no one rule.
          recipient: 'organisation' as const,
          sharing: null,
        };
        if (format === 'csv') {
          const text =
            `${STEWARD_MARK} ${stamp}; ISP version ${isp?.version ?? 'none'}\r\n` + writeCsv(dataset);
          return {
            name: `registry-${stamp}.csv`,
            contentType: 'text/csv; charset=utf-8',
            bytes: new TextEncoder().encode(text),
            decision,
            excluded,
          };
        }
        const bytes = writeXlsx(dataset, {
          sheetName: 'registry',
          metadata: {
            exportedOn: stamp,
            ispVersion: isp?.version ?? 'none',
            excludedByIsp: String(excluded),
          },
        });
        return {
          name: `registry-${stamp}.xlsx`,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          bytes,
          decision,
          excluded,
        };
      });
    },
  };
}

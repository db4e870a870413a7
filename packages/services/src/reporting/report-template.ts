/** The upload template (CSV or XLSX), HXL-tagged, optionally with example rows. */
import { templateRows } from '@steward/core/reporting/index';
import { categoricalFromStrings, datasetFromColumns } from '@steward/core/sdc/dataset';
import { writeCsvRows, writeXlsx } from '@steward/core/sdc/io/index';
import { listOrganisations } from '@steward/db/repositories/organisations';
import { listAdminAreas } from '@steward/db/repositories/reference';
import { requireActiveOrganisation } from '../isp/roles';
import type { Actor } from '../types';
import { mustFindFramework } from './frameworks';
import type { ReportDeps } from './report-deps';
import type { TemplateFile } from './report-types';

export interface TemplateInput {
  framework: string;
  period: string;
  example?: boolean;
  format?: 'csv' | 'xlsx';
}

export interface ReportTemplate {
  /** The upload template (CSV or XLSX), HXL-tagged; `example` fills plausible rows for the caller's organisation. */
  template(actor: Actor, input: TemplateInput): Promise<TemplateFile>;
}

export function createReportTemplate(deps: ReportDeps): ReportTemplate {
  const { asActor, checkPeriod } = deps;
  return {
    async template(
      actor: Actor,
      input: { framework: string; period: string; example?: boolean; format?: 'csv' | 'xlsx' },
    ): Promise<TemplateFile> {
      checkPeriod(input.period);
      const organisationId = requireActiveOrganisation(actor);
      return asActor(actor, async (tx) => {
        const f = await mustFindFramework(tx, input.framework);
        let example;
        if (input.example) {
          const org = (await listOrganisations(tx)).find((o) => o.id === organisationId);
          const areas = (await listAdminAreas(tx, f.countryIso3)).filter((a) => a.level === 2).slice(0, 3);
          example = {
            organisation: org?.acronym ?? '',
            areas: areas.map((a) => ({ adm1: a.parentPcode ?? '', adm2: a.pcode })),
          };
        }
        const rows = templateRows(f, input.period, example);
        const base = `${f.code}-${input.period}${input.example ? '-example' : ''}`;
        if (input.format === 'xlsx') {
          // writeXlsx writes the column names as row 1 (the header row); the hashtag row and examples follow.
          const cols = rows[0]!.map((header, c) =>
            categoricalFromStrings(
              header,
              rows.slice(1).map((r) => r[c] ?? ''),
            ),
          );
          const bytes = writeXlsx(datasetFromColumns(cols), { sheetName: f.code });
          return {
            name: `${base}.xlsx`,
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            bytes,
          };
        }
        return {
          name: `${base}.csv`,
          contentType: 'text/csv; charset=utf-8',
          bytes: new TextEncoder().encode(writeCsvRows(rows)),
        };
      });
    },
  };
}

/**
 * Demo reporting: the monthly 5W framework `5w` and reports from five partners over the three
 * months before the demo's date — the oldest two approved, the last one partly submitted, one
 * draft — with figures from a fixed seed (no ambient randomness) and some small numbers, so the
 * dashboards show suppressed cells.
 */
import { disaggregationCells, dueDate } from '@steward/core/reporting/index';
import type { Tx } from '@steward/db';
import { findOrganisationByAcronym } from '@steward/db/repositories/organisations';
import {
  insertFramework,
  insertReport,
  insertReportEvent,
  replaceReportValues,
  updateReport,
  type ReportValueInsert,
} from '@steward/db/repositories/reporting';
import { definitionOf } from '../reporting/frameworks';
import { DEMO_5W_FRAMEWORK } from '../reporting/demo-framework';
import { demoAuditor } from './demo-audit';

/** Where each partner works (admin-2 p-codes of the demo gazetteer). */
const PARTNER_AREAS: Record<string, string[]> = {
  FUDA: ['MZ0104', 'MZ0109', 'MZ0111', 'MZ0702'],
  TRI: ['MZ0104', 'MZ0106', 'MZ0112'],
  BCSA: ['MZ0109', 'MZ0111', 'MZ0701'],
  AMD: ['MZ0103', 'MZ0116'],
  RCSN: ['MZ0702', 'MZ0704'],
};

/** The indicators each partner reports. */
const PARTNER_INDICATORS: Record<string, string[]> = {
  FUDA: ['pm-people', 'aw-people', 'doc-people'],
  TRI: ['pm-people', 'pss-people', 'cm-people'],
  BCSA: ['pss-people', 'cm-people', 'aw-people'],
  AMD: ['aw-people', 'pss-people'],
  RCSN: ['pm-people', 'doc-people'],
};

/** Months before `now`: ['YYYY-MM' of now-3, now-2, now-1]. */
export function demoPeriods(now: Date): string[] {
  const out: string[] = [];
  for (let back = 3; back >= 1; back--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

/** A small deterministic generator (mulberry32) so the demo's figures are the same every time. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function loadReportingDemo(tx: Tx, now: Date): Promise<void> {
  const audit = demoAuditor(tx, now);
  const f = DEMO_5W_FRAMEWORK;
  const framework = await insertFramework(tx, {
    code: f.code,
    name: f.name,
    dataType: f.dataType,
    definition: definitionOf(f),
    at: now,
  });
  await audit('reporting.framework.create', 'reporting-framework', framework.id, null);
  const periods = demoPeriods(now);
  const random = seeded(20261);
  for (const [acronym, areas] of Object.entries(PARTNER_AREAS)) {
    const org = await findOrganisationByAcronym(tx, acronym);
    if (!org) throw new Error(`demo: organisation ${acronym} missing`);
    for (const [p, period] of periods.entries()) {
      const last = p === periods.length - 1;
      // The last month: RCSN has not started, AMD keeps a draft, the others submitted.
      if (last && acronym === 'RCSN') continue;
      const state = !last ? 'approved' : acronym === 'AMD' ? 'draft' : 'submitted';
      const report = await insertReport(tx, {
        frameworkId: framework.id,
        organisationId: org.id,
        period,
        dueOn: dueDate(f, period),
        at: now,
      });
      const values: ReportValueInsert[] = [];
      for (const indicatorId of PARTNER_INDICATORS[acronym]!) {
        const indicator = f.indicators.find((i) => i.id === indicatorId)!;
        for (const adm2 of areas) {
          for (const cell of disaggregationCells(indicator.disaggregation)) {
            // Mostly tens to hundreds; about one cell in eight is small (1–4).
            const small = random() < 0.125;
            const reached = small ? 1 + Math.floor(random() * 4) : 8 + Math.floor(random() * 180);
            const common = {
              reportId: report.id,
              organisationId: org.id,
              frameworkId: framework.id,
              period,
              indicator: indicatorId,
              adm1: adm2.slice(0, 4),
              adm2,
              sex: cell.sex,
              age: cell.age,
              populationGroup: cell.populationGroup,
              disability: cell.disability,
            };
            values.push({ ...common, measure: 'reached', value: reached });
            if (indicator.hasTarget)
              values.push({ ...common, measure: 'targeted', value: reached + Math.floor(random() * 40) });
          }
        }
      }
      await replaceReportValues(tx, report, values);
      if (state !== 'draft') {
        const submittedAt = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 5));
        await updateReport(tx, report.id, {
          state,
          submittedAt,
          ...(state === 'approved' ? { approvedAt: submittedAt } : {}),
          at: now,
        });
        await insertReportEvent(tx, {
          reportId: report.id,
          organisationId: org.id,
          at: now,
          actorUserId: null,
          action: 'submitted',
          version: 1,
        });
        if (state === 'approved')
          await insertReportEvent(tx, {
            reportId: report.id,
            organisationId: org.id,
            at: now,
            actorUserId: null,
            action: 'approved',
            version: 1,
          });
      }
      await audit(`reporting.report.${state === 'draft' ? 'create' : state}`, 'report', report.id, org.id, {
        period,
        values: values.length,
      });
    }
  }
}

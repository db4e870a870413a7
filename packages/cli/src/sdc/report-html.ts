/**
 * The self-contained HTML report of `steward anonymise`: risk before and after, information loss,
 * and the steps applied. One file, inline CSS, no script, no external resource. It names columns
 * and counts only; it never contains a data value.
 */
import type { InformationLoss } from '@steward/core/sdc/methods/index';
import type { TreatmentStep } from '@steward/core/sdc/methods/index';
import type { CheckReport } from '@steward/core/sdc/risk/index';

export interface ReportInput {
  readonly input: string;
  readonly output: string;
  readonly config: string;
  readonly seed: number;
  readonly generatedAt: string;
  readonly before: CheckReport | null;
  readonly after: CheckReport | null;
  /** Why the risk comparison is missing (no key variables given), when it is. */
  readonly riskNote?: string;
  readonly steps: readonly TreatmentStep[];
  readonly loss: InformationLoss;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const fmt = (v: number, digits = 6) => (Number.isInteger(v) ? v.toLocaleString('en-US') : v.toFixed(digits));

function riskRows(before: CheckReport, after: CheckReport): [string, string, string][] {
  const rows: [string, string, string][] = [
    ['Records', fmt(before.records), fmt(after.records)],
    ['Equivalence classes', fmt(before.classes), fmt(after.classes)],
    ['Sample uniques (fk = 1)', fmt(before.sampleUniques), fmt(after.sampleUniques)],
  ];
  for (const k of Object.keys(before.violations)) {
    rows.push([
      `Records with fk &lt; ${escapeHtml(k)}`,
      fmt(before.violations[k]!),
      fmt(after.violations[k] ?? 0),
    ]);
  }
  for (const k of Object.keys(before.weightedViolations ?? {})) {
    rows.push([
      `Records with weighted Fk &lt; ${escapeHtml(k)}`,
      fmt(before.weightedViolations![k]!),
      fmt(after.weightedViolations?.[k] ?? 0),
    ]);
  }
  rows.push(
    [
      before.weight
        ? `Global risk (survey-weighted, ${escapeHtml(before.weight)})`
        : 'Global risk (mean of 1/fk)',
      fmt(before.globalRisk),
      fmt(after.globalRisk),
    ],
    [
      'Expected re-identifications',
      fmt(before.expectedReidentifications, 3),
      fmt(after.expectedReidentifications, 3),
    ],
    ['High-risk records', fmt(before.highRiskRecords), fmt(after.highRiskRecords)],
  );
  return rows;
}

export function renderReportHtml(r: ReportInput): string {
  const e = escapeHtml;
  const table = (head: readonly string[], rows: readonly (readonly string[])[], id: string) =>
    `<table id="${id}"><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows
      .map(
        (row) =>
          `<tr>${row.map((c, i) => (i === 0 ? `<th scope="row">${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
  const risk =
    r.before && r.after
      ? `<p>Key variables: ${e(r.before.keys.join(', '))}.</p>${table(['Measure', 'Before', 'After'], riskRows(r.before, r.after), 'risk')}`
      : `<p>${e(r.riskNote ?? 'No risk comparison.')}</p>`;
  const L = r.loss;
  const lossRows: string[][] = [
    ['Suppressed values (total)', fmt(L.totalSuppressions)],
    ...Object.entries(L.suppressionsPerKey).map(([k, v]) => [`Suppressed in ${e(k)}`, fmt(v)]),
    ['Share of values changed', `${(100 * L.changedShare).toFixed(2)} %`],
    ...Object.entries(L.changedPerColumn)
      .filter(([, v]) => v > 0)
      .map(([k, v]) => [`Values changed in ${e(k)}`, fmt(v)]),
    ['Entropy loss of the keys (bits)', fmt(L.entropyLoss.total, 2)],
    ['Entropy loss, relative to full suppression', `${(100 * L.entropyLoss.relative).toFixed(2)} %`],
    ['Columns removed', L.removedColumns.length ? e(L.removedColumns.join(', ')) : 'none'],
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Disclosure-control report: ${e(r.output)}</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2733;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d5dbe1}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{padding:.35rem .6rem;border-bottom:1px solid #e3e7eb;text-align:left}
td{font-variant-numeric:tabular-nums}thead th{background:#f3f5f7}.muted{color:#5b6773}
</style>
</head>
<body>
<h1>Disclosure-control report</h1>
<p class="muted">Input <b>${e(r.input)}</b> → output <b>${e(r.output)}</b>; treatment <b>${e(r.config)}</b>, seed ${r.seed}; made by Steward on ${e(r.generatedAt)}. This report contains counts and column names only, no data values.</p>
<h2>Re-identification risk</h2>
${risk}
<h2>Information loss</h2>
${table(['Measure', 'Value'], lossRows, 'loss')}
<h2>Steps applied</h2>
<ol id="steps">${r.steps.map((s) => `<li><b>${e(s.step)}</b>: ${e(s.summary)}</li>`).join('')}</ol>
</body>
</html>
`;
}

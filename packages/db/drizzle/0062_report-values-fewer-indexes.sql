-- Hand-written comment (issue 10 "Scale", decision 0029 seventh addendum): the index on
-- report_values (framework_id, period, measure, indicator) cost about a third of storing a report's
-- values on PGlite (a 100,000-row import, 720,000 values: 25.9 and 24.7 s CPU with it, 16.5 and
-- 17.1 s without, scripts/bench/import-cpu.ts). Its only readers (dashboards by admin-2 area, the
-- areas of each report) now reach the values through their reports: reports_framework_period_idx,
-- then report_values_report_id_idx (report_id, id) — a report's values are all of its framework
-- and period (steward_report_values_match_report, 0051/0056).
DROP INDEX "report_values_framework_period_idx";

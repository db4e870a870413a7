-- Custom migration (drizzle-kit generate --custom): grants and row-level security for partner
-- reporting (issue 10). Same pattern as 0003/0007/0010: row-less helpers wrapped in (SELECT …()).
-- Valid on PostgreSQL 15 (server) and 18 (PGlite).
--
-- Frameworks: every signed-in user reads them; cluster roles write them.
-- Reports and their events: the organisation's members; cluster roles once submitted (never a
-- draft). Report values: as their report. Dashboards compute figures with these rights (the viewer's).
GRANT SELECT, INSERT, UPDATE, DELETE ON reporting_frameworks, reports, report_values TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON report_events TO steward_app;
--> statement-breakpoint
ALTER TABLE reporting_frameworks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE reports ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE report_values ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE report_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reporting_frameworks_select ON reporting_frameworks FOR SELECT TO steward_app
  USING (steward_actor_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY reporting_frameworks_insert ON reporting_frameworks FOR INSERT TO steward_app
  WITH CHECK ((SELECT steward_actor_has_cluster_role()));
--> statement-breakpoint
CREATE POLICY reporting_frameworks_update ON reporting_frameworks FOR UPDATE TO steward_app
  USING ((SELECT steward_actor_has_cluster_role())) WITH CHECK ((SELECT steward_actor_has_cluster_role()));
--> statement-breakpoint
CREATE POLICY reports_select ON reports FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR (state <> 'draft' AND (SELECT steward_actor_has_cluster_role())));
--> statement-breakpoint
CREATE POLICY reports_insert ON reports FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
-- The organisation edits, submits and corrects; cluster roles return and approve submitted reports.
CREATE POLICY reports_update ON reports FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR (state <> 'draft' AND (SELECT steward_actor_has_cluster_role())))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR (state <> 'draft' AND (SELECT steward_actor_has_cluster_role())));
--> statement-breakpoint
CREATE POLICY reports_delete ON reports FOR DELETE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()) AND state = 'draft');
--> statement-breakpoint
CREATE POLICY report_values_select ON report_values FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR ((SELECT steward_actor_has_cluster_role())
             AND report_id IN (SELECT r.id FROM reports r WHERE r.state <> 'draft')));
--> statement-breakpoint
CREATE POLICY report_values_insert ON report_values FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY report_values_update ON report_values FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY report_values_delete ON report_values FOR DELETE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY report_events_select ON report_events FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR (SELECT steward_actor_has_cluster_role()));
--> statement-breakpoint
CREATE POLICY report_events_insert ON report_events FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids())
              OR (SELECT steward_actor_has_cluster_role()));

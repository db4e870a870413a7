-- Custom migration (drizzle-kit generate --custom): grants and row-level security for retention
-- schedules (issue 11 §4). Same pattern as 0003/0010. Destruction itself is done by the
-- operations command `steward retention run` (the owner role), for schedules the owner approved.
GRANT SELECT, INSERT, UPDATE ON retention_schedules TO steward_app;
--> statement-breakpoint
ALTER TABLE retention_schedules ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY retention_schedules_select ON retention_schedules FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY retention_schedules_insert ON retention_schedules FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY retention_schedules_update ON retention_schedules FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));

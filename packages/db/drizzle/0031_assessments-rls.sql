-- Custom migration (drizzle-kit generate --custom): grants and row-level security for data impact
-- assessments (issue 11 §3). Same pattern as 0021 (incidents): ENABLE (not FORCE), row-less
-- helpers wrapped in a sub-SELECT.

-- 1. Grants: assessments are never deleted by the application; risks are (by their owner).
GRANT SELECT, INSERT, UPDATE ON impact_assessments TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON impact_assessment_risks TO steward_app;
--> statement-breakpoint
ALTER TABLE impact_assessments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE impact_assessment_risks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- 2. Assessments: the owning organisation's members; cluster roles when the organisation shared
-- it with the cluster. Writes: the owning organisation only.
CREATE POLICY impact_assessments_select ON impact_assessments FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR (shared_with_cluster AND (SELECT steward_actor_has_cluster_role())));
--> statement-breakpoint
CREATE POLICY impact_assessments_insert ON impact_assessments FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY impact_assessments_update ON impact_assessments FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
-- 3. Risks: readable with their assessment (the sub-SELECT is itself under the policy above);
-- written by the owning organisation only, and only on its own assessments.
CREATE POLICY impact_assessment_risks_select ON impact_assessment_risks FOR SELECT TO steward_app
  USING (assessment_id IN (SELECT id FROM impact_assessments));
--> statement-breakpoint
CREATE POLICY impact_assessment_risks_insert ON impact_assessment_risks FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids())
              AND assessment_id IN (SELECT id FROM impact_assessments
                                    WHERE organisation_id IN (SELECT steward_actor_organisation_ids())));
--> statement-breakpoint
CREATE POLICY impact_assessment_risks_update ON impact_assessment_risks FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids())
              AND assessment_id IN (SELECT id FROM impact_assessments
                                    WHERE organisation_id IN (SELECT steward_actor_organisation_ids())));
--> statement-breakpoint
CREATE POLICY impact_assessment_risks_delete ON impact_assessment_risks FOR DELETE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()));

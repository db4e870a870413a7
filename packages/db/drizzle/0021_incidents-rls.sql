-- Custom migration (drizzle-kit generate --custom): grants and row-level security for the data
-- incident register (issue 11 §2). Same pattern as 0003/0007/0010: PL/pgSQL SECURITY DEFINER
-- helpers, row-less helpers wrapped in a sub-SELECT. Valid on PostgreSQL 15 and PGlite.

-- 1. The cluster's anonymised summary reads every incident's month, type, severity and state
-- (nothing else) for cluster roles only; RLS hides the rows themselves.
CREATE OR REPLACE FUNCTION steward_incident_summary_records()
  RETURNS TABLE (month text, type text, severity text, state text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    IF NOT steward_actor_has_cluster_role() THEN
      RETURN;
    END IF;
    RETURN QUERY SELECT to_char(i.reported_at AT TIME ZONE 'UTC', 'YYYY-MM'), i.type, i.severity, i.state
      FROM incidents i;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_incident_summary_records() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_incident_summary_records() TO steward_app;
--> statement-breakpoint

-- 2. Grants: no DELETE (an incident is never deleted by the application).
GRANT SELECT, INSERT, UPDATE ON incidents, incident_agreement_duties TO steward_app;
--> statement-breakpoint

-- 3. Row-level security (ENABLE, as every other area: the owner role that migrations, the demo
-- and `steward retention run` use is not subject to it).
ALTER TABLE incidents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE incident_agreement_duties ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Incidents: the reporting organisation's members; cluster roles when the organisation shared
-- it; every signed-in member for the cluster's own records. Writes: the reporting organisation.
CREATE POLICY incidents_select ON incidents FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR (shared_with_cluster AND (SELECT steward_actor_has_cluster_role()))
         OR (cluster_record AND (SELECT steward_actor_user_id()) IS NOT NULL));
--> statement-breakpoint
CREATE POLICY incidents_insert ON incidents FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY incidents_update ON incidents FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
-- Duties: the reporting organisation and the partner of the agreement (who sees only the
-- agreement and who reported). Writes: the reporting organisation.
CREATE POLICY incident_duties_select ON incident_agreement_duties FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR partner_organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY incident_duties_insert ON incident_agreement_duties FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY incident_duties_update ON incident_agreement_duties FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));

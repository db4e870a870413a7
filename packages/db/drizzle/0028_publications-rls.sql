-- Custom migration (drizzle-kit generate --custom): grants and row-level security for published
-- snapshots (issue 10). Valid on PostgreSQL 15 and PGlite.
--
-- The publishing organisation's members see its publications (published or not); the audience
-- sees published ones: every signed-in member for 'cluster' and 'public', the named organisation
-- for 'organisation'. Only cluster roles of the publishing organisation publish and unpublish.
-- No one deletes (unpublishing keeps the record and its checks). Anonymous readers see nothing
-- here: they read one public snapshot by its token hash through steward_public_snapshot.
GRANT SELECT, INSERT, UPDATE ON publications, publication_sources TO steward_app;
--> statement-breakpoint
ALTER TABLE publications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE publications FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE publication_sources ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE publication_sources FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The unprotected source table: the publishing organisation's cluster roles only.
CREATE POLICY publication_sources_all ON publication_sources FOR ALL TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         AND (SELECT steward_actor_has_cluster_role()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids())
              AND (SELECT steward_actor_has_cluster_role()));
--> statement-breakpoint
CREATE POLICY publications_select ON publications FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR (status = 'published'
             AND ((audience IN ('cluster', 'public') AND (SELECT steward_actor_user_id()) IS NOT NULL)
                  OR audience_organisation_id IN (SELECT steward_actor_organisation_ids()))));
--> statement-breakpoint
CREATE POLICY publications_insert ON publications FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids())
              AND (SELECT steward_actor_has_cluster_role()));
--> statement-breakpoint
CREATE POLICY publications_update ON publications FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         AND (SELECT steward_actor_has_cluster_role()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids())
              AND (SELECT steward_actor_has_cluster_role()));
--> statement-breakpoint
-- The one way in without a session: the snapshot of a PUBLISHED PUBLIC publication whose token
-- hashes to p_hash. Nothing else of the row (no source, checks or people) is returned.
CREATE OR REPLACE FUNCTION steward_public_snapshot(p_hash text)
  RETURNS TABLE (publication_id uuid, title text, kind text, data_type text, aggregation text,
                 version int, snapshot jsonb, published_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT p.id, p.title, p.kind, p.data_type, p.aggregation, p.version, p.snapshot, p.published_at
      FROM publications p
     WHERE p.public_token_hash = p_hash AND p.status = 'published' AND p.audience = 'public'
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_public_snapshot(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_public_snapshot(text) TO steward_app;

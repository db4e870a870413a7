-- Custom migration (drizzle-kit generate --custom): agreements give access only while they are in
-- force, and only to the file version approved (issue 7 §5). Valid on PostgreSQL 15 and PGlite.

-- 1. Agreements made before files were pinned keep the file they could give when this migration
-- ran: the entry's newest released (not quarantined) file.
UPDATE agreements a SET file_id = (
  SELECT f.id FROM registry_files f
   WHERE f.entry_id = a.registry_entry_id AND NOT f.quarantined
   ORDER BY f.version DESC LIMIT 1)
 WHERE a.file_id IS NULL;
--> statement-breakpoint

-- 2. Today, as the application's clock says (set per transaction with the actor, app.today), else
-- the database's own date. Dates of agreements are ISO text (YYYY-MM-DD), compared as text.
CREATE OR REPLACE FUNCTION steward_today() RETURNS text
  LANGUAGE sql STABLE SET search_path = public, pg_temp
  AS $$
    SELECT CASE WHEN current_setting('app.today', true) ~ '^\d{4}-\d{2}-\d{2}$'
                THEN current_setting('app.today', true)
                ELSE to_char(current_date, 'YYYY-MM-DD') END
  $$;
--> statement-breakpoint
-- Entries the actor's organisations receive under an agreement in force: not revoked and not
-- expired (the last day included). Revocation and expiry hide the entry alike.
CREATE OR REPLACE FUNCTION steward_actor_agreement_entry_ids() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT a.registry_entry_id FROM agreements a
     WHERE a.revoked_at IS NULL
       AND a.expires_on >= steward_today()
       AND a.recipient_organisation_id IN (SELECT steward_actor_organisation_ids())
  $$;
--> statement-breakpoint
-- Files those agreements give: the approved file, or every released file of the entry when the
-- agreement includes later versions. Only from the start date on.
CREATE OR REPLACE FUNCTION steward_actor_agreement_file_ids() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT f.id FROM agreements a JOIN registry_files f ON f.entry_id = a.registry_entry_id
     WHERE a.revoked_at IS NULL
       AND a.starts_on <= steward_today()
       AND a.expires_on >= steward_today()
       AND a.recipient_organisation_id IN (SELECT steward_actor_organisation_ids())
       AND (a.includes_later_versions OR a.file_id = f.id)
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_today(), steward_actor_agreement_file_ids() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_today(), steward_actor_agreement_file_ids() TO steward_app;
--> statement-breakpoint
-- 3. Files: the owner's members; cluster roles the released files of entries shared with the
-- cluster; agreement recipients the released files their agreements in force give.
DROP POLICY registry_files_select ON registry_files;
--> statement-breakpoint
CREATE POLICY registry_files_select ON registry_files FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR (NOT quarantined
             AND (id IN (SELECT steward_actor_agreement_file_ids())
                  OR (steward_actor_has_cluster_role()
                      AND entry_id IN (SELECT e.id FROM registry_entries e WHERE e.shared_with_cluster)))));

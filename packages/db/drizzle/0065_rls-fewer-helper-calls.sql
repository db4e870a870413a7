-- Hand-written (issue 7, speed of the API; docs/decisions/0013-api-speed.md, eleventh round): the
-- registry list's statements run fewer and smaller helper queries, with the same rules. Each call
-- of a SECURITY DEFINER helper starts its own query (a function frame that saves and restores
-- search_path, then its plan's executor); a helper that called steward_actor_organisation_ids() paid
-- a second one, steward_today() (SQL with a SET clause, never inlined) one more per agreement row,
-- and the files policy ran a second copy of the entries policy in a sub-select. Valid on
-- PostgreSQL 15 (server) and 18 (PGlite).

-- 0. steward_today() (0007) without its SET clause, so that the planner inlines it: it reads two
--    settings and the clock, calls only pg_catalog functions (searched first whatever the caller's
--    search_path), and is not SECURITY DEFINER, so the clause protected nothing. Same body.
CREATE OR REPLACE FUNCTION steward_today() RETURNS text
  LANGUAGE sql STABLE
  AS $$
    SELECT CASE WHEN current_setting('app.today', true) ~ '^\d{4}-\d{2}-\d{2}$'
                THEN current_setting('app.today', true)
                ELSE to_char(current_date, 'YYYY-MM-DD') END
  $$;
--> statement-breakpoint

-- 1. The actor's organisations as a plain SQL query that the planner inlines into the helpers' own
--    queries: the same query as steward_actor_organisation_ids() (0038), which now reads it too, so
--    the rule is written once. Not SECURITY DEFINER: run by steward_app it would read memberships
--    under their policies; nobody but the owner may call it (the helpers run as the owner).
CREATE OR REPLACE FUNCTION steward_actor_organisation_ids_inline() RETURNS SETOF uuid
  LANGUAGE sql STABLE
  AS $$
    SELECT m.organisation_id
      FROM public.memberships m JOIN public.users u ON u.id = m.user_id
      JOIN public.organisations o ON o.id = m.organisation_id
     WHERE m.user_id = public.steward_actor_user_id()
       AND NOT u.disabled
       AND o.status = 'active'
       AND (public.steward_actor_organisation_id() IS NULL
            OR m.organisation_id = public.steward_actor_organisation_id())
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_organisation_ids_inline() FROM PUBLIC;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_organisation_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  RETURN QUERY SELECT o.id FROM steward_actor_organisation_ids_inline() AS o(id);
END
$$;
--> statement-breakpoint

-- 2. The other parts of the helpers' queries the same way: the actor's memberships of a cluster
--    role, and the files their agreements give on a date. Owner only, as above.
CREATE OR REPLACE FUNCTION steward_actor_cluster_memberships_inline() RETURNS SETOF uuid
  LANGUAGE sql STABLE
  AS $$
    SELECT m.organisation_id FROM public.memberships m
     WHERE m.user_id = public.steward_actor_user_id()
       AND m.organisation_id IN (SELECT o.id FROM public.steward_actor_organisation_ids_inline() AS o(id))
       AND m.role IN ('cluster-coordinator', 'cluster-imo')
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_agreement_file_ids_inline(p_today text) RETURNS SETOF uuid
  LANGUAGE sql STABLE
  AS $$
    SELECT f.id FROM public.agreements a JOIN public.registry_files f ON f.entry_id = a.registry_entry_id
     WHERE a.revoked_at IS NULL
       AND a.starts_on <= p_today
       AND a.expires_on >= p_today
       AND a.recipient_organisation_id IN (SELECT o.id FROM public.steward_actor_organisation_ids_inline() AS o(id))
       AND (a.includes_later_versions OR a.file_id = f.id)
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_cluster_memberships_inline(), steward_actor_agreement_file_ids_inline(text)
  FROM PUBLIC;
--> statement-breakpoint

-- 3. The helpers read those inline (one frame each instead of two or more), and today's date once
--    per call instead of once per agreement row. Same queries as 0003 and 0007 otherwise.
CREATE OR REPLACE FUNCTION steward_actor_has_cluster_role() RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  RETURN (SELECT EXISTS (SELECT 1 FROM steward_actor_cluster_memberships_inline()));
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_agreement_entry_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v_today constant text := steward_today();
BEGIN
  RETURN QUERY
    SELECT a.registry_entry_id FROM agreements a
     WHERE a.revoked_at IS NULL
       AND a.expires_on >= v_today
       AND a.recipient_organisation_id IN (SELECT o.id FROM steward_actor_organisation_ids_inline() AS o(id));
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_agreement_file_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v_today constant text := steward_today();
BEGIN
  RETURN QUERY SELECT f.id FROM steward_actor_agreement_file_ids_inline(v_today) AS f(id);
END
$$;
--> statement-breakpoint

-- 4. Files others may read, in one helper: those the actor's agreements in force give, and, for a
--    cluster role, the files of entries shared with the cluster. The policy of registry_files
--    (0007) asked the second half through a sub-select of registry_entries under its own policy,
--    which is true of every entry shared with the cluster for a cluster role (shared_with_cluster
--    AND steward_actor_has_cluster_role() is one of its terms), so reading the shared entries
--    directly gives the same files. Quarantined files stay out by the policy, as before.
CREATE OR REPLACE FUNCTION steward_actor_received_file_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v_today constant text := steward_today();
BEGIN
  RETURN QUERY SELECT f.id FROM steward_actor_agreement_file_ids_inline(v_today) AS f(id);
  IF EXISTS (SELECT 1 FROM steward_actor_cluster_memberships_inline()) THEN
    RETURN QUERY
      SELECT f.id FROM registry_files f JOIN registry_entries e ON e.id = f.entry_id
       WHERE e.shared_with_cluster;
  END IF;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_received_file_ids() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_actor_received_file_ids() TO steward_app;
--> statement-breakpoint
ALTER POLICY registry_files_select ON registry_files
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR (NOT quarantined AND id IN (SELECT steward_actor_received_file_ids())));
--> statement-breakpoint

-- 5. Agreements (0003): the two sub-selects of the actor's organisations (provider, recipient) become
--    one, read once per statement as an array and compared with both parties. The same rows: a
--    party matches when it is one of the actor's organisations (a missing recipient never does).
ALTER POLICY agreements_select ON agreements
  USING (ARRAY[provider_organisation_id, recipient_organisation_id]
           && (SELECT ARRAY(SELECT steward_actor_organisation_ids()))
         OR (SELECT steward_actor_has_cluster_role()));

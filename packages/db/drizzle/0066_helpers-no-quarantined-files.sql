-- Hand-written (task t7-quarantine, issue 7; docs/decisions/0013-api-speed.md, eleventh round, attack
-- review): the file helpers that steward_app may call, steward_actor_agreement_file_ids() (0007) and
-- steward_actor_received_file_ids() (0065), returned the ids of quarantined files when called
-- directly (as injected SQL could): only the policy of registry_files filtered them. They now
-- exclude quarantined files at the source, through the inline query they both read; the policy
-- keeps its own NOT quarantined (defence in depth), so the rows it gives are the same. Same bodies
-- as 0065 otherwise. Valid on PostgreSQL 15 (server) and 18 (PGlite).

-- 1. Files the actor's agreements in force give on a date: released files only. Owner only (0065).
CREATE OR REPLACE FUNCTION steward_actor_agreement_file_ids_inline(p_today text) RETURNS SETOF uuid
  LANGUAGE sql STABLE
  AS $$
    SELECT f.id FROM public.agreements a JOIN public.registry_files f ON f.entry_id = a.registry_entry_id
     WHERE a.revoked_at IS NULL
       AND a.starts_on <= p_today
       AND a.expires_on >= p_today
       AND a.recipient_organisation_id IN (SELECT o.id FROM public.steward_actor_organisation_ids_inline() AS o(id))
       AND (a.includes_later_versions OR a.file_id = f.id)
       AND NOT f.quarantined
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_agreement_file_ids_inline(text) FROM PUBLIC;
--> statement-breakpoint

-- 2. Files others may read: for a cluster role, the released files of entries shared with the
--    cluster (the agreements' part is released only by 1.).
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
       WHERE e.shared_with_cluster
         AND NOT f.quarantined;
  END IF;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_received_file_ids() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_actor_received_file_ids() TO steward_app;

-- Hand-written (task t7-quarantine, issue 7; docs/decisions/0013-api-speed.md, eleventh round, attack
-- review): steward_requestable_entry(uuid) (0003), callable by steward_app, gave the owner and title
-- of any entry shared with the cluster, also a draft entry, a destroyed one, an inactive
-- organisation's, and to an actor with no organisation: entries the catalogue (0037, 0044) hides.
-- The request service asked the catalogue after it, injected SQL would not. The function now
-- answers only for an entry the catalogue lists, to an actor with an organisation (the catalogue's
-- conditions, the ISP's rule staying in the service). Valid on PostgreSQL 15 (server) and 18 (PGlite).
CREATE OR REPLACE FUNCTION steward_requestable_entry(p_entry uuid)
  RETURNS TABLE (organisation_id uuid, title text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT e.organisation_id, e.title
      FROM registry_entries e JOIN organisations o ON o.id = e.organisation_id
     WHERE e.id = p_entry
       AND e.shared_with_cluster
       AND o.status = 'active'
       AND e.status = 'active'
       AND EXISTS (SELECT 1 FROM steward_actor_organisation_ids())
       AND NOT EXISTS (SELECT 1 FROM retention_schedules r
                        WHERE r.registry_entry_id = e.id AND r.destroyed_at IS NOT NULL)
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_requestable_entry(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_requestable_entry(uuid) TO steward_app;

-- Custom migration (drizzle-kit generate --custom): administration of organisations (issue 8).
-- See docs/decisions (organisation administration) and docs/security.md.
--   1. A deactivated organisation is no longer one its members act for: the actor helper
--      steward_actor_organisation_ids() leaves it out, so row-level security closes its data to
--      its members (sessions move to another organisation, its API tokens stop working).
--   2. Cluster coordinators (of the organisation they act for) add and edit organisations, as
--      administrators do; nobody else writes the directory.
--   3. The organisation holding the cluster's last active coordinator cannot be deactivated.
--   4. Focal points (partner focal points and cluster coordinators) of every organisation, name
--      and e-mail only, for the cluster's contact list; every signed-in user reads them.

-- 1. Only active organisations (same single query as 0001, PL/pgSQL as 0010 made it).
CREATE OR REPLACE FUNCTION steward_actor_organisation_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  RETURN QUERY SELECT m.organisation_id
      FROM memberships m JOIN users u ON u.id = m.user_id
      JOIN organisations o ON o.id = m.organisation_id
     WHERE m.user_id = steward_actor_user_id()
       AND NOT u.disabled
       AND o.status = 'active'
       AND (steward_actor_organisation_id() IS NULL OR m.organisation_id = steward_actor_organisation_id());
END
$$;
--> statement-breakpoint

-- 2. Who writes the directory of organisations.
CREATE OR REPLACE FUNCTION steward_actor_is_cluster_coordinator() RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  RETURN (SELECT EXISTS (
    SELECT 1 FROM memberships m
     WHERE m.user_id = steward_actor_user_id()
       AND m.organisation_id IN (SELECT steward_actor_organisation_ids())
       AND m.role = 'cluster-coordinator'));
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_is_cluster_coordinator() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_actor_is_cluster_coordinator() TO steward_app;
--> statement-breakpoint
DROP POLICY organisations_insert ON organisations;
--> statement-breakpoint
DROP POLICY organisations_update ON organisations;
--> statement-breakpoint
CREATE POLICY organisations_insert ON organisations FOR INSERT TO steward_app
  WITH CHECK ((SELECT steward_actor_is_admin()) OR (SELECT steward_actor_is_cluster_coordinator()));
--> statement-breakpoint
CREATE POLICY organisations_update ON organisations FOR UPDATE TO steward_app
  USING ((SELECT steward_actor_is_admin()) OR (SELECT steward_actor_is_cluster_coordinator()))
  WITH CHECK ((SELECT steward_actor_is_admin()) OR (SELECT steward_actor_is_cluster_coordinator()));
--> statement-breakpoint

-- 3. Enabled cluster coordinators in active organisations other than p_organisation.
CREATE OR REPLACE FUNCTION steward_active_coordinators_outside(p_organisation uuid) RETURNS int
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT count(*)::int FROM memberships m
      JOIN users u ON u.id = m.user_id
      JOIN organisations o ON o.id = m.organisation_id
     WHERE m.role = 'cluster-coordinator' AND NOT u.disabled AND o.status = 'active'
       AND m.organisation_id <> p_organisation
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_active_coordinators_outside(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_active_coordinators_outside(uuid) TO steward_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_organisations_keep_last_coordinator() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    IF OLD.status = 'active' AND NEW.status <> 'active'
       AND EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
                    WHERE m.organisation_id = OLD.id AND m.role = 'cluster-coordinator' AND NOT u.disabled)
       AND steward_active_coordinators_outside(OLD.id) = 0 THEN
      RAISE EXCEPTION 'the organisation of the cluster''s last coordinator cannot be deactivated'
        USING ERRCODE = '23514', CONSTRAINT = 'organisations_last_coordinator';
    END IF;
    RETURN NEW;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER organisations_keep_last_coordinator BEFORE UPDATE OF status ON organisations
  FOR EACH ROW EXECUTE FUNCTION steward_organisations_keep_last_coordinator();
--> statement-breakpoint

-- 4. The cluster's contact list: who the focal points of each organisation are.
CREATE OR REPLACE FUNCTION steward_organisation_focal_points()
  RETURNS TABLE (organisation_id uuid, display_name text, email text, role membership_role)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  IF steward_actor_user_id() IS NULL THEN
    RETURN;
  END IF;
  RETURN QUERY SELECT m.organisation_id, u.display_name, u.email, m.role
      FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.role IN ('partner-focal-point', 'cluster-coordinator') AND NOT u.disabled
     ORDER BY u.display_name;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_organisation_focal_points() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_organisation_focal_points() TO steward_app;

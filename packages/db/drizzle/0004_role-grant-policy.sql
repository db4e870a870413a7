-- Custom migration (drizzle-kit generate --custom): the role-grant policy in the database (issue 7
-- §1). The services decide with @steward/core/auth/role-grants and these rules refuse whatever
-- gets past them. See docs/decisions/0007-role-grant-policy.md and docs/security.md.
--   1. Cluster roles exist only in cluster lead / co-lead organisations (memberships and
--      organisations both checked: a lead cannot be retyped while it holds cluster roles).
--   2. Only members whose role manages memberships (coordinator, focal point) write memberships of
--      their organisation, and never a role — given or taken — above their own (administrators
--      excepted).
--   3. The cluster's last enabled coordinator cannot be removed or demoted.

-- Rank of a membership role: a granter gives roles of rank at most their own (core ROLE_RANK).
CREATE OR REPLACE FUNCTION steward_role_rank(p_role membership_role) RETURNS int
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT CASE p_role
      WHEN 'cluster-coordinator' THEN 6
      WHEN 'cluster-imo' THEN 5
      WHEN 'partner-focal-point' THEN 4
      WHEN 'partner-im-officer' THEN 3
      WHEN 'caseworker' THEN 2
      WHEN 'viewer' THEN 1
    END
  $$;
--> statement-breakpoint
-- The actor's role in one organisation they act for (null when not a member).
CREATE OR REPLACE FUNCTION steward_actor_role_in(p_organisation uuid) RETURNS membership_role
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT m.role FROM memberships m
     WHERE m.user_id = steward_actor_user_id()
       AND m.organisation_id = p_organisation
       AND m.organisation_id IN (SELECT steward_actor_organisation_ids())
  $$;
--> statement-breakpoint
-- Enabled cluster coordinators of the whole cluster, leaving out one membership.
CREATE OR REPLACE FUNCTION steward_other_cluster_coordinators(p_user uuid, p_organisation uuid) RETURNS int
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT count(*)::int FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.role = 'cluster-coordinator' AND NOT u.disabled
       AND NOT (m.user_id = p_user AND m.organisation_id = p_organisation)
  $$;
--> statement-breakpoint

-- 1. Cluster roles only in cluster lead / co-lead organisations.
CREATE OR REPLACE FUNCTION steward_memberships_cluster_role_in_lead() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    IF NEW.role IN ('cluster-coordinator', 'cluster-imo') AND NOT EXISTS (
         SELECT 1 FROM organisations o
          WHERE o.id = NEW.organisation_id AND o.type IN ('cluster-lead', 'cluster-co-lead')) THEN
      RAISE EXCEPTION 'cluster roles exist only in cluster lead or co-lead organisations'
        USING ERRCODE = '23514', CONSTRAINT = 'memberships_cluster_role_in_lead';
    END IF;
    RETURN NEW;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER memberships_1_cluster_role_in_lead BEFORE INSERT OR UPDATE OF role, organisation_id ON memberships
  FOR EACH ROW EXECUTE FUNCTION steward_memberships_cluster_role_in_lead();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_organisations_keep_cluster_roles() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    IF NEW.type NOT IN ('cluster-lead', 'cluster-co-lead') AND EXISTS (
         SELECT 1 FROM memberships m
          WHERE m.organisation_id = NEW.id AND m.role IN ('cluster-coordinator', 'cluster-imo')) THEN
      RAISE EXCEPTION 'an organisation holding cluster roles must stay a cluster lead or co-lead'
        USING ERRCODE = '23514', CONSTRAINT = 'memberships_cluster_role_in_lead';
    END IF;
    RETURN NEW;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER organisations_keep_cluster_roles BEFORE UPDATE OF type ON organisations
  FOR EACH ROW EXECUTE FUNCTION steward_organisations_keep_cluster_roles();
--> statement-breakpoint

-- 2. Who writes memberships. Row-level security: only in organisations where the actor's role
--    manages memberships (administrators anywhere).
CREATE OR REPLACE FUNCTION steward_actor_manages_members_of(p_organisation uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT coalesce(steward_actor_role_in(p_organisation) IN ('cluster-coordinator', 'partner-focal-point'), false) $$;
--> statement-breakpoint
DROP POLICY memberships_insert ON memberships;
--> statement-breakpoint
DROP POLICY memberships_update ON memberships;
--> statement-breakpoint
DROP POLICY memberships_delete ON memberships;
--> statement-breakpoint
CREATE POLICY memberships_insert ON memberships FOR INSERT TO steward_app
  WITH CHECK (steward_actor_is_admin() OR steward_actor_manages_members_of(organisation_id));
--> statement-breakpoint
CREATE POLICY memberships_update ON memberships FOR UPDATE TO steward_app
  USING (steward_actor_is_admin() OR steward_actor_manages_members_of(organisation_id))
  WITH CHECK (steward_actor_is_admin() OR steward_actor_manages_members_of(organisation_id));
--> statement-breakpoint
CREATE POLICY memberships_delete ON memberships FOR DELETE TO steward_app
  USING (steward_actor_is_admin() OR steward_actor_manages_members_of(organisation_id));
--> statement-breakpoint
-- Triggers fire in name order: cluster roles (1), rank (2), last coordinator (3), as the core policy checks.
-- Nobody gives or takes a role above their own. Runs as the invoker so that current_user tells
-- the application role (an actor) from the owner (migrations, system work).
CREATE OR REPLACE FUNCTION steward_memberships_rank_check() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp
  AS $$
  DECLARE
    granter membership_role;
  BEGIN
    IF current_user <> 'steward_app' OR steward_actor_user_id() IS NULL OR steward_actor_is_admin() THEN
      RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    granter := steward_actor_role_in(CASE WHEN TG_OP = 'DELETE' THEN OLD.organisation_id ELSE NEW.organisation_id END);
    -- Not a member there: row-level security refuses the row (memberships_* policies).
    IF granter IS NULL THEN
      RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF (TG_OP <> 'DELETE' AND steward_role_rank(NEW.role) > steward_role_rank(granter))
       OR (TG_OP <> 'INSERT' AND steward_role_rank(OLD.role) > steward_role_rank(granter)) THEN
      RAISE EXCEPTION 'nobody grants or takes a role above their own'
        USING ERRCODE = '42501', CONSTRAINT = 'memberships_role_above_own';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER memberships_2_rank_check BEFORE INSERT OR UPDATE OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION steward_memberships_rank_check();
--> statement-breakpoint

-- 3. The last enabled coordinator of the cluster stays.
CREATE OR REPLACE FUNCTION steward_memberships_keep_last_coordinator() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    IF OLD.role = 'cluster-coordinator'
       AND (TG_OP = 'DELETE' OR NEW.role <> 'cluster-coordinator' OR NEW.user_id <> OLD.user_id)
       AND steward_other_cluster_coordinators(OLD.user_id, OLD.organisation_id) = 0
       AND EXISTS (SELECT 1 FROM users u WHERE u.id = OLD.user_id AND NOT u.disabled) THEN
      RAISE EXCEPTION 'the cluster''s last coordinator cannot be removed or demoted'
        USING ERRCODE = '23514', CONSTRAINT = 'memberships_last_coordinator';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER memberships_3_keep_last_coordinator BEFORE UPDATE OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION steward_memberships_keep_last_coordinator();
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_role_in(uuid), steward_other_cluster_coordinators(uuid, uuid),
  steward_actor_manages_members_of(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_actor_role_in(uuid), steward_other_cluster_coordinators(uuid, uuid),
  steward_actor_manages_members_of(uuid) TO steward_app;

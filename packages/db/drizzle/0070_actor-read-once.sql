-- Hand-written (task t7-actor, issue 7 speed of the API; docs/decisions/0033-unforgeable-actor.md
-- "Cost", 0013 twelfth round): the actor's MAC (0068, 0069) is checked once per helper call instead of
-- once per getter call. Before, every read of the actor (steward_actor_user_id(),
-- steward_actor_organisation_id(), steward_today(), steward_actor_is_admin()) ran the check, and the
-- inlined helpers read the getters per row of memberships and agreements: 47 checks for a partner's
-- registry list on the demo. Same rules, same guarantee: the check (now in steward_actor()) still runs
-- inside every helper that reads the actor, with the key steward_app cannot read. Valid on
-- PostgreSQL 15 (server) and 18 (PGlite).

-- 1. The actor's fields, checked once: the one place that verifies the MAC. Unvouched (no, stale,
--    moved or wrong MAC): no user, no organisation, no admin claim, the database's own date — what
--    the four getters returned. The MACs are compared as HMAC(key, ·) of each (constant-time in
--    effect: what a timing difference could reveal is a prefix of a keyed hash the caller cannot
--    compute; decision 0033 §5).
CREATE TYPE steward_actor_fields AS (
  user_id uuid,
  organisation_id uuid,
  admin_claimed boolean,
  today text,
  vouched boolean
);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor() RETURNS steward_actor_fields
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    issued constant text := coalesce(current_setting('app.actor_at', true), '');
    given constant text := coalesce(current_setting('app.actor_mac', true), '');
    v_user constant text := coalesce(current_setting('app.user_id', true), '');
    v_org constant text := coalesce(current_setting('app.organisation_id', true), '');
    v_admin constant text := coalesce(current_setting('app.admin', true), '');
    v_today constant text := coalesce(current_setting('app.today', true), '');
    k bytea;
    r steward_actor_fields;
  BEGIN
    r.vouched := false;
    IF issued ~ '^[0-9]{1,15}$' AND given ~ '^[0-9a-f]{64}$'
       AND to_timestamp(issued::bigint / 1000.0)
           BETWEEN now() - interval '5 minutes' AND now() + interval '1 minute' THEN
      SELECT a.key INTO k FROM steward_actor_key a;
      r.vouched := k IS NOT NULL
        AND hmac(hmac(convert_to(concat_ws('|', v_user, v_org, v_admin, v_today, issued,
                                           pg_backend_pid()::text), 'UTF8'), k, 'sha256'), k, 'sha256')
            = hmac(decode(given, 'hex'), k, 'sha256');
    END IF;
    IF r.vouched THEN
      r.user_id := nullif(v_user, '')::uuid;
      r.organisation_id := nullif(v_org, '')::uuid;
      r.admin_claimed := v_admin = 'on';
    ELSE
      r.admin_claimed := false;
    END IF;
    r.today := CASE WHEN r.vouched AND v_today ~ '^\d{4}-\d{2}-\d{2}$' THEN v_today
                    ELSE to_char(current_date, 'YYYY-MM-DD') END;
    RETURN r;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_actor() TO steward_app;
--> statement-breakpoint

-- 2. The getters and steward_actor_vouched() read it (one check per call, as before).
CREATE OR REPLACE FUNCTION steward_actor_vouched() RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT (public.steward_actor()).vouched $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_user_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT (public.steward_actor()).user_id $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_organisation_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT (public.steward_actor()).organisation_id $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_today() RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT (public.steward_actor()).today $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_is_admin() RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v constant steward_actor_fields := steward_actor();
  BEGIN
    RETURN v.admin_claimed
       AND EXISTS (SELECT 1 FROM users u WHERE u.id = v.user_id AND u.is_admin AND NOT u.disabled);
  END
  $$;
--> statement-breakpoint

-- 3. The inlined parts of the helpers (0065, 0066) take the actor as arguments, so that the helper
--    reads it once and the planner sees plain parameters (before: the getters per membership row).
--    Same queries. Owner only, as before: steward_app cannot call them (it could name any actor).
DROP FUNCTION steward_actor_organisation_ids_inline();
--> statement-breakpoint
DROP FUNCTION steward_actor_cluster_memberships_inline();
--> statement-breakpoint
DROP FUNCTION steward_actor_agreement_file_ids_inline(text);
--> statement-breakpoint
CREATE FUNCTION steward_actor_organisation_ids_inline(p_user uuid, p_organisation uuid) RETURNS SETOF uuid
  LANGUAGE sql STABLE
  AS $$
    SELECT m.organisation_id
      FROM public.memberships m JOIN public.users u ON u.id = m.user_id
      JOIN public.organisations o ON o.id = m.organisation_id
     WHERE m.user_id = p_user
       AND NOT u.disabled
       AND o.status = 'active'
       AND (p_organisation IS NULL OR m.organisation_id = p_organisation)
  $$;
--> statement-breakpoint
CREATE FUNCTION steward_actor_cluster_memberships_inline(p_user uuid, p_organisation uuid) RETURNS SETOF uuid
  LANGUAGE sql STABLE
  AS $$
    SELECT m.organisation_id FROM public.memberships m
     WHERE m.user_id = p_user
       AND m.organisation_id IN (SELECT o.id FROM public.steward_actor_organisation_ids_inline(p_user, p_organisation) AS o(id))
       AND m.role IN ('cluster-coordinator', 'cluster-imo')
  $$;
--> statement-breakpoint
CREATE FUNCTION steward_actor_agreement_file_ids_inline(p_today text, p_user uuid, p_organisation uuid)
  RETURNS SETOF uuid
  LANGUAGE sql STABLE
  AS $$
    SELECT f.id FROM public.agreements a JOIN public.registry_files f ON f.entry_id = a.registry_entry_id
     WHERE a.revoked_at IS NULL
       AND a.starts_on <= p_today
       AND a.expires_on >= p_today
       AND a.recipient_organisation_id IN
             (SELECT o.id FROM public.steward_actor_organisation_ids_inline(p_user, p_organisation) AS o(id))
       AND (a.includes_later_versions OR a.file_id = f.id)
       AND NOT f.quarantined
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_organisation_ids_inline(uuid, uuid),
  steward_actor_cluster_memberships_inline(uuid, uuid),
  steward_actor_agreement_file_ids_inline(text, uuid, uuid) FROM PUBLIC;
--> statement-breakpoint

-- 4. The helpers: one steward_actor() each, its fields passed on. Same queries as 0038, 0065, 0066
--    and the helpers' last versions otherwise.
CREATE OR REPLACE FUNCTION steward_actor_organisation_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v constant steward_actor_fields := steward_actor();
BEGIN
  RETURN QUERY SELECT o.id FROM steward_actor_organisation_ids_inline(v.user_id, v.organisation_id) AS o(id);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_has_cluster_role() RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v constant steward_actor_fields := steward_actor();
BEGIN
  RETURN (SELECT EXISTS (SELECT 1 FROM steward_actor_cluster_memberships_inline(v.user_id, v.organisation_id)));
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_agreement_entry_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v constant steward_actor_fields := steward_actor();
BEGIN
  RETURN QUERY
    SELECT a.registry_entry_id FROM agreements a
     WHERE a.revoked_at IS NULL
       AND a.expires_on >= v.today
       AND a.recipient_organisation_id IN
             (SELECT o.id FROM steward_actor_organisation_ids_inline(v.user_id, v.organisation_id) AS o(id));
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_agreement_file_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v constant steward_actor_fields := steward_actor();
BEGIN
  RETURN QUERY SELECT f.id FROM steward_actor_agreement_file_ids_inline(v.today, v.user_id, v.organisation_id) AS f(id);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_received_file_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v constant steward_actor_fields := steward_actor();
BEGIN
  RETURN QUERY SELECT f.id FROM steward_actor_agreement_file_ids_inline(v.today, v.user_id, v.organisation_id) AS f(id);
  IF EXISTS (SELECT 1 FROM steward_actor_cluster_memberships_inline(v.user_id, v.organisation_id)) THEN
    RETURN QUERY
      SELECT f.id FROM registry_files f JOIN registry_entries e ON e.id = f.entry_id
       WHERE e.shared_with_cluster
         AND NOT f.quarantined;
  END IF;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_is_cluster_coordinator() RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v constant steward_actor_fields := steward_actor();
BEGIN
  RETURN (SELECT EXISTS (
    SELECT 1 FROM memberships m
     WHERE m.user_id = v.user_id
       AND m.organisation_id IN (SELECT o.id FROM steward_actor_organisation_ids_inline(v.user_id, v.organisation_id) AS o(id))
       AND m.role = 'cluster-coordinator'));
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_role_in(p_organisation uuid) RETURNS membership_role
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v constant steward_actor_fields := steward_actor();
BEGIN
  RETURN (
    SELECT m.role FROM memberships m
     WHERE m.user_id = v.user_id
       AND m.organisation_id = p_organisation
       AND m.organisation_id IN (SELECT o.id FROM steward_actor_organisation_ids_inline(v.user_id, v.organisation_id) AS o(id))
  );
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_focal_point_organisation_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v constant steward_actor_fields := steward_actor();
BEGIN
  RETURN QUERY SELECT m.organisation_id FROM memberships m
     WHERE m.user_id = v.user_id
       AND m.role = 'partner-focal-point'
       AND m.organisation_id IN (SELECT o.id FROM steward_actor_organisation_ids_inline(v.user_id, v.organisation_id) AS o(id));
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_visible_user_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v constant steward_actor_fields := steward_actor();
BEGIN
  RETURN QUERY
    SELECT DISTINCT m.user_id FROM memberships m
     WHERE m.organisation_id IN (SELECT o.id FROM steward_actor_organisation_ids_inline(v.user_id, v.organisation_id) AS o(id));
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_referral_organisation_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v constant steward_actor_fields := steward_actor();
BEGIN
  RETURN QUERY SELECT m.organisation_id FROM memberships m
     WHERE m.user_id = v.user_id
       AND m.role IN ('caseworker', 'partner-focal-point')
       AND m.organisation_id IN (SELECT o.id FROM steward_actor_organisation_ids_inline(v.user_id, v.organisation_id) AS o(id));
END
$$;
--> statement-breakpoint

-- 5. Policies read the getters inside a sub-select (an init plan: once per statement, not per row).
--    Same expressions otherwise (a STABLE function has one value in a statement).
ALTER POLICY api_tokens_delete ON api_tokens
  USING (((user_id = (SELECT steward_actor_user_id())) OR ( SELECT steward_actor_is_admin() AS steward_actor_is_admin)));
--> statement-breakpoint
ALTER POLICY api_tokens_insert ON api_tokens
  WITH CHECK (((user_id = (SELECT steward_actor_user_id())) AND (organisation_id IN ( SELECT steward_actor_organisation_ids() AS steward_actor_organisation_ids))));
--> statement-breakpoint
ALTER POLICY api_tokens_select ON api_tokens
  USING (((user_id = (SELECT steward_actor_user_id())) OR ( SELECT steward_actor_is_admin() AS steward_actor_is_admin)));
--> statement-breakpoint
ALTER POLICY api_tokens_update ON api_tokens
  USING (((user_id = (SELECT steward_actor_user_id())) OR ( SELECT steward_actor_is_admin() AS steward_actor_is_admin)))
  WITH CHECK (((user_id = (SELECT steward_actor_user_id())) OR ( SELECT steward_actor_is_admin() AS steward_actor_is_admin)));
--> statement-breakpoint
ALTER POLICY audit_log_insert ON audit_log
  WITH CHECK (((actor_user_id IS NULL) OR (actor_user_id = (SELECT steward_actor_user_id()))));
--> statement-breakpoint
ALTER POLICY audit_log_select ON audit_log
  USING ((( SELECT steward_actor_is_admin() AS steward_actor_is_admin) OR (actor_user_id = (SELECT steward_actor_user_id())) OR (organisation_id IN ( SELECT steward_actor_organisation_ids() AS steward_actor_organisation_ids))));
--> statement-breakpoint
ALTER POLICY data_requests_insert ON data_requests
  WITH CHECK (((requester_organisation_id IN ( SELECT steward_actor_organisation_ids() AS steward_actor_organisation_ids)) AND (requester_user_id = (SELECT steward_actor_user_id()))));
--> statement-breakpoint
ALTER POLICY diagnostic_question_sets_select ON diagnostic_question_sets
  USING (((SELECT steward_actor_user_id()) IS NOT NULL));
--> statement-breakpoint
ALTER POLICY diagnostic_rounds_select ON diagnostic_rounds
  USING (((SELECT steward_actor_user_id()) IS NOT NULL));
--> statement-breakpoint
ALTER POLICY isp_endorsements_insert ON isp_endorsements
  WITH CHECK (((organisation_id IN ( SELECT steward_actor_organisation_ids() AS steward_actor_organisation_ids)) AND (user_id = (SELECT steward_actor_user_id()))));
--> statement-breakpoint
ALTER POLICY isp_endorsements_select ON isp_endorsements
  USING (((SELECT steward_actor_user_id()) IS NOT NULL));
--> statement-breakpoint
ALTER POLICY isp_endorsements_update ON isp_endorsements
  USING ((organisation_id IN ( SELECT steward_actor_organisation_ids() AS steward_actor_organisation_ids)))
  WITH CHECK (((organisation_id IN ( SELECT steward_actor_organisation_ids() AS steward_actor_organisation_ids)) AND (user_id = (SELECT steward_actor_user_id()))));
--> statement-breakpoint
ALTER POLICY isp_status_requests_insert ON isp_status_requests
  WITH CHECK ((( SELECT steward_actor_has_cluster_role() AS steward_actor_has_cluster_role) AND (requested_by = (SELECT steward_actor_user_id())) AND (decided_by IS NULL)));
--> statement-breakpoint
ALTER POLICY isp_status_requests_select ON isp_status_requests
  USING (((SELECT steward_actor_user_id()) IS NOT NULL));
--> statement-breakpoint
ALTER POLICY isp_status_requests_update ON isp_status_requests
  USING ((( SELECT steward_actor_has_cluster_role() AS steward_actor_has_cluster_role) AND (outcome IS NULL)))
  WITH CHECK ((( SELECT steward_actor_has_cluster_role() AS steward_actor_has_cluster_role) AND (decided_by = (SELECT steward_actor_user_id()))));
--> statement-breakpoint
ALTER POLICY isp_versions_select ON isp_versions
  USING (((SELECT steward_actor_user_id()) IS NOT NULL));
--> statement-breakpoint
ALTER POLICY memberships_select ON memberships
  USING (((user_id = (SELECT steward_actor_user_id())) OR ( SELECT steward_actor_is_admin() AS steward_actor_is_admin) OR (organisation_id IN ( SELECT steward_actor_organisation_ids() AS steward_actor_organisation_ids))));
--> statement-breakpoint
ALTER POLICY notifications_insert ON notifications
  WITH CHECK (((SELECT steward_actor_user_id()) IS NOT NULL));
--> statement-breakpoint
ALTER POLICY organisations_select ON organisations
  USING (((SELECT steward_actor_user_id()) IS NOT NULL));
--> statement-breakpoint
ALTER POLICY recovery_codes_own ON recovery_codes
  USING ((user_id = (SELECT steward_actor_user_id())))
  WITH CHECK ((user_id = (SELECT steward_actor_user_id())));
--> statement-breakpoint
ALTER POLICY registry_entry_changes_insert ON registry_entry_changes
  WITH CHECK (((organisation_id IN ( SELECT steward_actor_organisation_ids() AS steward_actor_organisation_ids)) AND (actor_user_id = (SELECT steward_actor_user_id()))));
--> statement-breakpoint
ALTER POLICY reporting_frameworks_select ON reporting_frameworks
  USING (((SELECT steward_actor_user_id()) IS NOT NULL));
--> statement-breakpoint
ALTER POLICY sessions_own ON sessions
  USING ((user_id = (SELECT steward_actor_user_id())))
  WITH CHECK ((user_id = (SELECT steward_actor_user_id())));
--> statement-breakpoint
ALTER POLICY user_totp_own ON user_totp
  USING ((user_id = (SELECT steward_actor_user_id())))
  WITH CHECK ((user_id = (SELECT steward_actor_user_id())));
--> statement-breakpoint
ALTER POLICY users_select ON users
  USING (((id = (SELECT steward_actor_user_id())) OR ( SELECT steward_actor_is_admin() AS steward_actor_is_admin) OR (id IN ( SELECT steward_actor_visible_user_ids() AS steward_actor_visible_user_ids))));

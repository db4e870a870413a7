-- Custom migration (drizzle-kit generate --custom): the application role, its grants, row-level
-- security, the audit log's append-only protection, and the SECURITY DEFINER lookups needed
-- before an actor is known. Valid on PostgreSQL 15 (server) and 18 (PGlite). See
-- docs/decisions/0002-app-role-and-row-level-security.md.

-- 1. The application role: not a superuser, not the owner, cannot bypass RLS. Roles are
--    cluster-wide on a server, so create it only when missing.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'steward_app') THEN
    CREATE ROLE steward_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END
$$;
--> statement-breakpoint
-- The owner must be able to SET ROLE steward_app (a superuser always can).
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
     AND NOT pg_has_role(current_user, 'steward_app', 'MEMBER') THEN
    EXECUTE format('GRANT steward_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint

-- 2. Grants. Nothing by default; each table is listed.
GRANT USAGE ON SCHEMA public TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON organisations, users, memberships, sessions, api_tokens, login_attempts TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON audit_log TO steward_app;
--> statement-breakpoint
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM steward_app, PUBLIC;
--> statement-breakpoint
GRANT SELECT ON admin_areas, app_meta TO steward_app;
--> statement-breakpoint

-- 3. Who is acting: set per transaction by the application (SET LOCAL / set_config(..., true)).
CREATE OR REPLACE FUNCTION steward_actor_user_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_organisation_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('app.organisation_id', true), '')::uuid $$;
--> statement-breakpoint
-- Admin only when the application asks for it (app.admin = 'on') AND the database agrees.
CREATE OR REPLACE FUNCTION steward_actor_is_admin() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT coalesce(current_setting('app.admin', true), '') = 'on'
       AND EXISTS (SELECT 1 FROM users u WHERE u.id = steward_actor_user_id() AND u.is_admin AND NOT u.disabled)
  $$;
--> statement-breakpoint
-- The organisations the actor acts for: their memberships, narrowed to app.organisation_id when set.
CREATE OR REPLACE FUNCTION steward_actor_organisation_ids() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT m.organisation_id
      FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.user_id = steward_actor_user_id()
       AND NOT u.disabled
       AND (steward_actor_organisation_id() IS NULL OR m.organisation_id = steward_actor_organisation_id())
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_visible_user_ids() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT DISTINCT m.user_id FROM memberships m
     WHERE m.organisation_id IN (SELECT steward_actor_organisation_ids())
  $$;
--> statement-breakpoint

-- 4. Row-level security.
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The organisation directory (names, acronyms, types) is shared within the cluster.
CREATE POLICY organisations_select ON organisations FOR SELECT TO steward_app
  USING (steward_actor_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY organisations_insert ON organisations FOR INSERT TO steward_app
  WITH CHECK (steward_actor_is_admin());
--> statement-breakpoint
CREATE POLICY organisations_update ON organisations FOR UPDATE TO steward_app
  USING (steward_actor_is_admin()) WITH CHECK (steward_actor_is_admin());
--> statement-breakpoint
CREATE POLICY organisations_delete ON organisations FOR DELETE TO steward_app
  USING (steward_actor_is_admin());
--> statement-breakpoint
CREATE POLICY users_select ON users FOR SELECT TO steward_app
  USING (id = steward_actor_user_id() OR steward_actor_is_admin() OR id IN (SELECT steward_actor_visible_user_ids()));
--> statement-breakpoint
CREATE POLICY users_insert ON users FOR INSERT TO steward_app
  WITH CHECK (steward_actor_is_admin());
--> statement-breakpoint
CREATE POLICY users_update ON users FOR UPDATE TO steward_app
  USING (steward_actor_is_admin()) WITH CHECK (steward_actor_is_admin());
--> statement-breakpoint
CREATE POLICY users_delete ON users FOR DELETE TO steward_app
  USING (steward_actor_is_admin());
--> statement-breakpoint
CREATE POLICY memberships_select ON memberships FOR SELECT TO steward_app
  USING (user_id = steward_actor_user_id() OR steward_actor_is_admin()
         OR organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY memberships_insert ON memberships FOR INSERT TO steward_app
  WITH CHECK (steward_actor_is_admin() OR organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY memberships_update ON memberships FOR UPDATE TO steward_app
  USING (steward_actor_is_admin() OR organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (steward_actor_is_admin() OR organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY memberships_delete ON memberships FOR DELETE TO steward_app
  USING (steward_actor_is_admin() OR organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY sessions_own ON sessions FOR ALL TO steward_app
  USING (user_id = steward_actor_user_id()) WITH CHECK (user_id = steward_actor_user_id());
--> statement-breakpoint
CREATE POLICY api_tokens_select ON api_tokens FOR SELECT TO steward_app
  USING (user_id = steward_actor_user_id() OR steward_actor_is_admin());
--> statement-breakpoint
CREATE POLICY api_tokens_insert ON api_tokens FOR INSERT TO steward_app
  WITH CHECK (user_id = steward_actor_user_id() AND organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY api_tokens_update ON api_tokens FOR UPDATE TO steward_app
  USING (user_id = steward_actor_user_id() OR steward_actor_is_admin())
  WITH CHECK (user_id = steward_actor_user_id() OR steward_actor_is_admin());
--> statement-breakpoint
CREATE POLICY api_tokens_delete ON api_tokens FOR DELETE TO steward_app
  USING (user_id = steward_actor_user_id() OR steward_actor_is_admin());
--> statement-breakpoint
CREATE POLICY audit_log_select ON audit_log FOR SELECT TO steward_app
  USING (steward_actor_is_admin() OR actor_user_id = steward_actor_user_id()
         OR organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY audit_log_insert ON audit_log FOR INSERT TO steward_app
  WITH CHECK (actor_user_id IS NULL OR actor_user_id = steward_actor_user_id());
--> statement-breakpoint

-- 5. The audit log is append-only for everyone: a trigger refuses UPDATE, DELETE and TRUNCATE
--    (only someone who can disable triggers, i.e. the owner, can get past it — and the hash
--    chain then shows it).
CREATE OR REPLACE FUNCTION steward_audit_log_append_only() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = '42501';
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION steward_audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION steward_audit_log_append_only();
--> statement-breakpoint
-- The chain head, read under a transaction-level advisory lock so appends are serialised.
CREATE OR REPLACE FUNCTION steward_audit_head() RETURNS TABLE (head_sequence bigint, head_hash text)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    PERFORM pg_advisory_xact_lock(4242424201);
    RETURN QUERY SELECT a.sequence, a.hash FROM audit_log a ORDER BY a.sequence DESC LIMIT 1;
  END
  $$;
--> statement-breakpoint

-- 6. Lookups before an actor is known. Narrow: one row by exact key, only the columns needed.
CREATE OR REPLACE FUNCTION steward_auth_user_by_email(p_email text)
  RETURNS TABLE (user_id uuid, password_hash text, disabled boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT u.id, u.password_hash, u.disabled FROM users u WHERE lower(u.email) = lower(p_email) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_auth_session(p_token_hash text)
  RETURNS TABLE (session_id uuid, user_id uuid, csrf_token text, active_organisation_id uuid,
                 expires_at timestamptz, last_seen_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT s.id, s.user_id, s.csrf_token, s.active_organisation_id, s.expires_at, s.last_seen_at
      FROM sessions s WHERE s.token_hash = p_token_hash
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_auth_api_token(p_token_hash text)
  RETURNS TABLE (token_id uuid, user_id uuid, organisation_id uuid, expires_at timestamptz, revoked_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT t.id, t.user_id, t.organisation_id, t.expires_at, t.revoked_at
      FROM api_tokens t WHERE t.token_hash = p_token_hash
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_is_admin(), steward_actor_organisation_ids(), steward_actor_visible_user_ids(),
  steward_audit_head(), steward_auth_user_by_email(text), steward_auth_session(text), steward_auth_api_token(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_actor_is_admin(), steward_actor_organisation_ids(), steward_actor_visible_user_ids(),
  steward_audit_head(), steward_auth_user_by_email(text), steward_auth_session(text), steward_auth_api_token(text) TO steward_app;

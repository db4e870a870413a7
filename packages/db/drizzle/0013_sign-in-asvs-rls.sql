-- Custom migration (drizzle-kit generate --custom): grants, row-level security and functions for
-- two-factor sign-in, password changes and session management (issue 7, ASVS level 2). Same
-- pattern as 0001_app-role-and-rls. Valid on PostgreSQL 15 (server) and 18 (PGlite).

-- 1. TOTP authenticators and recovery codes: each user only their own.
GRANT SELECT, INSERT, UPDATE, DELETE ON user_totp, recovery_codes TO steward_app;
--> statement-breakpoint
ALTER TABLE user_totp ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE recovery_codes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY user_totp_own ON user_totp FOR ALL TO steward_app
  USING (user_id = steward_actor_user_id()) WITH CHECK (user_id = steward_actor_user_id());
--> statement-breakpoint
CREATE POLICY recovery_codes_own ON recovery_codes FOR ALL TO steward_app
  USING (user_id = steward_actor_user_id()) WITH CHECK (user_id = steward_actor_user_id());
--> statement-breakpoint
-- 2. An administrator ends another user's sessions (password reset); the user's own sessions stay theirs.
CREATE POLICY sessions_admin_delete ON sessions FOR DELETE TO steward_app
  USING ((SELECT steward_actor_is_admin()));
--> statement-breakpoint
-- 3. A user sets their own password (users rows are otherwise written by administrators only):
-- exactly the password hash and the must-change flag of the actor's own row.
CREATE OR REPLACE FUNCTION steward_set_own_password(p_hash text, p_at timestamptz) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_count integer;
  BEGIN
    IF steward_actor_user_id() IS NULL THEN
      RETURN 0;
    END IF;
    UPDATE users SET password_hash = p_hash, must_change_password = false, updated_at = p_at
     WHERE id = steward_actor_user_id() AND NOT disabled;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
  END
  $$;
--> statement-breakpoint
-- 4. The session lookup also returns when the session began (absolute lifetime) and its pending step.
DROP FUNCTION steward_auth_session(text);
--> statement-breakpoint
CREATE FUNCTION steward_auth_session(p_token_hash text)
  RETURNS TABLE (session_id uuid, user_id uuid, csrf_token text, active_organisation_id uuid,
                 expires_at timestamptz, last_seen_at timestamptz, created_at timestamptz, pending text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT s.id, s.user_id, s.csrf_token, s.active_organisation_id, s.expires_at, s.last_seen_at,
           s.created_at, s.pending
      FROM sessions s WHERE s.token_hash = p_token_hash
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_auth_session(text), steward_set_own_password(text, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_auth_session(text), steward_set_own_password(text, timestamptz) TO steward_app;

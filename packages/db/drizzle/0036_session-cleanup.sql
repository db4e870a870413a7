-- Hand-written (issue 7, clean-up of sessions' row-level security).
-- 1. The policy sessions_admin_delete (0013) is dead: every DELETE on sessions names columns in
-- its WHERE, so it also needs a SELECT policy on the row, and the only one (sessions_own) shows
-- the actor's own sessions, which sessions_own already lets them delete. An administrator ends
-- another user's sessions through steward_end_user_sessions (0034) instead. Dropped so that the
-- policy list says what the database really allows.
DROP POLICY IF EXISTS sessions_admin_delete ON sessions;
--> statement-breakpoint
-- 2. An administrator's two-factor reset ends the user's sessions through the one function that
-- does so (steward_end_user_sessions, administrators only), instead of its own DELETE. Same
-- signature, same checks, same result; it still never reads or returns a secret.
CREATE OR REPLACE FUNCTION steward_reset_user_totp(p_user uuid, p_at timestamptz)
  RETURNS TABLE (had_two_factor boolean, ended_sessions integer)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_had boolean;
    v_ended integer;
  BEGIN
    IF NOT steward_actor_is_admin() OR NOT EXISTS (SELECT 1 FROM users WHERE id = p_user) THEN
      RETURN;
    END IF;
    SELECT t.confirmed_at IS NOT NULL INTO v_had FROM user_totp t WHERE t.user_id = p_user;
    DELETE FROM recovery_codes WHERE user_id = p_user;
    DELETE FROM user_totp WHERE user_id = p_user;
    INSERT INTO user_totp (user_id, secret_encrypted, created_at, reset_at) VALUES (p_user, '', p_at, p_at);
    v_ended := steward_end_user_sessions(p_user);
    IF v_ended IS NULL THEN
      RAISE EXCEPTION 'steward_end_user_sessions refused an administrator' USING ERRCODE = '42501';
    END IF;
    had_two_factor := coalesce(v_had, false);
    ended_sessions := v_ended;
    RETURN NEXT;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_reset_user_totp(uuid, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_reset_user_totp(uuid, timestamptz) TO steward_app;

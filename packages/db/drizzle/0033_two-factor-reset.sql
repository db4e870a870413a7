ALTER TABLE "user_totp" ADD COLUMN "reset_at" timestamp with time zone;--> statement-breakpoint
-- Hand-written (issue 7): an administrator resets another user's two-factor sign-in. The
-- authenticator and recovery codes are each user's own under RLS (0013), and an administrator's
-- DELETE on sessions (policy sessions_admin_delete) sees no other user's rows without a SELECT
-- policy; this SECURITY DEFINER function lets a signed-in administrator (steward_actor_is_admin)
-- remove the authenticator and codes, leave a marker row without a secret (reset_at set) so the
-- user must enrol again at next sign-in, and end the user's sessions. It never reads or returns a
-- secret. No row when the actor is not an administrator or there is no such user.
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
    DELETE FROM sessions WHERE user_id = p_user;
    GET DIAGNOSTICS v_ended = ROW_COUNT;
    had_two_factor := coalesce(v_had, false);
    ended_sessions := v_ended;
    RETURN NEXT;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_reset_user_totp(uuid, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_reset_user_totp(uuid, timestamptz) TO steward_app;

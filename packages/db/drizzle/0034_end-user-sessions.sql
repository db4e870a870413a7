-- Hand-written (issue 7): an administrator's password reset ends the user's sessions. The DELETE
-- policy sessions_admin_delete (0013) is not enough: a DELETE whose WHERE names columns of
-- sessions also needs a SELECT policy, and an administrator has none on other users' sessions (on
-- purpose: the token hashes stay private), so the reset deleted nothing. This SECURITY DEFINER
-- function lets a signed-in administrator (steward_actor_is_admin) end every session of one user
-- and returns how many ended; it reads and returns nothing else. Null for anyone else.
CREATE OR REPLACE FUNCTION steward_end_user_sessions(p_user uuid)
  RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_ended integer;
  BEGIN
    IF NOT steward_actor_is_admin() THEN
      RETURN NULL;
    END IF;
    DELETE FROM sessions WHERE user_id = p_user;
    GET DIAGNOSTICS v_ended = ROW_COUNT;
    RETURN v_ended;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_end_user_sessions(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_end_user_sessions(uuid) TO steward_app;

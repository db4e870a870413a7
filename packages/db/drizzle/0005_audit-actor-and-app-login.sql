-- Audit log: every entry names who acted (docs/decisions/0010), the chain head readable by every
-- signed-in actor (for witnessing), and the application role able to log in on a server so the
-- application can serve over its own login instead of SET ROLE from the owner (docs/decisions/0002).

-- 1. Entries without an actor are refused. The application role must name the acting user of its
--    transaction (app.user_id) and cannot write system entries; its only actor-less entry is an
--    anonymous failed sign-in (no user is known yet). The owner writes system entries, which name
--    their reason in details.system.
CREATE OR REPLACE FUNCTION steward_audit_log_require_actor() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    app_user text := coalesce(current_setting('app.user_id', true), '');
    anonymous_sign_in boolean := NEW.actor_user_id IS NULL AND NEW.actor_organisation_id IS NULL
      AND NEW.organisation_id IS NULL AND NEW.action = 'auth.login' AND NEW.outcome = 'failure'
      AND NEW.target_type = 'user';
  BEGIN
    IF current_user = 'steward_app' THEN
      IF NEW.details ? 'system' THEN
        RAISE EXCEPTION 'audit_log: the application role cannot write system entries'
          USING ERRCODE = '42501';
      END IF;
      IF NEW.actor_user_id IS NULL THEN
        IF app_user = '' AND anonymous_sign_in THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_log: an entry needs an actor (actor_user_id)' USING ERRCODE = '23502';
      END IF;
      IF app_user = '' OR NEW.actor_user_id::text <> app_user THEN
        RAISE EXCEPTION 'audit_log: the actor must be the acting user of the transaction'
          USING ERRCODE = '42501';
      END IF;
    ELSIF NEW.actor_user_id IS NULL AND coalesce(NEW.details ->> 'system', '') = ''
          AND NOT anonymous_sign_in THEN
      RAISE EXCEPTION 'audit_log: an entry needs an actor (actor_user_id, or details.system for system work)'
        USING ERRCODE = '23502';
    END IF;
    RETURN NEW;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_require_actor BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION steward_audit_log_require_actor();
--> statement-breakpoint

-- 2. The chain head for witnessing: sequence, hash and time of the newest entry only (no content),
--    without taking the append lock.
CREATE OR REPLACE FUNCTION steward_audit_public_head()
  RETURNS TABLE (head_sequence bigint, head_hash text, head_occurred_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT a.sequence, a.hash, a.occurred_at FROM audit_log a ORDER BY a.sequence DESC LIMIT 1 $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_audit_public_head() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_audit_public_head() TO steward_app;
--> statement-breakpoint

-- 3. On a server the application logs in as steward_app (no password is set here: give it one in
--    production, see README). Needs CREATEROLE (or superuser); otherwise a notice says what to run.
DO $$
BEGIN
  IF NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = 'steward_app') THEN
    BEGIN
      ALTER ROLE steward_app LOGIN;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'steward_app cannot log in: run ALTER ROLE steward_app LOGIN PASSWORD ''…'' as a superuser';
    END;
  END IF;
END
$$;

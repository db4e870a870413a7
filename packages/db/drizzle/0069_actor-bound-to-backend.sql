-- Hand-written (task t7-replay, issue 7 §6; docs/decisions/0033-unforgeable-actor.md, "Replay"): the
-- actor MAC (0068) also covers the backend pid of the connection it was made for. Every application
-- connection logs in as steward_app, which can read the current query of its other connections in
-- pg_stat_activity; SQL injected into one request could copy another connection's signed prelude
-- (a coordinator's) and replay it for the 5 minutes it stays valid. Bound to pg_backend_pid(), that
-- copy gains nothing on any other connection. The message is now
-- user|organisation|admin|today|issued_at|backend_pid (database.ts, signedActorSettings).
CREATE OR REPLACE FUNCTION steward_actor_vouched() RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    issued text := coalesce(current_setting('app.actor_at', true), '');
  BEGIN
    IF issued !~ '^[0-9]{1,15}$' OR to_timestamp(issued::bigint / 1000.0)
       NOT BETWEEN now() - interval '5 minutes' AND now() + interval '1 minute' THEN
      RETURN false;
    END IF;
    RETURN coalesce((
      SELECT encode(hmac(convert_to(concat_ws('|',
               coalesce(current_setting('app.user_id', true), ''),
               coalesce(current_setting('app.organisation_id', true), ''),
               coalesce(current_setting('app.admin', true), ''),
               coalesce(current_setting('app.today', true), ''),
               issued,
               pg_backend_pid()::text), 'UTF8'), k.key, 'sha256'), 'hex')
             = coalesce(current_setting('app.actor_mac', true), '')
        FROM steward_actor_key k), false);
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_vouched() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_actor_vouched() TO steward_app;
--> statement-breakpoint

-- The database's own signature (0068: the sign-in lookups set the actor of the session or token whose
-- hash steward_app presents) is bound to the backend in the same way.
CREATE OR REPLACE FUNCTION steward_vouch(p_user text, p_organisation text) RETURNS text
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    issued text := floor(extract(epoch FROM now()) * 1000)::bigint::text;
    k bytea;
  BEGIN
    SELECT a.key INTO STRICT k FROM steward_actor_key a;
    PERFORM set_config('app.user_id', p_user, true), set_config('app.organisation_id', p_organisation, true),
            set_config('app.admin', 'off', true), set_config('app.today', '', true),
            set_config('app.actor_at', issued, true),
            set_config('app.actor_mac', encode(hmac(convert_to(concat_ws('|', p_user, p_organisation, 'off', '',
              issued, pg_backend_pid()::text), 'UTF8'), k, 'sha256'), 'hex'), true);
    RETURN p_user;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_vouch(text, text) FROM PUBLIC, steward_app;

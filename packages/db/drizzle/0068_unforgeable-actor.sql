-- Hand-written (task t7-actor, issue 7 §6; docs/decisions/0033-unforgeable-actor.md): the actor
-- settings (app.user_id, app.organisation_id, app.admin, app.today) are honoured only when the
-- application vouched for them with an HMAC-SHA256 over them and an issued-at time (app.actor_at,
-- app.actor_mac), made with a key steward_app cannot read. Before, any role could set them in its own
-- transaction and read as another user (decision 0010, attack review review2). Valid on PostgreSQL
-- 15 (server, pgcrypto 1.3, a trusted extension) and 18 (PGlite, its contrib pgcrypto bundle).

-- 1. pgcrypto (hmac, gen_random_bytes) and the key: 32 bytes from the server's strong random source,
--    readable by the owner only (the application reads it once through the owner's connection).
CREATE EXTENSION IF NOT EXISTS pgcrypto;
--> statement-breakpoint
CREATE TABLE steward_actor_key (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  key bytea NOT NULL CHECK (octet_length(key) = 32)
);
--> statement-breakpoint
INSERT INTO steward_actor_key (key) VALUES (gen_random_bytes(32));
--> statement-breakpoint
REVOKE ALL ON steward_actor_key FROM PUBLIC, steward_app;
--> statement-breakpoint
ALTER TABLE steward_actor_key ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint

-- 2. Whether the transaction's actor settings carry the application's MAC, issued within the last
--    5 minutes (1 minute ahead allowed for clock skew) of the transaction's start. The message is
--    user|organisation|admin|today|issued_at (none of the fields may hold '|': see database.ts).
--    Text comparison of the hex digests; see the decision for the timing note. PL/pgSQL, as every
--    SECURITY DEFINER actor helper (0010: its plan kept per connection).
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
               issued), 'UTF8'), k.key, 'sha256'), 'hex')
             = coalesce(current_setting('app.actor_mac', true), '')
        FROM steward_actor_key k), false);
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_vouched() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_actor_vouched() TO steward_app;
--> statement-breakpoint

-- 3. The getters (0001, 0010, 0065) return the actor only when vouched for; every other helper reads
--    the actor through them. steward_actor_is_admin stays PL/pgSQL (0010), same body but the getter.
CREATE OR REPLACE FUNCTION steward_actor_user_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT CASE WHEN steward_actor_vouched() THEN nullif(current_setting('app.user_id', true), '')::uuid END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_organisation_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT CASE WHEN steward_actor_vouched() THEN nullif(current_setting('app.organisation_id', true), '')::uuid END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_actor_is_admin() RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    RETURN coalesce(current_setting('app.admin', true), '') = 'on'
       AND EXISTS (SELECT 1 FROM users u WHERE u.id = steward_actor_user_id() AND u.is_admin AND NOT u.disabled);
  END
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_today() RETURNS text
  LANGUAGE sql STABLE
  AS $$
    SELECT CASE WHEN current_setting('app.today', true) ~ '^\d{4}-\d{2}-\d{2}$' AND steward_actor_vouched()
                THEN current_setting('app.today', true)
                ELSE to_char(current_date, 'YYYY-MM-DD') END
  $$;
--> statement-breakpoint

-- 4. The audit trigger (0005) reads the acting user through the getter, not the setting.
CREATE OR REPLACE FUNCTION steward_audit_log_require_actor() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    app_user text := coalesce(steward_actor_user_id()::text, '');
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

-- 5. Sign-in: the lookups that made the session's (token's) user the actor inside the authentication
--    batch now set the signed settings themselves (they hold the key). They vouch only for the user
--    of the session (token, when valid at p_at) whose hash steward_app presents — never for a user
--    it names. Same rows as steward_auth_session / steward_auth_api_token.
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
              issued), 'UTF8'), k, 'sha256'), 'hex'), true);
    RETURN p_user;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_vouch(text, text) FROM PUBLIC, steward_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_auth_session_as_actor(p_token_hash text)
  RETURNS TABLE (session_id uuid, user_id uuid, csrf_token text, active_organisation_id uuid,
                 expires_at timestamptz, last_seen_at timestamptz, created_at timestamptz, pending text,
                 actor text)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    RETURN QUERY
      SELECT s.id, s.user_id, s.csrf_token, s.active_organisation_id, s.expires_at, s.last_seen_at,
             s.created_at, s.pending, steward_vouch(s.user_id::text, '')
        FROM sessions s WHERE s.token_hash = p_token_hash;
  END
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_auth_api_token_as_actor(p_token_hash text, p_at timestamptz)
  RETURNS TABLE (token_id uuid, user_id uuid, organisation_id uuid, expires_at timestamptz,
                 revoked_at timestamptz, actor text)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    RETURN QUERY
      SELECT t.id, t.user_id, t.organisation_id, t.expires_at, t.revoked_at,
             CASE WHEN t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > p_at)
                  THEN steward_vouch(t.user_id::text, t.organisation_id::text)
                  ELSE steward_vouch('', '') END
        FROM api_tokens t WHERE t.token_hash = p_token_hash;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_auth_session_as_actor(text), steward_auth_api_token_as_actor(text, timestamptz)
  FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_auth_session_as_actor(text), steward_auth_api_token_as_actor(text, timestamptz)
  TO steward_app;

ALTER TABLE "users" ADD COLUMN "preferred_language" text;--> statement-breakpoint
-- Hand-written (issue 8): the language a user last chose in the web app; notification e-mails are
-- written in it. One of the five interface languages, or null (never chosen: English).
ALTER TABLE "users" ADD CONSTRAINT "users_preferred_language_check"
  CHECK ("preferred_language" IS NULL OR "preferred_language" IN ('en', 'fr', 'es', 'pt', 'ar'));
--> statement-breakpoint
-- A user sets their own language (users rows are otherwise written by administrators only):
-- exactly this column of the actor's own row (as steward_set_own_password, migration 0013).
CREATE OR REPLACE FUNCTION steward_set_own_language(p_language text, p_at timestamptz) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_count integer;
  BEGIN
    IF steward_actor_user_id() IS NULL THEN
      RETURN 0;
    END IF;
    UPDATE users SET preferred_language = p_language, updated_at = p_at
     WHERE id = steward_actor_user_id() AND NOT disabled;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_set_own_language(text, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_set_own_language(text, timestamptz) TO steward_app;

CREATE TABLE "incident_types" (
	"code" text PRIMARY KEY NOT NULL,
	"labels" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "incident_types" ADD CONSTRAINT "incident_types_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Custom SQL (issue 11 §2): incident types the cluster adds to the six built-in ones. A code is
-- lower-case words joined by hyphens and never one of the built-in codes; labels in the five
-- interface languages, none empty. Every signed-in member reads them (the short form lists them);
-- only the cluster coordinator adds one (steward_actor_is_cluster_coordinator, 0038); nobody
-- changes or deletes one. An incident's type is a built-in code or one of these (trigger), whoever
-- writes it. Follows 0021/0049; PostgreSQL 15 and 18, PGlite.
ALTER TABLE incident_types ADD CONSTRAINT incident_types_code_check
  CHECK (code ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' AND length(code) <= 60
         AND code NOT IN ('unauthorised-disclosure', 'loss-or-theft', 'unauthorised-access', 'misuse',
                          'near-miss', 'other'));
--> statement-breakpoint
ALTER TABLE incident_types ADD CONSTRAINT incident_types_labels_check
  CHECK (jsonb_typeof(labels) = 'object'
         AND length(btrim(coalesce(labels ->> 'en', ''))) > 0
         AND length(btrim(coalesce(labels ->> 'fr', ''))) > 0
         AND length(btrim(coalesce(labels ->> 'es', ''))) > 0
         AND length(btrim(coalesce(labels ->> 'pt', ''))) > 0
         AND length(btrim(coalesce(labels ->> 'ar', ''))) > 0);
--> statement-breakpoint
GRANT SELECT, INSERT ON incident_types TO steward_app;
--> statement-breakpoint
ALTER TABLE incident_types ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY incident_types_select ON incident_types FOR SELECT TO steward_app
  USING ((SELECT steward_actor_user_id()) IS NOT NULL);
--> statement-breakpoint
CREATE POLICY incident_types_insert ON incident_types FOR INSERT TO steward_app
  WITH CHECK ((SELECT steward_actor_is_cluster_coordinator())
              AND (created_by IS NULL OR created_by = (SELECT steward_actor_user_id())));
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_incidents_type_guard() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  IF NEW.type NOT IN ('unauthorised-disclosure', 'loss-or-theft', 'unauthorised-access', 'misuse',
                      'near-miss', 'other')
     AND NOT EXISTS (SELECT 1 FROM incident_types t WHERE t.code = NEW.type) THEN
    RAISE EXCEPTION 'unknown incident type %', NEW.type USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER incidents_type_guard BEFORE INSERT OR UPDATE OF type ON incidents
  FOR EACH ROW EXECUTE FUNCTION steward_incidents_type_guard();
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_incidents_type_guard() FROM PUBLIC;

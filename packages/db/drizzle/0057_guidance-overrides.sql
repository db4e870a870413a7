CREATE TABLE "guidance_overrides" (
	"guidance_id" text NOT NULL,
	"language" text NOT NULL,
	"title" text,
	"why" text,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "guidance_overrides_guidance_id_language_pk" PRIMARY KEY("guidance_id","language")
);
--> statement-breakpoint
ALTER TABLE "guidance_overrides" ADD CONSTRAINT "guidance_overrides_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Custom SQL (issue 11 §5): the cluster's adapted guidance texts. An id is `<form>.<field>` (the
-- services accept only the catalogue's ids, @steward/core/guidance/catalogue); a language is one
-- of the five interface languages; a row replaces the title, the reason or both, none blank,
-- within the limits the services check (120 and 2,000 characters). Every signed-in user reads
-- them (guidance shows on every form); cluster roles (coordinator and IMO,
-- steward_actor_has_cluster_role, 0003) add, change and delete them, as themselves. Follows
-- 0052/0055; PostgreSQL 15 and 18, PGlite.
ALTER TABLE guidance_overrides ADD CONSTRAINT guidance_overrides_id_check
  CHECK (guidance_id ~ '^[a-z]+\.[a-zA-Z]+$' AND length(guidance_id) <= 80);
--> statement-breakpoint
ALTER TABLE guidance_overrides ADD CONSTRAINT guidance_overrides_language_check
  CHECK (language IN ('en', 'fr', 'es', 'pt', 'ar'));
--> statement-breakpoint
ALTER TABLE guidance_overrides ADD CONSTRAINT guidance_overrides_text_check
  CHECK ((title IS NOT NULL OR why IS NOT NULL)
         AND (title IS NULL OR (length(btrim(title)) > 0 AND length(title) <= 120))
         AND (why IS NULL OR (length(btrim(why)) > 0 AND length(why) <= 2000)));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON guidance_overrides TO steward_app;
--> statement-breakpoint
ALTER TABLE guidance_overrides ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY guidance_overrides_select ON guidance_overrides FOR SELECT TO steward_app
  USING ((SELECT steward_actor_user_id()) IS NOT NULL);
--> statement-breakpoint
CREATE POLICY guidance_overrides_insert ON guidance_overrides FOR INSERT TO steward_app
  WITH CHECK ((SELECT steward_actor_has_cluster_role())
              AND updated_by = (SELECT steward_actor_user_id()));
--> statement-breakpoint
CREATE POLICY guidance_overrides_update ON guidance_overrides FOR UPDATE TO steward_app
  USING ((SELECT steward_actor_has_cluster_role()))
  WITH CHECK ((SELECT steward_actor_has_cluster_role())
              AND updated_by = (SELECT steward_actor_user_id()));
--> statement-breakpoint
CREATE POLICY guidance_overrides_delete ON guidance_overrides FOR DELETE TO steward_app
  USING ((SELECT steward_actor_has_cluster_role()));

CREATE TABLE "referral_recovery_challenges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_key_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"answer_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "referral_recovery_challenges" ADD CONSTRAINT "referral_recovery_challenges_org_key_id_referral_org_keys_id_fk" FOREIGN KEY ("org_key_id") REFERENCES "public"."referral_org_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_recovery_challenges" ADD CONSTRAINT "referral_recovery_challenges_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_recovery_challenges" ADD CONSTRAINT "referral_recovery_challenges_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_recovery_challenges_user_idx" ON "referral_recovery_challenges" USING btree ("user_id");
--> statement-breakpoint
-- Custom SQL (issue 9, decision 0030): the recovery copy of an organisation referral key (its
-- private key wrapped with the printed recovery code) is read only by the organisation's partner
-- focal points; before, every caseworker's key listing carried it, an offline guessing target for
-- any member. Recovery challenges (above) are each focal point's own rows. Follows 0017/0039
-- (PL/pgSQL, SECURITY DEFINER, fixed search_path, wrapped in sub-SELECTs). PostgreSQL 15 and 18.
CREATE OR REPLACE FUNCTION steward_actor_focal_point_organisation_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  RETURN QUERY SELECT m.organisation_id FROM memberships m
     WHERE m.user_id = steward_actor_user_id()
       AND m.role = 'partner-focal-point'
       AND m.organisation_id IN (SELECT steward_actor_organisation_ids());
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_focal_point_organisation_ids() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_actor_focal_point_organisation_ids() TO steward_app;
--> statement-breakpoint
DROP POLICY referral_org_key_copies_select ON referral_org_key_copies;
--> statement-breakpoint
-- A referral member sees their own member copies and the history copies of their organisation;
-- the recovery copy only when they are a partner focal point of it.
CREATE POLICY referral_org_key_copies_select ON referral_org_key_copies FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_referral_organisation_ids())
         AND (kind = 'history'
              OR (kind = 'member' AND user_id = (SELECT steward_actor_user_id()))
              OR (kind = 'recovery'
                  AND organisation_id IN (SELECT steward_actor_focal_point_organisation_ids()))));
--> statement-breakpoint
DROP POLICY referral_org_key_copies_delete ON referral_org_key_copies;
--> statement-breakpoint
CREATE POLICY referral_org_key_copies_delete ON referral_org_key_copies FOR DELETE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_referral_organisation_ids())
         AND (kind <> 'recovery'
              OR organisation_id IN (SELECT steward_actor_focal_point_organisation_ids())));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON referral_recovery_challenges TO steward_app;
--> statement-breakpoint
ALTER TABLE referral_recovery_challenges ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY referral_recovery_challenges_own ON referral_recovery_challenges FOR ALL TO steward_app
  USING (user_id = (SELECT steward_actor_user_id())
         AND organisation_id IN (SELECT steward_actor_focal_point_organisation_ids()))
  WITH CHECK (user_id = (SELECT steward_actor_user_id())
              AND organisation_id IN (SELECT steward_actor_focal_point_organisation_ids())
              AND org_key_id IN (SELECT k.id FROM referral_org_keys k
                                  WHERE k.organisation_id = referral_recovery_challenges.organisation_id
                                    AND k.retired_at IS NULL));

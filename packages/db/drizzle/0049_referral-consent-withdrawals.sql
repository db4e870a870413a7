CREATE TABLE "referral_consent_withdrawals" (
	"organisation_id" uuid NOT NULL,
	"consent_ref" text NOT NULL,
	"withdrawn_by" uuid,
	"withdrawn_at" timestamp with time zone NOT NULL,
	CONSTRAINT "referral_consent_withdrawals_organisation_id_consent_ref_pk" PRIMARY KEY("organisation_id","consent_ref")
);
--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "consent_ref" text;--> statement-breakpoint
ALTER TABLE "referral_consent_withdrawals" ADD CONSTRAINT "referral_consent_withdrawals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_consent_withdrawals" ADD CONSTRAINT "referral_consent_withdrawals_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referrals_consent_ref_idx" ON "referrals" USING btree ("sender_organisation_id","consent_ref");--> statement-breakpoint
-- Custom SQL (issue 9): consent withdrawal known to the server by an opaque reference only. The
-- reference is a random id chosen on the sending device (format checked here; the device makes it
-- random). Withdrawals are the sending organisation's (RLS: its referral members read and add them;
-- nobody changes or deletes one). No referral is inserted, nor leaves 'draft', with a withdrawn
-- reference of its sending organisation (trigger). Follows 0041/0047. PostgreSQL 15 and 18.
ALTER TABLE referrals ADD CONSTRAINT referrals_consent_ref_format_check
  CHECK (consent_ref IS NULL OR consent_ref ~ '^[A-Za-z0-9_-]{16,64}$');
--> statement-breakpoint
ALTER TABLE referral_consent_withdrawals ADD CONSTRAINT referral_consent_withdrawals_ref_format_check
  CHECK (consent_ref ~ '^[A-Za-z0-9_-]{16,64}$');
--> statement-breakpoint
GRANT SELECT, INSERT ON referral_consent_withdrawals TO steward_app;
--> statement-breakpoint
ALTER TABLE referral_consent_withdrawals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY referral_consent_withdrawals_select ON referral_consent_withdrawals FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_referral_organisation_ids()));
--> statement-breakpoint
CREATE POLICY referral_consent_withdrawals_insert ON referral_consent_withdrawals FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_referral_organisation_ids())
              AND (withdrawn_by IS NULL OR withdrawn_by = (SELECT steward_actor_user_id())));
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_referrals_consent_guard() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  IF NEW.consent_ref IS NOT NULL
     AND (TG_OP = 'INSERT' OR (OLD.state = 'draft' AND NEW.state <> 'draft'))
     AND EXISTS (SELECT 1 FROM referral_consent_withdrawals w
                  WHERE w.organisation_id = NEW.sender_organisation_id AND w.consent_ref = NEW.consent_ref) THEN
    RAISE EXCEPTION 'the consent of this referral was withdrawn' USING ERRCODE = '23514';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.consent_ref IS DISTINCT FROM OLD.consent_ref THEN
    RAISE EXCEPTION 'the consent reference of a referral cannot change' USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER referrals_consent_guard BEFORE INSERT OR UPDATE ON referrals
  FOR EACH ROW EXECUTE FUNCTION steward_referrals_consent_guard();
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_referrals_consent_guard() FROM PUBLIC;

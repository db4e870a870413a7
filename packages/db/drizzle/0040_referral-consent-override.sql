ALTER TABLE "referrals" ADD COLUMN "override_legal_basis" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "override_requested_by" uuid;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "override_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "override_decision" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "override_decided_by" uuid;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "override_decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_override_requested_by_users_id_fk" FOREIGN KEY ("override_requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_override_decided_by_users_id_fk" FOREIGN KEY ("override_decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_override_legal_basis_check" CHECK ("referrals"."override_legal_basis" IS NULL OR "referrals"."override_legal_basis" IN ('vital_interest', 'public_interest', 'legitimate_interest', 'contract', 'legal_obligation'));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_override_complete_check" CHECK ("referrals"."override_legal_basis" IS NULL OR "referrals"."override_requested_at" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_override_decision_check" CHECK ("referrals"."override_decision" IS NULL OR ("referrals"."override_decision" IN ('approved', 'refused') AND "referrals"."override_legal_basis" IS NOT NULL AND "referrals"."override_decided_at" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_override_two_people_check" CHECK ("referrals"."override_decided_by" IS NULL OR "referrals"."override_requested_by" IS NULL OR "referrals"."override_decided_by" <> "referrals"."override_requested_by");--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_override_approved_to_leave_draft_check" CHECK ("referrals"."override_legal_basis" IS NULL OR "referrals"."state" = 'draft' OR "referrals"."override_decision" IS NOT DISTINCT FROM 'approved');
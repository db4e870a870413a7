CREATE TABLE "referral_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"sender_organisation_id" uuid NOT NULL,
	"receiver_organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"outcome" text,
	"actor_user_id" uuid,
	"actor_organisation_id" uuid NOT NULL,
	"content" jsonb,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_org_key_copies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_key_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"old_key_id" uuid,
	"box" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_org_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"public_key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "referral_user_keys" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"public_key" text NOT NULL,
	"wrapped_private_key" jsonb NOT NULL,
	"fingerprint" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"sender_organisation_id" uuid NOT NULL,
	"receiver_organisation_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"service_type" text NOT NULL,
	"priority" text NOT NULL,
	"state" text NOT NULL,
	"outcome" text,
	"adm1" text NOT NULL,
	"adm2" text NOT NULL,
	"content" jsonb NOT NULL,
	"sender_key_id" uuid NOT NULL,
	"receiver_key_id" uuid NOT NULL,
	"consent_withdrawn_at" timestamp with time zone,
	"created_by" uuid,
	"sent_at" timestamp with time zone NOT NULL,
	"due_by" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "referrals_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_org_key_copies" ADD CONSTRAINT "referral_org_key_copies_org_key_id_referral_org_keys_id_fk" FOREIGN KEY ("org_key_id") REFERENCES "public"."referral_org_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_org_key_copies" ADD CONSTRAINT "referral_org_key_copies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_org_key_copies" ADD CONSTRAINT "referral_org_key_copies_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_org_key_copies" ADD CONSTRAINT "referral_org_key_copies_old_key_id_referral_org_keys_id_fk" FOREIGN KEY ("old_key_id") REFERENCES "public"."referral_org_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_org_key_copies" ADD CONSTRAINT "referral_org_key_copies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_org_keys" ADD CONSTRAINT "referral_org_keys_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_org_keys" ADD CONSTRAINT "referral_org_keys_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_user_keys" ADD CONSTRAINT "referral_user_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sender_organisation_id_organisations_id_fk" FOREIGN KEY ("sender_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_receiver_organisation_id_organisations_id_fk" FOREIGN KEY ("receiver_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sender_key_id_referral_org_keys_id_fk" FOREIGN KEY ("sender_key_id") REFERENCES "public"."referral_org_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_receiver_key_id_referral_org_keys_id_fk" FOREIGN KEY ("receiver_key_id") REFERENCES "public"."referral_org_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "referral_events_version_idx" ON "referral_events" USING btree ("referral_id","version");--> statement-breakpoint
CREATE INDEX "referral_org_key_copies_key_idx" ON "referral_org_key_copies" USING btree ("org_key_id");--> statement-breakpoint
CREATE UNIQUE INDEX "referral_org_key_copies_member_idx" ON "referral_org_key_copies" USING btree ("org_key_id","user_id") WHERE "referral_org_key_copies"."kind" = 'member';--> statement-breakpoint
CREATE UNIQUE INDEX "referral_org_keys_current_idx" ON "referral_org_keys" USING btree ("organisation_id") WHERE "referral_org_keys"."retired_at" IS NULL;--> statement-breakpoint
CREATE INDEX "referrals_sender_idx" ON "referrals" USING btree ("sender_organisation_id");--> statement-breakpoint
CREATE INDEX "referrals_receiver_idx" ON "referrals" USING btree ("receiver_organisation_id");
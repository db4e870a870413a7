CREATE TABLE "retention_copy_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"schedule_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"owner_organisation_id" uuid NOT NULL,
	"recipient_organisation_id" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"method" text
);
--> statement-breakpoint
ALTER TABLE "retention_copy_confirmations" ADD CONSTRAINT "retention_copy_confirmations_schedule_id_retention_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."retention_schedules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_copy_confirmations" ADD CONSTRAINT "retention_copy_confirmations_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_copy_confirmations" ADD CONSTRAINT "retention_copy_confirmations_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_copy_confirmations" ADD CONSTRAINT "retention_copy_confirmations_recipient_organisation_id_organisations_id_fk" FOREIGN KEY ("recipient_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_copy_confirmations" ADD CONSTRAINT "retention_copy_confirmations_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "retention_copy_confirmations_owner_idx" ON "retention_copy_confirmations" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "retention_copy_confirmations_recipient_idx" ON "retention_copy_confirmations" USING btree ("recipient_organisation_id");--> statement-breakpoint
CREATE INDEX "retention_copy_confirmations_schedule_idx" ON "retention_copy_confirmations" USING btree ("schedule_id");--> statement-breakpoint
-- Hand-written (issue 11 §4): grants and row-level security for the recipients' confirmations of
-- destroying shared copies. The owner organisation and the recipient organisation see a row; the
-- owner (or the retention run) asks; only the recipient confirms.
GRANT SELECT, INSERT, UPDATE ON retention_copy_confirmations TO steward_app;
--> statement-breakpoint
ALTER TABLE retention_copy_confirmations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY retention_copy_confirmations_select ON retention_copy_confirmations FOR SELECT TO steward_app
  USING (owner_organisation_id IN (SELECT steward_actor_organisation_ids())
         OR recipient_organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY retention_copy_confirmations_insert ON retention_copy_confirmations FOR INSERT TO steward_app
  WITH CHECK (owner_organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY retention_copy_confirmations_update ON retention_copy_confirmations FOR UPDATE TO steward_app
  USING (recipient_organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (recipient_organisation_id IN (SELECT steward_actor_organisation_ids()));

CREATE TABLE "retention_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"registry_entry_id" uuid,
	"agreement_id" uuid,
	"period_months" integer NOT NULL,
	"trigger" text NOT NULL,
	"trigger_on" text NOT NULL,
	"due_on" text NOT NULL,
	"destruction_method" text NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"reminded_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"destroyed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "registry_files" ADD COLUMN "data_key" "bytea";--> statement-breakpoint
ALTER TABLE "registry_files" ADD COLUMN "destroyed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "registry_files" ADD COLUMN "destroyed_by" uuid;--> statement-breakpoint
ALTER TABLE "retention_schedules" ADD CONSTRAINT "retention_schedules_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_schedules" ADD CONSTRAINT "retention_schedules_registry_entry_id_registry_entries_id_fk" FOREIGN KEY ("registry_entry_id") REFERENCES "public"."registry_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_schedules" ADD CONSTRAINT "retention_schedules_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_schedules" ADD CONSTRAINT "retention_schedules_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "retention_schedules_organisation_idx" ON "retention_schedules" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "retention_schedules_entry_idx" ON "retention_schedules" USING btree ("registry_entry_id");--> statement-breakpoint
ALTER TABLE "registry_files" ADD CONSTRAINT "registry_files_destroyed_by_users_id_fk" FOREIGN KEY ("destroyed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
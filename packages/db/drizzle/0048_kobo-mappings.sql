CREATE TABLE "report_import_mappings" (
	"organisation_id" uuid NOT NULL,
	"framework_id" uuid NOT NULL,
	"source" text NOT NULL,
	"mapping" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "report_import_mappings_organisation_id_framework_id_source_pk" PRIMARY KEY("organisation_id","framework_id","source")
);
--> statement-breakpoint
ALTER TABLE "report_import_mappings" ADD CONSTRAINT "report_import_mappings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_import_mappings" ADD CONSTRAINT "report_import_mappings_framework_id_reporting_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."reporting_frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_import_mappings" ADD CONSTRAINT "report_import_mappings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
-- Row-level security (issue 10, KoboToolbox import): an organisation's export mapping is its own;
-- no other organisation, cluster roles included, reads or writes it.
GRANT SELECT, INSERT, UPDATE, DELETE ON report_import_mappings TO steward_app;--> statement-breakpoint
ALTER TABLE report_import_mappings ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY report_import_mappings_all ON report_import_mappings FOR ALL TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));

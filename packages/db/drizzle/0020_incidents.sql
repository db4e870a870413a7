CREATE TABLE "incident_agreement_duties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"agreement_reference" text NOT NULL,
	"partner_organisation_id" uuid,
	"partner_name" text NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"channel" text
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"personal_data" boolean NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"threat_source" text DEFAULT '' NOT NULL,
	"threat_event" text DEFAULT '' NOT NULL,
	"vulnerability" text DEFAULT '' NOT NULL,
	"adverse_impact" text DEFAULT '' NOT NULL,
	"impact_kind" text DEFAULT 'potential' NOT NULL,
	"affected_groups" text DEFAULT '' NOT NULL,
	"asset_ids" jsonb NOT NULL,
	"severity" text NOT NULL,
	"state" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"reported_by" uuid,
	"reported_role" text NOT NULL,
	"detected_on" text,
	"occurred_on" text,
	"classified_at" timestamp with time zone,
	"classified_by" uuid,
	"treatment" jsonb NOT NULL,
	"notifications_made" jsonb NOT NULL,
	"closed_at" timestamp with time zone,
	"closure_rationale" text,
	"lessons" text,
	"learning_recorded_at" timestamp with time zone,
	"shared_with_cluster" boolean DEFAULT false NOT NULL,
	"shared_at" timestamp with time zone,
	"cluster_record" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "incident_agreement_duties" ADD CONSTRAINT "incident_agreement_duties_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_agreement_duties" ADD CONSTRAINT "incident_agreement_duties_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_agreement_duties" ADD CONSTRAINT "incident_agreement_duties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_agreement_duties" ADD CONSTRAINT "incident_agreement_duties_partner_organisation_id_organisations_id_fk" FOREIGN KEY ("partner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_agreement_duties" ADD CONSTRAINT "incident_agreement_duties_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_classified_by_users_id_fk" FOREIGN KEY ("classified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "incident_duties_incident_idx" ON "incident_agreement_duties" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incident_duties_partner_idx" ON "incident_agreement_duties" USING btree ("partner_organisation_id");--> statement-breakpoint
CREATE INDEX "incidents_organisation_idx" ON "incidents" USING btree ("organisation_id");
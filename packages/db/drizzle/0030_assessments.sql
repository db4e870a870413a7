CREATE TABLE "impact_assessment_risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"principles" jsonb NOT NULL,
	"threat" text NOT NULL,
	"vulnerability" text NOT NULL,
	"likelihood" text NOT NULL,
	"severity" text NOT NULL,
	"existing_controls" text DEFAULT '' NOT NULL,
	"measures" jsonb NOT NULL,
	"residual_likelihood" text,
	"residual_severity" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "impact_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"steps" jsonb NOT NULL,
	"entry_ids" jsonb NOT NULL,
	"agreement_ids" jsonb NOT NULL,
	"review_due" text,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"signed_off_by" uuid,
	"signed_off_name" text,
	"signed_off_at" timestamp with time zone,
	"shared_with_cluster" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "impact_assessment_risks" ADD CONSTRAINT "impact_assessment_risks_assessment_id_impact_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."impact_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_assessment_risks" ADD CONSTRAINT "impact_assessment_risks_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_assessments" ADD CONSTRAINT "impact_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_assessments" ADD CONSTRAINT "impact_assessments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "impact_assessments" ADD CONSTRAINT "impact_assessments_signed_off_by_users_id_fk" FOREIGN KEY ("signed_off_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "impact_assessment_risks_assessment_idx" ON "impact_assessment_risks" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "impact_assessments_organisation_idx" ON "impact_assessments" USING btree ("organisation_id");
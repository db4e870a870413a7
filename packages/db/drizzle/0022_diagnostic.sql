CREATE TABLE "diagnostic_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"party" text NOT NULL,
	"item_id" text NOT NULL,
	"title" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "diagnostic_actions_due_on_date" CHECK ("diagnostic_actions"."due_on" ~ '^\d{4}-\d{2}-\d{2}$')
);
--> statement-breakpoint
CREATE TABLE "diagnostic_question_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer NOT NULL,
	"items" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	CONSTRAINT "diagnostic_question_sets_version_key" UNIQUE("version")
);
--> statement-breakpoint
CREATE TABLE "diagnostic_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"party" text NOT NULL,
	"answers" jsonb NOT NULL,
	"share_named" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "diagnostic_responses_round_org_party_key" UNIQUE("round_id","organisation_id","party")
);
--> statement-breakpoint
CREATE TABLE "diagnostic_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"question_set_id" uuid NOT NULL,
	"opened_on" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "diagnostic_actions" ADD CONSTRAINT "diagnostic_actions_round_id_diagnostic_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."diagnostic_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_actions" ADD CONSTRAINT "diagnostic_actions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_question_sets" ADD CONSTRAINT "diagnostic_question_sets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_responses" ADD CONSTRAINT "diagnostic_responses_round_id_diagnostic_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."diagnostic_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_responses" ADD CONSTRAINT "diagnostic_responses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_responses" ADD CONSTRAINT "diagnostic_responses_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_rounds" ADD CONSTRAINT "diagnostic_rounds_question_set_id_diagnostic_question_sets_id_fk" FOREIGN KEY ("question_set_id") REFERENCES "public"."diagnostic_question_sets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostic_rounds" ADD CONSTRAINT "diagnostic_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "diagnostic_actions_round_org_idx" ON "diagnostic_actions" USING btree ("round_id","organisation_id");
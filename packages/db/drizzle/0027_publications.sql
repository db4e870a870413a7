CREATE TABLE "publication_sources" (
	"publication_id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"source" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"data_type" text NOT NULL,
	"aggregation" text NOT NULL,
	"audience" text NOT NULL,
	"audience_organisation_id" uuid,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"checks" jsonb NOT NULL,
	"public_token_hash" text,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid,
	"unpublished_at" timestamp with time zone,
	"unpublished_by" uuid,
	CONSTRAINT "publications_public_token_hash_unique" UNIQUE("public_token_hash")
);
--> statement-breakpoint
ALTER TABLE "publication_sources" ADD CONSTRAINT "publication_sources_publication_id_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publication_sources" ADD CONSTRAINT "publication_sources_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_audience_organisation_id_organisations_id_fk" FOREIGN KEY ("audience_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_unpublished_by_users_id_fk" FOREIGN KEY ("unpublished_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "publications_organisation_idx" ON "publications" USING btree ("organisation_id");
CREATE TABLE "isp_status_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"isp_version_id" uuid NOT NULL,
	"to_status" text NOT NULL,
	"in_force_id" uuid,
	"relaxations" jsonb NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"outcome" text,
	CONSTRAINT "isp_status_requests_second_person" CHECK ("isp_status_requests"."decided_by" IS NULL OR "isp_status_requests"."decided_by" <> "isp_status_requests"."requested_by"),
	CONSTRAINT "isp_status_requests_decided" CHECK (("isp_status_requests"."outcome" IS NULL) = ("isp_status_requests"."decided_at" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "isp_status_requests" ADD CONSTRAINT "isp_status_requests_isp_version_id_isp_versions_id_fk" FOREIGN KEY ("isp_version_id") REFERENCES "public"."isp_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "isp_status_requests" ADD CONSTRAINT "isp_status_requests_in_force_id_isp_versions_id_fk" FOREIGN KEY ("in_force_id") REFERENCES "public"."isp_versions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "isp_status_requests" ADD CONSTRAINT "isp_status_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "isp_status_requests" ADD CONSTRAINT "isp_status_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "isp_status_requests_version_idx" ON "isp_status_requests" USING btree ("isp_version_id");
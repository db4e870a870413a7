ALTER TABLE "agreements" ADD COLUMN "file_id" uuid;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "includes_later_versions" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_file_id_registry_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."registry_files"("id") ON DELETE set null ON UPDATE no action;
ALTER TABLE "registry_entries" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "includes_coordinates" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "publications" ADD COLUMN "assessment_id" uuid;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_assessment_id_impact_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."impact_assessments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Hand-written (issue 11 §3, decision 0024): an entry's status is draft or active.
ALTER TABLE "registry_entries" ADD CONSTRAINT "registry_entries_status_check" CHECK ("status" IN ('draft', 'active'));
--> statement-breakpoint
-- A draft entry waits for its DIA before any use: the cluster catalogue (0037) lists active entries only.
CREATE OR REPLACE FUNCTION steward_catalogue_entries(
    p_q text, p_owner uuid, p_data_type text, p_level text)
  RETURNS TABLE (id uuid, organisation_id uuid, organisation_acronym text, organisation_name text,
    title text, kind text, data_types jsonb, aggregation_level text, contains_personal_data boolean,
    includes_names boolean, includes_coordinates boolean, consent_obtained boolean,
    updated_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT e.id, e.organisation_id, o.acronym, o.name, e.title, e.kind, e.data_types,
           e.aggregation_level, e.contains_personal_data, e.includes_names, e.includes_coordinates,
           e.consent_obtained, e.updated_at
      FROM registry_entries e JOIN organisations o ON o.id = e.organisation_id
     WHERE e.shared_with_cluster
       AND o.status = 'active'
       AND e.status = 'active'
       AND EXISTS (SELECT 1 FROM steward_actor_organisation_ids())
       AND NOT EXISTS (SELECT 1 FROM retention_schedules r
                        WHERE r.registry_entry_id = e.id AND r.destroyed_at IS NOT NULL)
       AND (p_q IS NULL OR strpos(lower(e.title), lower(p_q)) > 0)
       AND (p_owner IS NULL OR e.organisation_id = p_owner)
       AND (p_data_type IS NULL OR e.data_types @> jsonb_build_array(p_data_type))
       AND (p_level IS NULL OR e.aggregation_level = p_level)
     ORDER BY e.title, e.id
  $$;

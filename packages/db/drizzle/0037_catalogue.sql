CREATE INDEX "registry_entries_catalogue_idx" ON "registry_entries" USING btree ("title") WHERE "registry_entries"."shared_with_cluster";--> statement-breakpoint
-- Hand-written (issue 8): the cluster catalogue. Members cannot read other organisations' entries
-- (registry_entries_select), so this SECURITY DEFINER function gives any signed-in member of an
-- organisation the METADATA of the catalogue: entries whose owner shares the description with the
-- cluster (shared_with_cluster, as steward_requestable_entry), of an active organisation, whose data
-- were not destroyed under a retention schedule. Only the columns listed here: never the
-- description, purpose, subjects, storage, access, focal point, files or history. Filters by title
-- text (case-insensitive), owner, data type and aggregation level; the services then put every row
-- through the ISP and leave out what it does not allow the viewer's organisation to have.
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
       AND EXISTS (SELECT 1 FROM steward_actor_organisation_ids())
       AND NOT EXISTS (SELECT 1 FROM retention_schedules r
                        WHERE r.registry_entry_id = e.id AND r.destroyed_at IS NOT NULL)
       AND (p_q IS NULL OR strpos(lower(e.title), lower(p_q)) > 0)
       AND (p_owner IS NULL OR e.organisation_id = p_owner)
       AND (p_data_type IS NULL OR e.data_types @> jsonb_build_array(p_data_type))
       AND (p_level IS NULL OR e.aggregation_level = p_level)
     ORDER BY e.title, e.id
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_catalogue_entries(text, uuid, text, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_catalogue_entries(text, uuid, text, text) TO steward_app;

-- Custom migration (drizzle-kit generate --custom): the public service directory (no session)
-- asks the ISP in force whether service mapping may go to the public. Without a session RLS
-- hides isp_versions; this lookup returns the endorsed version only (id, version, document).
CREATE OR REPLACE FUNCTION steward_public_endorsed_isp()
  RETURNS TABLE (id uuid, version text, document jsonb)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT v.id, v.version, v.document FROM isp_versions v
     WHERE v.status = 'endorsed' ORDER BY v.endorsed_at DESC NULLS LAST LIMIT 1
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_public_endorsed_isp() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_public_endorsed_isp() TO steward_app;
--> statement-breakpoint
-- Linking a service to a location: 0015 checked the location's owner through service_locations,
-- whose read policy goes back to service_at_locations (PostgreSQL refuses the recursion). The
-- owner of a location comes from this lookup instead.
CREATE OR REPLACE FUNCTION steward_service_location_owner(p_location uuid) RETURNS uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    RETURN (SELECT l.organization_id FROM service_locations l WHERE l.id = p_location);
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_service_location_owner(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_service_location_owner(uuid) TO steward_app;
--> statement-breakpoint
DROP POLICY service_at_locations_write ON service_at_locations;
--> statement-breakpoint
CREATE POLICY service_at_locations_insert ON service_at_locations FOR INSERT TO steward_app
  WITH CHECK (organization_id IN (SELECT steward_actor_organisation_ids())
              AND service_id IN (SELECT s.id FROM services s
                                  WHERE s.organization_id IN (SELECT steward_actor_organisation_ids()))
              AND steward_service_location_owner(location_id) IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY service_at_locations_delete ON service_at_locations FOR DELETE TO steward_app
  USING (organization_id IN (SELECT steward_actor_organisation_ids()));

-- Custom migration (drizzle-kit generate --custom): grants, row-level security, the default
-- service taxonomy and the stale flag for the service directory (issue 9). Same pattern as
-- 0003 and 0013 (helpers wrapped in sub-SELECTs, see 0010). Valid on PostgreSQL 15 and 18.

-- 1. The default taxonomy: the services checklist of the inter-agency referral form (domain
--    notes §10.2). Cluster roles edit it afterwards.
INSERT INTO service_taxonomy_terms (code, name, description, position) VALUES
  ('psychosocial', 'Psychosocial / mental health', 'Psychosocial support and mental health services.', 1),
  ('core-relief-items', 'Core relief items', 'Distribution of core relief (non-food) items.', 2),
  ('child-support', 'Child support / care arrangement', 'Child protection case management and care arrangements.', 3),
  ('cash', 'Cash', 'Cash and voucher assistance.', 4),
  ('family-tracing', 'Family tracing and reunification', 'Tracing of family members and reunification.', 5),
  ('health', 'Health / medical / nutrition', 'Health, medical and nutrition services.', 6),
  ('womens-services', 'Women''s services', 'Services for women and girls, including GBV response.', 7),
  ('food-security', 'Food security', 'Food assistance.', 8),
  ('disability', 'Services for persons with disabilities', 'Rehabilitation, assistive devices and inclusion support.', 9),
  ('shelter', 'Shelter', 'Emergency and transitional shelter.', 10),
  ('legal', 'Legal assistance', 'Legal information, counselling, documentation and representation.', 11),
  ('livelihoods-education', 'Livelihoods / education', 'Livelihoods support and education.', 12),
  ('safety', 'Physical safety and security', 'Physical safety and security, for example a safe shelter.', 13),
  ('other', 'Other', 'Other services.', 14)
ON CONFLICT (code) DO NOTHING;
--> statement-breakpoint

-- 2. Grants.
GRANT SELECT, INSERT, UPDATE, DELETE ON service_taxonomy_terms, services, service_locations,
  service_at_locations, service_contacts TO steward_app;
--> statement-breakpoint

-- 3. Row-level security (ENABLE, not FORCE, like every other area: system work runs as the owner,
--    see Database.asSystem).
ALTER TABLE service_taxonomy_terms ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE services ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE service_locations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE service_at_locations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE service_contacts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The taxonomy is public reference data; cluster roles and administrators edit it.
CREATE POLICY service_taxonomy_terms_select ON service_taxonomy_terms FOR SELECT TO steward_app
  USING (true);
--> statement-breakpoint
CREATE POLICY service_taxonomy_terms_write ON service_taxonomy_terms FOR ALL TO steward_app
  USING ((SELECT steward_actor_has_cluster_role()) OR (SELECT steward_actor_is_admin()))
  WITH CHECK ((SELECT steward_actor_has_cluster_role()) OR (SELECT steward_actor_is_admin()));
--> statement-breakpoint
-- Services: every signed-in user reads all (partners refer to each other; the cluster IMO sees
-- all); without a session only the services listed publicly. Each organisation writes its own.
CREATE POLICY services_select ON services FOR SELECT TO steward_app
  USING ((SELECT steward_actor_user_id()) IS NOT NULL OR is_public);
--> statement-breakpoint
CREATE POLICY services_insert ON services FOR INSERT TO steward_app
  WITH CHECK (organization_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY services_update ON services FOR UPDATE TO steward_app
  USING (organization_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organization_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY services_delete ON services FOR DELETE TO steward_app
  USING (organization_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
-- Service-at-location: signed-in users all; without a session those of public services.
CREATE POLICY service_at_locations_select ON service_at_locations FOR SELECT TO steward_app
  USING ((SELECT steward_actor_user_id()) IS NOT NULL OR service_id IN (SELECT s.id FROM services s));
--> statement-breakpoint
CREATE POLICY service_at_locations_write ON service_at_locations FOR ALL TO steward_app
  USING (organization_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organization_id IN (SELECT steward_actor_organisation_ids())
              AND service_id IN (SELECT s.id FROM services s
                                  WHERE s.organization_id IN (SELECT steward_actor_organisation_ids()))
              AND location_id IN (SELECT l.id FROM service_locations l
                                   WHERE l.organization_id IN (SELECT steward_actor_organisation_ids())));
--> statement-breakpoint
-- Locations: signed-in users all; without a session those where a public service is delivered.
CREATE POLICY service_locations_select ON service_locations FOR SELECT TO steward_app
  USING ((SELECT steward_actor_user_id()) IS NOT NULL
         OR id IN (SELECT sal.location_id FROM service_at_locations sal));
--> statement-breakpoint
CREATE POLICY service_locations_write ON service_locations FOR ALL TO steward_app
  USING (organization_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organization_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
-- Contacts: partner-only rows (focal-point phones, referral e-mails) to signed-in users only;
-- public rows of public services also without a session.
CREATE POLICY service_contacts_select ON service_contacts FOR SELECT TO steward_app
  USING ((SELECT steward_actor_user_id()) IS NOT NULL
         OR (visibility = 'public' AND service_id IN (SELECT s.id FROM services s)));
--> statement-breakpoint
CREATE POLICY service_contacts_write ON service_contacts FOR ALL TO steward_app
  USING (organization_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organization_id IN (SELECT steward_actor_organisation_ids())
              AND service_id IN (SELECT s.id FROM services s
                                  WHERE s.organization_id IN (SELECT steward_actor_organisation_ids())));
--> statement-breakpoint

-- 4. A cluster role flags a service not reviewed in 90 days (the owner clears the flag by
--    reviewing). Only these two columns of another organisation's row, hence a function.
CREATE OR REPLACE FUNCTION steward_flag_stale_service(p_service uuid, p_at timestamptz) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_count integer;
  BEGIN
    IF NOT steward_actor_has_cluster_role() THEN
      RETURN 0;
    END IF;
    UPDATE services SET stale_flagged_at = p_at, stale_flagged_by = steward_actor_user_id()
     WHERE id = p_service;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_flag_stale_service(uuid, timestamptz) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_flag_stale_service(uuid, timestamptz) TO steward_app;

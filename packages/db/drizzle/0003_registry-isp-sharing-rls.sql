-- Custom migration (drizzle-kit generate --custom): grants and row-level security for the
-- registry, the ISP, requests, agreements and notifications (issue 4). Same pattern as
-- 0001_app-role-and-rls. Valid on PostgreSQL 15 (server) and 18 (PGlite).

-- 1. Helpers. Cluster roles act for the cluster: they see what members share with it.
CREATE OR REPLACE FUNCTION steward_actor_has_cluster_role() RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM memberships m
       WHERE m.user_id = steward_actor_user_id()
         AND m.organisation_id IN (SELECT steward_actor_organisation_ids())
         AND m.role IN ('cluster-coordinator', 'cluster-imo'))
  $$;
--> statement-breakpoint
-- Organisations that are the recipient of an agreement on an entry (not revoked). Expiry is
-- enforced by the services with the clock; revocation here too.
CREATE OR REPLACE FUNCTION steward_actor_agreement_entry_ids() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT a.registry_entry_id FROM agreements a
     WHERE a.revoked_at IS NULL
       AND a.recipient_organisation_id IN (SELECT steward_actor_organisation_ids())
  $$;
--> statement-breakpoint
-- Public request form: no actor is signed in. Inserts one pending request for an existing entry.
CREATE OR REPLACE FUNCTION steward_submit_public_request(
    p_entry uuid, p_name text, p_org text, p_email text, p_purpose text, p_use text,
    p_recipients text, p_days int, p_at timestamptz) RETURNS uuid
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_provider uuid;
    v_id uuid;
    v_title text;
  BEGIN
    SELECT e.organisation_id, e.title INTO v_provider, v_title FROM registry_entries e
     WHERE e.id = p_entry AND e.shared_with_cluster;
    IF v_provider IS NULL THEN
      RETURN NULL;
    END IF;
    INSERT INTO data_requests (registry_entry_id, entry_title, provider_organisation_id, requester_name,
        requester_organisation_name, contact_email, purpose, intended_use, recipients,
        requested_duration_days, status, created_at)
      VALUES (p_entry, v_title, v_provider, p_name, p_org, p_email, p_purpose, p_use, p_recipients, p_days,
        'pending', p_at)
      RETURNING id INTO v_id;
    INSERT INTO notifications (organisation_id, kind, text, link, created_at)
      VALUES (v_provider, 'request-received', 'A data-sharing request arrived through the public form.',
        '/sharing/requests/' || v_id::text, p_at);
    RETURN v_id;
  END
  $$;
--> statement-breakpoint
-- Requests name an entry the requester cannot read: the owner and title of an entry shared
-- with the cluster (the cluster's catalogue), nothing else.
CREATE OR REPLACE FUNCTION steward_requestable_entry(p_entry uuid)
  RETURNS TABLE (organisation_id uuid, title text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT e.organisation_id, e.title FROM registry_entries e WHERE e.id = p_entry AND e.shared_with_cluster $$;
--> statement-breakpoint
-- Agreement references DSA-<year>-<nnnn>, unique across organisations (RLS would hide others' rows).
CREATE OR REPLACE FUNCTION steward_next_agreement_reference(p_year int) RETURNS text
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_next int;
  BEGIN
    PERFORM pg_advisory_xact_lock(4242424202);
    SELECT coalesce(max(substring(a.reference FROM 10)::int), 0) + 1 INTO v_next
      FROM agreements a WHERE a.reference LIKE 'DSA-' || p_year::text || '-%';
    RETURN 'DSA-' || p_year::text || '-' || lpad(v_next::text, 4, '0');
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_has_cluster_role(), steward_actor_agreement_entry_ids(), steward_requestable_entry(uuid),
  steward_submit_public_request(uuid, text, text, text, text, text, text, int, timestamptz),
  steward_next_agreement_reference(int) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_actor_has_cluster_role(), steward_actor_agreement_entry_ids(), steward_requestable_entry(uuid),
  steward_submit_public_request(uuid, text, text, text, text, text, text, int, timestamptz),
  steward_next_agreement_reference(int) TO steward_app;
--> statement-breakpoint

-- 2. Grants. file_encryption_keys gets none: only the owner reads it.
GRANT SELECT, INSERT, UPDATE, DELETE ON registry_entries, registry_files, data_requests, agreements,
  notifications, isp_versions, isp_endorsements TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON registry_entry_changes TO steward_app;
--> statement-breakpoint
REVOKE ALL ON file_encryption_keys FROM steward_app, PUBLIC;
--> statement-breakpoint

-- 3. Row-level security.
ALTER TABLE registry_entries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE registry_entry_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE registry_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE data_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE agreements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE isp_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE isp_endorsements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE file_encryption_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Registry entries: the owner's members; cluster roles when shared with the cluster; the
-- recipient of an agreement on the entry. Writes: the owner's members only.
CREATE POLICY registry_entries_select ON registry_entries FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR (shared_with_cluster AND steward_actor_has_cluster_role())
         OR id IN (SELECT steward_actor_agreement_entry_ids()));
--> statement-breakpoint
CREATE POLICY registry_entries_insert ON registry_entries FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY registry_entries_update ON registry_entries FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY registry_entries_delete ON registry_entries FOR DELETE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY registry_entry_changes_select ON registry_entry_changes FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR entry_id IN (SELECT e.id FROM registry_entries e));
--> statement-breakpoint
CREATE POLICY registry_entry_changes_insert ON registry_entry_changes FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids())
              AND actor_user_id = steward_actor_user_id());
--> statement-breakpoint
-- Files: the owner's members; others (cluster roles, agreement recipients) only files that are
-- not quarantined, of entries they can see.
CREATE POLICY registry_files_select ON registry_files FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR (NOT quarantined AND entry_id IN (SELECT e.id FROM registry_entries e)));
--> statement-breakpoint
CREATE POLICY registry_files_insert ON registry_files FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY registry_files_update ON registry_files FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY registry_files_delete ON registry_files FOR DELETE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
-- Requests: the provider and the requesting organisation. Members file requests for their own
-- organisation; the provider decides.
CREATE POLICY data_requests_select ON data_requests FOR SELECT TO steward_app
  USING (provider_organisation_id IN (SELECT steward_actor_organisation_ids())
         OR requester_organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY data_requests_insert ON data_requests FOR INSERT TO steward_app
  WITH CHECK (requester_organisation_id IN (SELECT steward_actor_organisation_ids())
              AND requester_user_id = steward_actor_user_id());
--> statement-breakpoint
CREATE POLICY data_requests_update ON data_requests FOR UPDATE TO steward_app
  USING (provider_organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (provider_organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
-- Agreements: both parties; cluster roles see the metadata (the cluster view). Only the provider
-- writes; nobody deletes (revocation is an update).
CREATE POLICY agreements_select ON agreements FOR SELECT TO steward_app
  USING (provider_organisation_id IN (SELECT steward_actor_organisation_ids())
         OR recipient_organisation_id IN (SELECT steward_actor_organisation_ids())
         OR steward_actor_has_cluster_role());
--> statement-breakpoint
CREATE POLICY agreements_insert ON agreements FOR INSERT TO steward_app
  WITH CHECK (provider_organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY agreements_update ON agreements FOR UPDATE TO steward_app
  USING (provider_organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (provider_organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
-- Notifications: read and marked by the organisation's members; any signed-in user may notify
-- an organisation (the other party of a request or agreement).
CREATE POLICY notifications_select ON notifications FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
CREATE POLICY notifications_insert ON notifications FOR INSERT TO steward_app
  WITH CHECK (steward_actor_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY notifications_update ON notifications FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()));
--> statement-breakpoint
-- The ISP is the cluster's: every signed-in user reads it; cluster roles write it.
CREATE POLICY isp_versions_select ON isp_versions FOR SELECT TO steward_app
  USING (steward_actor_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY isp_versions_insert ON isp_versions FOR INSERT TO steward_app
  WITH CHECK (steward_actor_has_cluster_role() OR steward_actor_is_admin());
--> statement-breakpoint
CREATE POLICY isp_versions_update ON isp_versions FOR UPDATE TO steward_app
  USING (steward_actor_has_cluster_role() OR steward_actor_is_admin())
  WITH CHECK (steward_actor_has_cluster_role() OR steward_actor_is_admin());
--> statement-breakpoint
CREATE POLICY isp_endorsements_select ON isp_endorsements FOR SELECT TO steward_app
  USING (steward_actor_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY isp_endorsements_insert ON isp_endorsements FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()) AND user_id = steward_actor_user_id());
--> statement-breakpoint
CREATE POLICY isp_endorsements_update ON isp_endorsements FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids()) AND user_id = steward_actor_user_id());

-- Issue 8: a notification goes only to the people who can act on it, and carries a code and
-- parameters the web app renders in the user's language (the English text stays for e-mail).
--   audience: the membership roles of the organisation that see it (row-level security below);
--   params:   the message's parameters (titles, references, dates, codes), never personal data.
-- Existing rows get the audience of their kind: data-sharing, registry and retention notices go to
-- the roles that manage the registry and its sharing; referral notices to caseworkers and focal
-- points; incident notices to those who handle incidents.
ALTER TABLE "notifications" ADD COLUMN "params" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "audience" text[] NOT NULL
  DEFAULT ARRAY['cluster-coordinator', 'cluster-imo', 'partner-focal-point', 'partner-im-officer'];--> statement-breakpoint
UPDATE "notifications" SET "audience" = ARRAY['caseworker', 'partner-focal-point'] WHERE "kind" LIKE 'referral.%';--> statement-breakpoint
UPDATE "notifications" SET "audience" = ARRAY['partner-focal-point', 'cluster-coordinator', 'cluster-imo']
  WHERE "kind" LIKE 'incident-%';--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "audience" DROP DEFAULT;--> statement-breakpoint
DROP POLICY notifications_select ON notifications;--> statement-breakpoint
CREATE POLICY notifications_select ON notifications FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         AND steward_actor_role_in(organisation_id)::text = ANY (audience));--> statement-breakpoint
DROP POLICY notifications_update ON notifications;--> statement-breakpoint
CREATE POLICY notifications_update ON notifications FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         AND steward_actor_role_in(organisation_id)::text = ANY (audience))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids())
              AND steward_actor_role_in(organisation_id)::text = ANY (audience));--> statement-breakpoint
-- The public request form's notice: to those who decide requests, with its code; the link opens
-- the request on the agreements page (it pointed at a page that does not exist).
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
    INSERT INTO notifications (organisation_id, kind, text, params, audience, link, created_at)
      VALUES (v_provider, 'request-received-public',
        'A data-sharing request for "' || v_title || '" arrived through the public form.',
        jsonb_build_object('title', v_title),
        ARRAY['cluster-coordinator', 'cluster-imo', 'partner-focal-point', 'partner-im-officer'],
        '/agreements#request-' || v_id::text, p_at);
    RETURN v_id;
  END
  $$;

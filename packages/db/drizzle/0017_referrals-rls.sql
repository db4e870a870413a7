-- Custom migration (drizzle-kit generate --custom): grants and row-level security for end-to-end
-- encrypted referrals (issue 9). Only members of the sending or receiving organisation who hold a
-- referral role (caseworker, partner focal point) see referral rows; cluster roles and
-- administrators see none: they get counts through steward_referral_counts() only.
-- Helpers follow 0010 (PL/pgSQL, wrapped in sub-SELECTs in policies). Valid on PostgreSQL 15 and 18.

CREATE OR REPLACE FUNCTION steward_actor_referral_organisation_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  RETURN QUERY SELECT m.organisation_id FROM memberships m
     WHERE m.user_id = steward_actor_user_id()
       AND m.role IN ('caseworker', 'partner-focal-point')
       AND m.organisation_id IN (SELECT steward_actor_organisation_ids());
END
$$;
--> statement-breakpoint
-- Members (any role) of the actor's referral organisations: whose public keys the actor may read
-- to grant the organisation key.
CREATE OR REPLACE FUNCTION steward_actor_referral_colleague_ids() RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  RETURN QUERY SELECT DISTINCT m.user_id FROM memberships m
     WHERE m.organisation_id IN (SELECT steward_actor_referral_organisation_ids());
END
$$;
--> statement-breakpoint
-- Counts for cluster roles: the finest grouping the cluster may aggregate (no content, no ids).
-- Raises for anyone without a cluster role. Small cells are suppressed by the service layer with
-- the disclosure engine before anything leaves the server.
CREATE OR REPLACE FUNCTION steward_referral_counts()
  RETURNS TABLE (r_service_type text, r_state text, r_priority text, r_month text, r_adm1 text,
                 r_adm2 text, r_receiver_type text, r_count bigint)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  IF NOT steward_actor_has_cluster_role() THEN
    RAISE EXCEPTION 'referral counts are for cluster roles' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY
    SELECT r.service_type, r.state, r.priority, to_char(r.sent_at AT TIME ZONE 'UTC', 'YYYY-MM'),
           r.adm1, r.adm2, o.type::text, count(*)
      FROM referrals r JOIN organisations o ON o.id = r.receiver_organisation_id
     WHERE r.state <> 'draft'
     GROUP BY 1, 2, 3, 4, 5, 6, 7;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_actor_referral_organisation_ids(), steward_actor_referral_colleague_ids(),
  steward_referral_counts() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_actor_referral_organisation_ids(), steward_actor_referral_colleague_ids(),
  steward_referral_counts() TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON referral_user_keys, referral_org_keys, referral_org_key_copies
  TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON referrals TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON referral_events TO steward_app;
--> statement-breakpoint
ALTER TABLE referral_user_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE referral_org_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE referral_org_key_copies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE referral_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- User keys: one's own; colleagues' in one's referral organisations (to grant them the org key).
CREATE POLICY referral_user_keys_select ON referral_user_keys FOR SELECT TO steward_app
  USING (user_id = (SELECT steward_actor_user_id())
         OR user_id IN (SELECT steward_actor_referral_colleague_ids()));
--> statement-breakpoint
CREATE POLICY referral_user_keys_write ON referral_user_keys FOR ALL TO steward_app
  USING (user_id = (SELECT steward_actor_user_id()))
  WITH CHECK (user_id = (SELECT steward_actor_user_id()));
--> statement-breakpoint
-- Organisation public keys are readable by every signed-in user (senders encrypt to them; the
-- directory shows fingerprints). Only referral members of the organisation create or retire them.
CREATE POLICY referral_org_keys_select ON referral_org_keys FOR SELECT TO steward_app
  USING ((SELECT steward_actor_user_id()) IS NOT NULL);
--> statement-breakpoint
CREATE POLICY referral_org_keys_insert ON referral_org_keys FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_referral_organisation_ids()));
--> statement-breakpoint
CREATE POLICY referral_org_keys_update ON referral_org_keys FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_referral_organisation_ids()))
  WITH CHECK (organisation_id IN (SELECT steward_actor_referral_organisation_ids()));
--> statement-breakpoint
-- Key copies: a member sees their own sealed copy, the recovery copy and history of their
-- organisation; referral members add copies for their organisation and remove members' copies.
CREATE POLICY referral_org_key_copies_select ON referral_org_key_copies FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_referral_organisation_ids())
         AND (kind <> 'member' OR user_id = (SELECT steward_actor_user_id())));
--> statement-breakpoint
CREATE POLICY referral_org_key_copies_insert ON referral_org_key_copies FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_referral_organisation_ids())
              AND org_key_id IN (SELECT k.id FROM referral_org_keys k WHERE k.organisation_id = referral_org_key_copies.organisation_id));
--> statement-breakpoint
CREATE POLICY referral_org_key_copies_delete ON referral_org_key_copies FOR DELETE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_referral_organisation_ids()));
--> statement-breakpoint
-- Referrals: only the two organisations' referral members. No policy for cluster roles or admins.
CREATE POLICY referrals_select ON referrals FOR SELECT TO steward_app
  USING (sender_organisation_id IN (SELECT steward_actor_referral_organisation_ids())
         OR receiver_organisation_id IN (SELECT steward_actor_referral_organisation_ids()));
--> statement-breakpoint
CREATE POLICY referrals_insert ON referrals FOR INSERT TO steward_app
  WITH CHECK (sender_organisation_id IN (SELECT steward_actor_referral_organisation_ids())
              AND receiver_organisation_id <> sender_organisation_id);
--> statement-breakpoint
CREATE POLICY referrals_update ON referrals FOR UPDATE TO steward_app
  USING (sender_organisation_id IN (SELECT steward_actor_referral_organisation_ids())
         OR receiver_organisation_id IN (SELECT steward_actor_referral_organisation_ids()))
  WITH CHECK (sender_organisation_id IN (SELECT steward_actor_referral_organisation_ids())
              OR receiver_organisation_id IN (SELECT steward_actor_referral_organisation_ids()));
--> statement-breakpoint
CREATE POLICY referral_events_select ON referral_events FOR SELECT TO steward_app
  USING (sender_organisation_id IN (SELECT steward_actor_referral_organisation_ids())
         OR receiver_organisation_id IN (SELECT steward_actor_referral_organisation_ids()));
--> statement-breakpoint
CREATE POLICY referral_events_insert ON referral_events FOR INSERT TO steward_app
  WITH CHECK (actor_user_id = (SELECT steward_actor_user_id())
              AND actor_organisation_id IN (SELECT steward_actor_referral_organisation_ids())
              AND actor_organisation_id IN (sender_organisation_id, receiver_organisation_id));

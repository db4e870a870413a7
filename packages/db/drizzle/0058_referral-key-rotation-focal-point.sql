-- Custom SQL (issue 9, decision 0017 addendum "who rotates"): rotating an organisation referral key
-- retires the current key (UPDATE retired_at) before the new one is inserted (one current key per
-- organisation, referral_org_keys_current_idx). Only a partner focal point of the organisation who
-- holds a member copy of that key may retire it, the same rule as core's permissions table
-- ('referral.key-rotate') that the service checks first. Before, any referral member (a caseworker
-- included) could. The rotation-required flag (0047) is set by SECURITY DEFINER functions, which this
-- policy does not reach. A refused UPDATE matches no row, so the new key's insert then conflicts.
-- The member copy is read under the copies' select policy (one's own member copies). PostgreSQL 15/18.
DROP POLICY referral_org_keys_update ON referral_org_keys;
--> statement-breakpoint
CREATE POLICY referral_org_keys_update ON referral_org_keys FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_focal_point_organisation_ids())
         AND EXISTS (SELECT 1 FROM referral_org_key_copies c
                      WHERE c.org_key_id = referral_org_keys.id AND c.kind = 'member'
                        AND c.user_id = (SELECT steward_actor_user_id())))
  WITH CHECK (organisation_id IN (SELECT steward_actor_focal_point_organisation_ids()));

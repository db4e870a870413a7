-- Custom migration (drizzle-kit generate --custom): the consent override of issue 9, enforced in
-- the database as well as in the service. Columns and CHECKs are in 0040 (legal basis other than
-- consent, approver <> requester, a referral with an override leaves 'draft' only once approved).
-- This trigger adds what a CHECK cannot see:
--  * the requester and the approver hold a role with `referral.consent-override` (core's
--    permissions table: partner-focal-point) in the SENDING organisation, and are enabled users;
--  * each of them is the acting user when the application acts for someone (app.user_id);
--  * an override starts as a pending 'draft' with no decision; the decision is taken once and the
--    override's plaintext metadata never changes afterwards.
-- RLS: the receiving organisation does not see (or update) a referral while it is a draft.
-- Follows 0010/0017 (PL/pgSQL, SECURITY DEFINER, fixed search_path). Valid on PostgreSQL 15 and 18.
CREATE OR REPLACE FUNCTION steward_referral_override_holder(p_user uuid, p_org uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
     WHERE m.user_id = p_user AND m.organisation_id = p_org
       AND m.role IN ('partner-focal-point') AND NOT u.disabled);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_referrals_override_guard() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  v_actor uuid := steward_actor_user_id();
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.override_legal_basis IS NULL THEN
      IF NEW.override_requested_by IS NOT NULL OR NEW.override_decision IS NOT NULL THEN
        RAISE EXCEPTION 'override metadata without an override' USING ERRCODE = '23514';
      END IF;
      RETURN NEW;
    END IF;
    IF NEW.state <> 'draft' OR NEW.override_decision IS NOT NULL OR NEW.override_decided_by IS NOT NULL THEN
      RAISE EXCEPTION 'a consent override starts as a draft awaiting a second person' USING ERRCODE = '23514';
    END IF;
    IF NEW.override_requested_by IS NULL
       OR NOT steward_referral_override_holder(NEW.override_requested_by, NEW.sender_organisation_id)
       OR (v_actor IS NOT NULL AND NEW.override_requested_by <> v_actor) THEN
      RAISE EXCEPTION 'the requester of a consent override needs the consent-override permission in the sending organisation'
        USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
  END IF;
  -- UPDATE: the override's plaintext metadata is fixed once written.
  IF NEW.override_legal_basis IS DISTINCT FROM OLD.override_legal_basis
     OR NEW.override_requested_by IS DISTINCT FROM OLD.override_requested_by
     OR NEW.override_requested_at IS DISTINCT FROM OLD.override_requested_at THEN
    RAISE EXCEPTION 'a consent override cannot be changed' USING ERRCODE = '23514';
  END IF;
  IF OLD.override_decision IS NOT NULL THEN
    IF NEW.override_decision IS DISTINCT FROM OLD.override_decision
       OR NEW.override_decided_by IS DISTINCT FROM OLD.override_decided_by
       OR NEW.override_decided_at IS DISTINCT FROM OLD.override_decided_at THEN
      RAISE EXCEPTION 'the consent override was decided already' USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.override_decision IS NOT NULL THEN
    IF NEW.override_decided_by IS NULL
       OR NEW.override_decided_by = OLD.override_requested_by
       OR NOT steward_referral_override_holder(NEW.override_decided_by, NEW.sender_organisation_id)
       OR (v_actor IS NOT NULL AND NEW.override_decided_by <> v_actor) THEN
      RAISE EXCEPTION 'the approver of a consent override is another person of the sending organisation with the consent-override permission'
        USING ERRCODE = '42501';
    END IF;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER referrals_override_guard BEFORE INSERT OR UPDATE ON referrals
  FOR EACH ROW EXECUTE FUNCTION steward_referrals_override_guard();
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_referral_override_holder(uuid, uuid), steward_referrals_override_guard() FROM PUBLIC;
--> statement-breakpoint
-- The receiver sees and updates a referral only once it left 'draft' (sent).
DROP POLICY referrals_select ON referrals;
--> statement-breakpoint
CREATE POLICY referrals_select ON referrals FOR SELECT TO steward_app
  USING (sender_organisation_id IN (SELECT steward_actor_referral_organisation_ids())
         OR (state <> 'draft'
             AND receiver_organisation_id IN (SELECT steward_actor_referral_organisation_ids())));
--> statement-breakpoint
DROP POLICY referrals_update ON referrals;
--> statement-breakpoint
CREATE POLICY referrals_update ON referrals FOR UPDATE TO steward_app
  USING (sender_organisation_id IN (SELECT steward_actor_referral_organisation_ids())
         OR (state <> 'draft'
             AND receiver_organisation_id IN (SELECT steward_actor_referral_organisation_ids())))
  WITH CHECK (sender_organisation_id IN (SELECT steward_actor_referral_organisation_ids())
              OR receiver_organisation_id IN (SELECT steward_actor_referral_organisation_ids()));

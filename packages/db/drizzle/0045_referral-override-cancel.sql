ALTER TABLE "referrals" DROP CONSTRAINT "referrals_override_decision_check";--> statement-breakpoint
ALTER TABLE "referrals" DROP CONSTRAINT "referrals_override_two_people_check";--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_override_decision_check" CHECK ("referrals"."override_decision" IS NULL OR ("referrals"."override_decision" IN ('approved', 'refused', 'cancelled') AND "referrals"."override_legal_basis" IS NOT NULL AND "referrals"."override_decided_at" IS NOT NULL));--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_override_two_people_check" CHECK ("referrals"."override_decided_by" IS NULL OR "referrals"."override_requested_by" IS NULL OR "referrals"."override_decided_by" <> "referrals"."override_requested_by" OR "referrals"."override_decision" = 'cancelled');--> statement-breakpoint
-- Custom SQL: the requester cancels their own pending consent override (issue 9). The decision
-- 'cancelled' is taken by the person who asked (the acting user), on a pending draft, once; it
-- never leaves 'draft' (CHECK referrals_override_approved_to_leave_draft_check). Same trigger as
-- 0041 with the 'cancelled' branch added. Valid on PostgreSQL 15 and 18.
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
  IF NEW.override_decision = 'cancelled' THEN
    IF NEW.override_decided_by IS NULL
       OR NEW.override_decided_by IS DISTINCT FROM OLD.override_requested_by
       OR (v_actor IS NOT NULL AND NEW.override_decided_by <> v_actor)
       OR NEW.state <> 'draft' THEN
      RAISE EXCEPTION 'only the requester cancels their own pending consent override'
        USING ERRCODE = '42501';
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

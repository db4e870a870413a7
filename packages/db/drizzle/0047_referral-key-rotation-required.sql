ALTER TABLE "referral_org_keys" ADD COLUMN "rotation_required_at" timestamp with time zone;--> statement-breakpoint
-- Custom SQL (issue 9, decision 0025 addendum): rotation of an organisation referral key is forced
-- when a member holding a copy of its current key goes: membership removed, role changed away from
-- caseworker/partner focal point, user disabled or deleted, or their copy revoked by a focal point.
-- The key is flagged (rotation_required_at) and, until a remaining holder rotates it (a new current
-- key, unflagged), the database refuses every referral that would be sent from or to it (insert,
-- and a draft leaving 'draft' when its override is approved); the service refuses first with a
-- clear code. Follows 0039/0041 (PL/pgSQL, SECURITY DEFINER, fixed search_path). PostgreSQL 15/18.
CREATE OR REPLACE FUNCTION steward_referral_require_rotation(p_organisation_id uuid, p_user_id uuid)
  RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  UPDATE referral_org_keys k SET rotation_required_at = COALESCE(k.rotation_required_at, now())
   WHERE k.organisation_id = p_organisation_id AND k.retired_at IS NULL
     AND EXISTS (SELECT 1 FROM referral_org_key_copies c
                  WHERE c.org_key_id = k.id AND c.kind = 'member' AND c.user_id = p_user_id);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_memberships_referral_rotation() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM steward_referral_require_rotation(OLD.organisation_id, OLD.user_id);
    RETURN OLD;
  END IF;
  IF OLD.role::text IN ('caseworker', 'partner-focal-point')
     AND (NEW.role::text NOT IN ('caseworker', 'partner-focal-point')
          OR NEW.organisation_id <> OLD.organisation_id OR NEW.user_id <> OLD.user_id) THEN
    PERFORM steward_referral_require_rotation(OLD.organisation_id, OLD.user_id);
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER memberships_referral_rotation AFTER UPDATE OR DELETE ON memberships
  FOR EACH ROW EXECUTE FUNCTION steward_memberships_referral_rotation();
--> statement-breakpoint
-- A user disabled (AFTER UPDATE) or deleted (BEFORE DELETE: their copies cascade away with them).
CREATE OR REPLACE FUNCTION steward_users_referral_rotation() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  m record;
BEGIN
  IF TG_OP = 'DELETE' OR (NEW.disabled AND NOT OLD.disabled) THEN
    FOR m IN SELECT organisation_id FROM memberships WHERE user_id = OLD.id LOOP
      PERFORM steward_referral_require_rotation(m.organisation_id, OLD.id);
    END LOOP;
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER users_referral_rotation_disabled AFTER UPDATE OF disabled ON users
  FOR EACH ROW EXECUTE FUNCTION steward_users_referral_rotation();
--> statement-breakpoint
CREATE TRIGGER users_referral_rotation_deleted BEFORE DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION steward_users_referral_rotation();
--> statement-breakpoint
-- Revocation by a focal point (0039) flags the key before the copies go.
CREATE OR REPLACE FUNCTION steward_referral_revoke_member(p_organisation_id uuid, p_user_id uuid)
  RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  removed integer;
BEGIN
  IF p_user_id = steward_actor_user_id() OR NOT EXISTS (
       SELECT 1 FROM memberships m
        WHERE m.user_id = steward_actor_user_id()
          AND m.organisation_id = p_organisation_id
          AND m.role = 'partner-focal-point'
          AND m.organisation_id IN (SELECT steward_actor_organisation_ids())) THEN
    RAISE EXCEPTION 'only a partner focal point of the organisation revokes a colleague''s key copies'
      USING ERRCODE = '42501';
  END IF;
  PERFORM steward_referral_require_rotation(p_organisation_id, p_user_id);
  DELETE FROM referral_org_key_copies c
   WHERE c.organisation_id = p_organisation_id AND c.user_id = p_user_id AND c.kind = 'member';
  GET DIAGNOSTICS removed = ROW_COUNT;
  RETURN removed;
END
$$;
--> statement-breakpoint
-- No referral leaves for, or from, a key that must be rotated or was retired.
CREATE OR REPLACE FUNCTION steward_referrals_key_guard() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  IF TG_OP = 'INSERT' OR (OLD.state = 'draft' AND NEW.state <> 'draft') THEN
    IF EXISTS (SELECT 1 FROM referral_org_keys k
                WHERE k.id IN (NEW.sender_key_id, NEW.receiver_key_id)
                  AND (k.rotation_required_at IS NOT NULL OR k.retired_at IS NOT NULL)) THEN
      RAISE EXCEPTION 'a referral key of the sending or receiving organisation must be rotated first (or was retired)'
        USING ERRCODE = '23514';
    END IF;
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER referrals_key_guard BEFORE INSERT OR UPDATE ON referrals
  FOR EACH ROW EXECUTE FUNCTION steward_referrals_key_guard();
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_referral_require_rotation(uuid, uuid), steward_memberships_referral_rotation(),
  steward_users_referral_rotation(), steward_referrals_key_guard() FROM PUBLIC;

-- Custom migration (drizzle-kit generate --custom): a partner focal point revokes a member's copies of
-- the organisation referral key (issue 9). RLS on referral_org_key_copies shows a member only their
-- own member copy, so a DELETE of a colleague's copy matched no row and revocation silently removed
-- nothing. This helper deletes the member copies of one user in one organisation, and only when the
-- actor is a partner focal point of that organisation (and not revoking themselves); otherwise it
-- raises insufficient_privilege. Follows 0029 (PL/pgSQL, SECURITY DEFINER, fixed search_path).
-- Valid on PostgreSQL 15 and 18.
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
  DELETE FROM referral_org_key_copies c
   WHERE c.organisation_id = p_organisation_id AND c.user_id = p_user_id AND c.kind = 'member';
  GET DIAGNOSTICS removed = ROW_COUNT;
  RETURN removed;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_referral_revoke_member(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_referral_revoke_member(uuid, uuid) TO steward_app;

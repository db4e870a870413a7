-- Custom migration (drizzle-kit generate --custom): who holds an organisation referral key.
-- RLS on referral_org_key_copies shows a member only their own member copy, so the service could
-- not tell which colleagues already hold the current key (they were listed as pending and a repeat
-- grant failed with a conflict). This helper returns only holder user ids (no sealed boxes) of a
-- key of one of the actor's referral organisations; for anyone else it returns nothing.
-- Follows 0010/0017 (PL/pgSQL, SECURITY DEFINER, fixed search_path). Valid on PostgreSQL 15 and 18.
CREATE OR REPLACE FUNCTION steward_referral_key_holder_ids(p_org_key_id uuid) RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  RETURN QUERY SELECT DISTINCT c.user_id FROM referral_org_key_copies c
     WHERE c.org_key_id = p_org_key_id
       AND c.kind = 'member'
       AND c.user_id IS NOT NULL
       AND c.organisation_id IN (SELECT steward_actor_referral_organisation_ids());
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_referral_key_holder_ids(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_referral_key_holder_ids(uuid) TO steward_app;

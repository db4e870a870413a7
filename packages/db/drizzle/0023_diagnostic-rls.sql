-- Custom migration (drizzle-kit generate --custom): grants and row-level security for the
-- data-responsibility diagnostic (issue 11 §1). Same pattern as 0003 / 0007 / 0010: helpers in
-- PL/pgSQL, argument-free helpers wrapped as (SELECT helper()) in policies.

-- 1. Question sets and rounds: every signed-in user reads them; cluster roles write them.
GRANT SELECT, INSERT, UPDATE ON diagnostic_question_sets, diagnostic_rounds TO steward_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON diagnostic_responses, diagnostic_actions TO steward_app;
--> statement-breakpoint
ALTER TABLE diagnostic_question_sets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE diagnostic_question_sets FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE diagnostic_rounds ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE diagnostic_rounds FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE diagnostic_responses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE diagnostic_responses FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE diagnostic_actions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE diagnostic_actions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY diagnostic_question_sets_select ON diagnostic_question_sets FOR SELECT TO steward_app
  USING (steward_actor_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY diagnostic_question_sets_insert ON diagnostic_question_sets FOR INSERT TO steward_app
  WITH CHECK ((SELECT steward_actor_has_cluster_role()));
--> statement-breakpoint
CREATE POLICY diagnostic_rounds_select ON diagnostic_rounds FOR SELECT TO steward_app
  USING (steward_actor_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY diagnostic_rounds_insert ON diagnostic_rounds FOR INSERT TO steward_app
  WITH CHECK ((SELECT steward_actor_has_cluster_role()));
--> statement-breakpoint
CREATE POLICY diagnostic_rounds_update ON diagnostic_rounds FOR UPDATE TO steward_app
  USING ((SELECT steward_actor_has_cluster_role()))
  WITH CHECK ((SELECT steward_actor_has_cluster_role()));
--> statement-breakpoint
-- 2. Responses: each organisation its own; the cluster's answers (party 'cluster') are readable
-- by everyone and written only by cluster roles; a member's answers are visible to cluster roles
-- under its name only when it consented (share_named). Aggregates go through the function below.
CREATE POLICY diagnostic_responses_select ON diagnostic_responses FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR party = 'cluster'
         OR (share_named AND (SELECT steward_actor_has_cluster_role())));
--> statement-breakpoint
CREATE POLICY diagnostic_responses_insert ON diagnostic_responses FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids())
              AND (party = 'member' OR (SELECT steward_actor_has_cluster_role())));
--> statement-breakpoint
CREATE POLICY diagnostic_responses_update ON diagnostic_responses FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         AND (party = 'member' OR (SELECT steward_actor_has_cluster_role())))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids())
              AND (party = 'member' OR (SELECT steward_actor_has_cluster_role())));
--> statement-breakpoint
CREATE POLICY diagnostic_responses_delete ON diagnostic_responses FOR DELETE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         AND (party = 'member' OR (SELECT steward_actor_has_cluster_role())));
--> statement-breakpoint
-- 3. Action plan: each organisation its own items; the cluster's items readable by everyone,
-- written only by cluster roles.
CREATE POLICY diagnostic_actions_select ON diagnostic_actions FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids()) OR party = 'cluster');
--> statement-breakpoint
CREATE POLICY diagnostic_actions_insert ON diagnostic_actions FOR INSERT TO steward_app
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids())
              AND (party = 'member' OR (SELECT steward_actor_has_cluster_role())));
--> statement-breakpoint
CREATE POLICY diagnostic_actions_update ON diagnostic_actions FOR UPDATE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         AND (party = 'member' OR (SELECT steward_actor_has_cluster_role())))
  WITH CHECK (organisation_id IN (SELECT steward_actor_organisation_ids())
              AND (party = 'member' OR (SELECT steward_actor_has_cluster_role())));
--> statement-breakpoint
CREATE POLICY diagnostic_actions_delete ON diagnostic_actions FOR DELETE TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         AND (party = 'member' OR (SELECT steward_actor_has_cluster_role())));
--> statement-breakpoint
-- 4. The members' answers of a round WITHOUT the organisation, for the cluster's aggregate view
-- (cluster roles only; anyone else gets no rows). The service suppresses the aggregate when
-- fewer members answered than the small-number threshold.
CREATE OR REPLACE FUNCTION steward_diagnostic_member_answers(p_round_id uuid) RETURNS SETOF jsonb
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  IF NOT steward_actor_has_cluster_role() THEN
    RETURN;
  END IF;
  RETURN QUERY SELECT r.answers FROM diagnostic_responses r
                WHERE r.round_id = p_round_id AND r.party = 'member';
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_diagnostic_member_answers(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_diagnostic_member_answers(uuid) TO steward_app;

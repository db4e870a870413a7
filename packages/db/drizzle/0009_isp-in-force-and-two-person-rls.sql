-- Custom migration (drizzle-kit generate --custom): the ISP in force and the two-person rule in
-- the database (issue 7 §1). See docs/decisions/0007-role-grant-policy.md and docs/security.md.
--   1. The endorsed version (in force) is never withdrawn: it becomes superseded only when another
--      version is endorsed in the same transaction (checked at commit), and superseded stays so.
--   2. Status-change requests (two-person rule): readable by every signed-in user, made and
--      decided only by cluster roles in their own name; the approver is never the requester
--      (CHECK constraint isp_status_requests_second_person, migration 0008).

CREATE OR REPLACE FUNCTION steward_isp_versions_status_rules() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp
  AS $$
  BEGIN
    IF OLD.status = 'superseded' AND NEW.status <> 'superseded' THEN
      RAISE EXCEPTION 'a superseded ISP version stays superseded'
        USING ERRCODE = '23514', CONSTRAINT = 'isp_versions_in_force';
    END IF;
    IF OLD.status = 'endorsed' AND NEW.status NOT IN ('endorsed', 'superseded') THEN
      RAISE EXCEPTION 'the ISP in force is replaced only by endorsing a successor'
        USING ERRCODE = '23514', CONSTRAINT = 'isp_versions_in_force';
    END IF;
    RETURN NEW;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER isp_versions_status_rules BEFORE UPDATE OF status ON isp_versions
  FOR EACH ROW EXECUTE FUNCTION steward_isp_versions_status_rules();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_isp_versions_keep_one_in_force() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    IF OLD.status = 'endorsed' AND NEW.status <> 'endorsed'
       AND NOT EXISTS (SELECT 1 FROM isp_versions v WHERE v.status = 'endorsed') THEN
      RAISE EXCEPTION 'the ISP in force is replaced only by endorsing a successor, never withdrawn'
        USING ERRCODE = '23514', CONSTRAINT = 'isp_versions_in_force';
    END IF;
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER isp_versions_keep_one_in_force AFTER UPDATE OF status ON isp_versions
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION steward_isp_versions_keep_one_in_force();
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON isp_status_requests TO steward_app;
--> statement-breakpoint
ALTER TABLE isp_status_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY isp_status_requests_select ON isp_status_requests FOR SELECT TO steward_app
  USING (steward_actor_user_id() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY isp_status_requests_insert ON isp_status_requests FOR INSERT TO steward_app
  WITH CHECK (steward_actor_has_cluster_role() AND requested_by = steward_actor_user_id()
              AND decided_by IS NULL);
--> statement-breakpoint
CREATE POLICY isp_status_requests_update ON isp_status_requests FOR UPDATE TO steward_app
  USING (steward_actor_has_cluster_role() AND outcome IS NULL)
  WITH CHECK (steward_actor_has_cluster_role() AND decided_by = steward_actor_user_id());

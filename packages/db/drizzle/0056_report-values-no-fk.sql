-- Hand-written (issue 10 "Scale", decision 0029, second addendum): the row-level foreign-key
-- check of report_id took about a third of storing a report's values (EXPLAIN ANALYZE of 50,000
-- values on the server: 535–757 ms of ~2 s, one check per value). The statement-level trigger of
-- 0051 already refuses any value whose report is missing or is another organisation's, framework's
-- or period's; it now also locks the reports concerned FOR KEY SHARE, as the foreign key did, so a
-- report deleted meanwhile is waited for and then seen gone. The values of deleted reports go
-- with them by a statement-level trigger on reports (ON DELETE CASCADE did it; TRUNCATE too), and a
-- report's id can no longer change (ON UPDATE NO ACTION refused it while values referred to it).
ALTER TABLE "report_values" DROP CONSTRAINT "report_values_report_id_reports_id_fk";
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_report_values_match_report() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  PERFORM 1 FROM reports r
   WHERE r.id IN (SELECT DISTINCT n.report_id FROM steward_new_values n)
     FOR KEY SHARE OF r;
  IF EXISTS (SELECT 1
               FROM steward_new_values n
               LEFT JOIN reports r ON r.id = n.report_id
              WHERE r.id IS NULL OR r.organisation_id <> n.organisation_id
                 OR r.framework_id <> n.framework_id OR r.period <> n.period) THEN
    RAISE EXCEPTION 'report values must carry their report''s organisation, framework and period'
      USING ERRCODE = '23503';
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION steward_reports_delete_values() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  DELETE FROM report_values v USING steward_old_reports o WHERE v.report_id = o.id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_reports_delete_values() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER reports_delete_values AFTER DELETE ON reports
  REFERENCING OLD TABLE AS steward_old_reports
  FOR EACH STATEMENT EXECUTE FUNCTION steward_reports_delete_values();
--> statement-breakpoint
CREATE FUNCTION steward_reports_keep_id() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public, pg_temp
  AS $$
BEGIN
  IF NEW.id <> OLD.id THEN
    RAISE EXCEPTION 'a report''s id never changes' USING ERRCODE = '23503';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_reports_keep_id() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER reports_keep_id BEFORE UPDATE OF id ON reports
  FOR EACH ROW EXECUTE FUNCTION steward_reports_keep_id();
--> statement-breakpoint
CREATE FUNCTION steward_reports_truncate_values() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  TRUNCATE report_values;
  RETURN NULL;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_reports_truncate_values() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER reports_truncate_values AFTER TRUNCATE ON reports
  FOR EACH STATEMENT EXECUTE FUNCTION steward_reports_truncate_values();

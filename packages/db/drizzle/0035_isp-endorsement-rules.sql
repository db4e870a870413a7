-- Custom migration (drizzle-kit generate --custom), issue 8: members endorse the text put to them
-- for consultation, and an endorsement is of that exact text.
--   1. An endorsement is recorded (or renewed) only while its version is in consultation.
--   2. Any change to a version's text (its document apart from the status field, its label,
--      context or review date) deletes the version's endorsements, and so does taking a version
--      out of consultation back to draft: the members endorse again what is put to them.
-- SECURITY DEFINER: the editor (a cluster role) clears endorsements of other organisations, which
-- row-level security would hide from them.
CREATE OR REPLACE FUNCTION steward_isp_endorsements_in_consultation() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    IF NOT EXISTS (SELECT 1 FROM isp_versions v
                   WHERE v.id = NEW.isp_version_id AND v.status = 'in-consultation') THEN
      RAISE EXCEPTION 'an ISP version is endorsed only while it is in consultation'
        USING ERRCODE = '23514', CONSTRAINT = 'isp_endorsements_in_consultation';
    END IF;
    RETURN NEW;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER isp_endorsements_in_consultation BEFORE INSERT OR UPDATE ON isp_endorsements
  FOR EACH ROW EXECUTE FUNCTION steward_isp_endorsements_in_consultation();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_isp_versions_clear_endorsements() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
  BEGIN
    IF (OLD.status = 'in-consultation' AND NEW.status = 'draft')
       OR NEW.version IS DISTINCT FROM OLD.version
       OR NEW.context IS DISTINCT FROM OLD.context
       OR NEW.review_due IS DISTINCT FROM OLD.review_due
       OR (NEW.document - 'status') IS DISTINCT FROM (OLD.document - 'status') THEN
      DELETE FROM isp_endorsements WHERE isp_version_id = NEW.id;
    END IF;
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER isp_versions_clear_endorsements AFTER UPDATE ON isp_versions
  FOR EACH ROW EXECUTE FUNCTION steward_isp_versions_clear_endorsements();

CREATE TABLE "report_value_replacements" (
	"report_id" uuid PRIMARY KEY NOT NULL,
	"below_id" bigint NOT NULL,
	"old_rows" bigint NOT NULL,
	"deleted" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP INDEX "report_values_report_idx";--> statement-breakpoint
CREATE INDEX "report_values_report_id_idx" ON "report_values" USING btree ("report_id","id");
--> statement-breakpoint
-- Hand-written (issue 10, decision 0029 fifth addendum): a month replaced on PGlite deleted its old
-- values in bounded statements, and each statement's sums trigger updated every sums row the
-- statement touched — re-reading the row versions the earlier statements of the transaction left,
-- so replacing a month cost the square of its statements (a 100,000-row month: ~45 s against ~13 s
-- for a new one). Instead the sums of the report are taken away ONCE, when the replacement begins:
-- steward_report_values_replace_begin locks the report, deletes its sums rows and records which
-- values are the old ones (every id up to the highest now: below_id) and how many (the rows its
-- sums held: old_rows). The delete trigger skips those values (they are out of the sums already)
-- and counts them; at commit a deferred trigger refuses the transaction unless every old value
-- was deleted — the count reached old_rows, else none of them is left — so the sums are again
-- the values summed. All in the writer's transaction: a replacement that fails rolls the sums'
-- delete back with the rest. The application role may call the beginning only; it cannot write
-- the marks, and a mark never outlives its transaction (the check deletes it).
-- The index on (report_id, id) above replaces the one on report_id: a report's lowest and highest
-- id are read from it at once (the primary key was walked from both ends, past other months'
-- values, or all of them for a new month), and the deletes walk the report's ids range by range
-- without visiting again the entries that the transaction's earlier statements deleted.
REVOKE ALL ON report_value_replacements FROM PUBLIC;
--> statement-breakpoint
ALTER TABLE report_value_replacements ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE FUNCTION steward_report_values_replace_begin(p_report uuid) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  old_count bigint;
BEGIN
  -- Another organisation's report is refused at once (the values' delete policy would refuse
  -- their deletes, and the check at commit the transaction, anyway).
  IF steward_actor_user_id() IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM reports r
        WHERE r.id = p_report AND r.organisation_id IN (SELECT steward_actor_organisation_ids())) THEN
    RAISE EXCEPTION 'only the report''s own organisation replaces its values' USING ERRCODE = '42501';
  END IF;
  -- Value writers lock the report FOR KEY SHARE (steward_report_values_match_report): none of
  -- this report's values is written by another transaction until this one ends.
  PERFORM 1 FROM reports r WHERE r.id = p_report FOR UPDATE OF r;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no such report' USING ERRCODE = '23503';
  END IF;
  IF EXISTS (SELECT 1 FROM report_value_replacements m WHERE m.report_id = p_report) THEN
    RAISE EXCEPTION 'the report''s values are already being replaced' USING ERRCODE = '55000';
  END IF;
  SELECT coalesce(sum(s.rows), 0) INTO old_count FROM report_value_sums s WHERE s.report_id = p_report;
  DELETE FROM report_value_sums s WHERE s.report_id = p_report;
  INSERT INTO report_value_replacements (report_id, below_id, old_rows)
    VALUES (p_report, (SELECT coalesce(max(v.id), 0) FROM report_values v), old_count);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_report_value_sums_subtract() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM report_value_replacements) THEN
    -- A replacement is open in this transaction (a mark is never seen outside its own): its old
    -- values are out of the sums already; count them, subtract only the others.
    IF TG_OP = 'UPDATE' AND EXISTS (
         SELECT 1 FROM steward_old_values d
           JOIN report_value_replacements m ON m.report_id = d.report_id AND d.id <= m.below_id) THEN
      RAISE EXCEPTION 'the values of a report being replaced are deleted, not updated' USING ERRCODE = '55000';
    END IF;
    UPDATE report_value_replacements m SET deleted = m.deleted + c.n
      FROM (SELECT d.report_id, count(*) AS n
              FROM steward_old_values d
              JOIN report_value_replacements r ON r.report_id = d.report_id AND d.id <= r.below_id
             GROUP BY d.report_id) c
     WHERE m.report_id = c.report_id;
    UPDATE report_value_sums s SET value = s.value - o.value, rows = s.rows - o.rows
      FROM (SELECT d.report_id, d.organisation_id, d.framework_id, d.period, d.measure, d.indicator,
                   d.adm1, d.sex, d.age, d.population_group, d.disability,
                   sum(d.value) AS value, count(*) AS rows
              FROM steward_old_values d
             WHERE NOT EXISTS (SELECT 1 FROM report_value_replacements m
                                WHERE m.report_id = d.report_id AND d.id <= m.below_id)
             GROUP BY d.report_id, d.organisation_id, d.framework_id, d.period, d.measure, d.indicator,
                      d.adm1, d.sex, d.age, d.population_group, d.disability) o
     WHERE s.report_id = o.report_id AND s.organisation_id = o.organisation_id
       AND s.framework_id = o.framework_id AND s.period = o.period AND s.measure = o.measure
       AND s.indicator = o.indicator AND s.adm1 = o.adm1 AND s.sex = o.sex AND s.age = o.age
       AND s.population_group = o.population_group AND s.disability = o.disability;
    DELETE FROM report_value_sums s
     WHERE s.rows <= 0
       AND s.report_id IN (SELECT DISTINCT d.report_id FROM steward_old_values d
                            WHERE NOT EXISTS (SELECT 1 FROM report_value_replacements m
                                               WHERE m.report_id = d.report_id AND d.id <= m.below_id));
    RETURN NULL;
  END IF;
  UPDATE report_value_sums s SET value = s.value - o.value, rows = s.rows - o.rows
    FROM (SELECT d.report_id, d.organisation_id, d.framework_id, d.period, d.measure, d.indicator,
                 d.adm1, d.sex, d.age, d.population_group, d.disability,
                 sum(d.value) AS value, count(*) AS rows
            FROM steward_old_values d
           GROUP BY d.report_id, d.organisation_id, d.framework_id, d.period, d.measure, d.indicator,
                    d.adm1, d.sex, d.age, d.population_group, d.disability) o
   WHERE s.report_id = o.report_id AND s.organisation_id = o.organisation_id
     AND s.framework_id = o.framework_id AND s.period = o.period AND s.measure = o.measure
     AND s.indicator = o.indicator AND s.adm1 = o.adm1 AND s.sex = o.sex AND s.age = o.age
     AND s.population_group = o.population_group AND s.disability = o.disability;
  DELETE FROM report_value_sums s
   WHERE s.rows <= 0 AND s.report_id IN (SELECT DISTINCT d.report_id FROM steward_old_values d);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION steward_report_values_replace_end() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  m report_value_replacements%ROWTYPE;
BEGIN
  SELECT * INTO m FROM report_value_replacements r WHERE r.report_id = NEW.report_id;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  -- Every value counted was an old one (none of the report's is written by another transaction
  -- meanwhile), so the count reaching old_rows says they are all gone; otherwise look.
  IF m.deleted <> m.old_rows AND EXISTS (
       SELECT 1 FROM report_values v WHERE v.report_id = m.report_id AND v.id <= m.below_id) THEN
    RAISE EXCEPTION 'a report''s old values are all deleted in the transaction that replaces them'
      USING ERRCODE = '23514';
  END IF;
  DELETE FROM report_value_replacements r WHERE r.report_id = m.report_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_report_values_replace_begin(uuid), steward_report_values_replace_end()
  FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_report_values_replace_begin(uuid) TO steward_app;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER report_value_replacements_end AFTER INSERT ON report_value_replacements
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION steward_report_values_replace_end();

-- Hand-written (issue 10, review of migration 0060): steward_report_value_sums_subtract repeated its
-- sums UPDATE and emptied-sums DELETE in two branches that differed only by the filter on the values
-- of a report being replaced. One statement of each now serves both: the filter (NOT EXISTS a mark
-- covering the value) keeps every value when no replacement is open, as the second branch did. What
-- only a replacement needs (refusing an update of its old values, counting the old values deleted)
-- still runs only when a mark is visible. Same owner, SECURITY DEFINER, search path and rights.
CREATE OR REPLACE FUNCTION steward_report_value_sums_subtract() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM report_value_replacements) THEN
    -- A replacement is open in this transaction (a mark is never seen outside its own): its old
    -- values are out of the sums already; count them, subtract only the others (below).
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
  END IF;
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
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_report_value_sums_subtract() FROM PUBLIC;

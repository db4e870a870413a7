ALTER TABLE "report_value_replacements" ADD COLUMN "filled_to" bigint NOT NULL;--> statement-breakpoint
-- Hand-written (issue 10, decision 0029 ninth addendum): the sums' insert trigger upserted the sums
-- rows of every 2,000-value statement of an import — 360 grouped upserts for a 100,000-row month on
-- PGlite, each meeting the row versions the earlier ones left (about a quarter of a new month's CPU,
-- a third of a replaced one's). While a report's values are replaced (a mark, migration 0060; now
-- begun for a new month too) the values written into it are no longer added by the trigger: the
-- database adds them once, after them, reading them itself — steward_report_value_sums_fill
-- (SECURITY DEFINER; the application role only chooses how many a statement takes) adds the next
-- values of the report by id and advances the mark's filled_to, and the deferred check at COMMIT
-- adds whatever is left before removing the mark. Invariants (fifth addendum, unchanged in kind):
-- the database alone writes the sums; every value of the report is in its sums exactly once at
-- COMMIT. What keeps that: the fill reads values by id range above filled_to, once each; a value
-- written into the report at or below filled_to is refused (so no value can slip behind the
-- filled range: 0061's check, widened); the delete trigger subtracts only values inside the filled
-- range (the old ones, at or below below_id, were taken away at the beginning and are counted;
-- those above filled_to were never added); any update of a marked report's values, in or out, is
-- refused (the application never updates values). The report is locked FOR UPDATE by the
-- beginning, so no other transaction writes its values meanwhile; the beginning now also refuses
-- any isolation but READ COMMITTED (each of its statements must see what committed before the lock).
CREATE OR REPLACE FUNCTION steward_report_values_replace_begin(p_report uuid) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  old_count bigint;
  below bigint;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    RAISE EXCEPTION 'a report''s values are replaced in a READ COMMITTED transaction' USING ERRCODE = '25000';
  END IF;
  -- Another organisation's report is refused at once (the values' delete policy would refuse
  -- their deletes anyway).
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
  -- The report's own highest id (0060 took the table's: a value stored under a chosen high id, in
  -- any report, then made every later replacement refuse the sequence's ids as old ones).
  SELECT coalesce(max(v.id), 0) INTO below FROM report_values v WHERE v.report_id = p_report;
  INSERT INTO report_value_replacements (report_id, below_id, old_rows, filled_to)
    VALUES (p_report, below, old_count, below);
END
$$;
--> statement-breakpoint
-- Adds to the sums the next values (by id, at most p_limit; all when NULL) of a report whose values
-- are being replaced in this transaction, and returns how many it added (0: none left).
CREATE FUNCTION steward_report_value_sums_fill(p_report uuid, p_limit integer) RETURNS bigint
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
DECLARE
  m report_value_replacements%ROWTYPE;
  rep record;
  added bigint;
  top bigint;
BEGIN
  SELECT * INTO m FROM report_value_replacements r WHERE r.report_id = p_report;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'the report''s values are not being replaced in this transaction' USING ERRCODE = '55000';
  END IF;
  IF p_limit IS NOT NULL AND p_limit < 1 THEN
    RAISE EXCEPTION 'the values added a statement are at least one' USING ERRCODE = '22023';
  END IF;
  -- A report's values all carry its organisation, framework and period
  -- (steward_report_values_match_report): grouped by the other keys only.
  SELECT r.organisation_id, r.framework_id, r.period INTO rep FROM reports r WHERE r.id = p_report;
  WITH batch AS MATERIALIZED (
         SELECT v.id, v.measure, v.indicator, v.adm1, v.sex, v.age, v.population_group, v.disability,
                v.value
           FROM report_values v
          WHERE v.report_id = p_report AND v.id > m.filled_to
          ORDER BY v.id
          LIMIT p_limit),
       summed AS (
         INSERT INTO report_value_sums AS s (report_id, organisation_id, framework_id, period, measure,
             indicator, adm1, sex, age, population_group, disability, value, rows)
           SELECT p_report, rep.organisation_id, rep.framework_id, rep.period, b.measure, b.indicator,
                  b.adm1, b.sex, b.age, b.population_group, b.disability, sum(b.value), count(*)
             FROM batch b
            GROUP BY b.measure, b.indicator, b.adm1, b.sex, b.age, b.population_group, b.disability
         ON CONFLICT (report_id, organisation_id, framework_id, period, measure, indicator, adm1, sex,
                      age, population_group, disability)
         DO UPDATE SET value = s.value + excluded.value, rows = s.rows + excluded.rows)
  SELECT count(*), max(b.id) INTO added, top FROM batch b;
  IF added > 0 THEN
    UPDATE report_value_replacements r SET filled_to = top WHERE r.report_id = p_report;
  END IF;
  RETURN added;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_report_value_sums_add() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM report_value_replacements) THEN
    -- A replacement is open in this transaction (a mark is never seen outside its own).
    IF TG_OP = 'UPDATE' AND EXISTS (
         SELECT 1 FROM steward_new_values n JOIN report_value_replacements m ON m.report_id = n.report_id) THEN
      RAISE EXCEPTION 'the values of a report being replaced are deleted, not updated' USING ERRCODE = '55000';
    END IF;
    IF EXISTS (SELECT 1 FROM steward_new_values n
                 JOIN report_value_replacements m ON m.report_id = n.report_id AND n.id <= m.filled_to) THEN
      RAISE EXCEPTION 'a value written into a report being replaced takes a new id, above its replaced values'
        USING ERRCODE = '55000';
    END IF;
  END IF;
  -- A marked report's new values are added once, later, by steward_report_value_sums_fill.
  INSERT INTO report_value_sums AS s (report_id, organisation_id, framework_id, period, measure,
      indicator, adm1, sex, age, population_group, disability, value, rows)
    SELECT n.report_id, n.organisation_id, n.framework_id, n.period, n.measure, n.indicator, n.adm1,
           n.sex, n.age, n.population_group, n.disability, sum(n.value), count(*)
      FROM steward_new_values n
     WHERE NOT EXISTS (SELECT 1 FROM report_value_replacements m WHERE m.report_id = n.report_id)
     GROUP BY n.report_id, n.organisation_id, n.framework_id, n.period, n.measure, n.indicator,
              n.adm1, n.sex, n.age, n.population_group, n.disability
  ON CONFLICT (report_id, organisation_id, framework_id, period, measure, indicator, adm1, sex, age,
               population_group, disability)
  DO UPDATE SET value = s.value + excluded.value, rows = s.rows + excluded.rows;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_report_value_sums_subtract() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM report_value_replacements) THEN
    -- A replacement is open in this transaction: its old values are out of the sums already
    -- (count them), its values above filled_to were never added; only the filled ones are subtracted.
    IF TG_OP = 'UPDATE' AND EXISTS (
         SELECT 1 FROM steward_old_values d JOIN report_value_replacements m ON m.report_id = d.report_id) THEN
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
                              WHERE m.report_id = d.report_id AND (d.id <= m.below_id OR d.id > m.filled_to))
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
                                             WHERE m.report_id = d.report_id
                                               AND (d.id <= m.below_id OR d.id > m.filled_to)));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION steward_report_values_replace_end() RETURNS trigger
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
  -- The values not added yet (all of them if the writer never asked) are added now.
  PERFORM steward_report_value_sums_fill(m.report_id, NULL);
  DELETE FROM report_value_replacements r WHERE r.report_id = m.report_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_report_value_sums_fill(uuid, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_report_value_sums_fill(uuid, integer) TO steward_app;
--> statement-breakpoint
-- Whether this transaction is replacing the report's values (a mark is seen only by its own
-- transaction): a writer that may have begun already asks before beginning (begun twice: refused).
CREATE FUNCTION steward_report_values_replacing(p_report uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM report_value_replacements m WHERE m.report_id = p_report) $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_report_values_replacing(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_report_values_replacing(uuid) TO steward_app;

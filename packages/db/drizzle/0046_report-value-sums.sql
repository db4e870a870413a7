CREATE TABLE "report_value_sums" (
	"report_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"framework_id" uuid NOT NULL,
	"period" text NOT NULL,
	"measure" text NOT NULL,
	"indicator" text NOT NULL,
	"adm1" text NOT NULL,
	"sex" text NOT NULL,
	"age" text NOT NULL,
	"population_group" text NOT NULL,
	"disability" text NOT NULL,
	"value" bigint NOT NULL,
	"rows" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_value_sums" ADD CONSTRAINT "report_value_sums_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_value_sums" ADD CONSTRAINT "report_value_sums_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_value_sums" ADD CONSTRAINT "report_value_sums_framework_id_reporting_frameworks_id_fk" FOREIGN KEY ("framework_id") REFERENCES "public"."reporting_frameworks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "report_value_sums_key_idx" ON "report_value_sums" USING btree ("report_id","organisation_id","framework_id","period","measure","indicator","adm1","sex","age","population_group","disability");--> statement-breakpoint
CREATE INDEX "report_value_sums_framework_period_idx" ON "report_value_sums" USING btree ("framework_id","period","measure");
--> statement-breakpoint
-- Hand-written (issue 10 "Scale"): report_value_sums is maintained by statement-level triggers on
-- report_values (transition tables: one grouped statement per INSERT/UPDATE/DELETE, not one per
-- row), in the writer's transaction, so it is never stale. The functions are SECURITY DEFINER
-- (the owner writes the sums); the application role only reads them, under the same row-level
-- security as the values (report_values_select, 0019): the viewer's rights.
CREATE FUNCTION steward_report_value_sums_add() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  INSERT INTO report_value_sums AS s (report_id, organisation_id, framework_id, period, measure,
      indicator, adm1, sex, age, population_group, disability, value, rows)
    SELECT n.report_id, n.organisation_id, n.framework_id, n.period, n.measure, n.indicator, n.adm1,
           n.sex, n.age, n.population_group, n.disability, sum(n.value), count(*)
      FROM steward_new_values n
     GROUP BY n.report_id, n.organisation_id, n.framework_id, n.period, n.measure, n.indicator,
              n.adm1, n.sex, n.age, n.population_group, n.disability
  ON CONFLICT (report_id, organisation_id, framework_id, period, measure, indicator, adm1, sex, age,
               population_group, disability)
  DO UPDATE SET value = s.value + excluded.value, rows = s.rows + excluded.rows;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION steward_report_value_sums_subtract() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
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
CREATE FUNCTION steward_report_value_sums_truncate() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  DELETE FROM report_value_sums;
  RETURN NULL;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_report_value_sums_add(), steward_report_value_sums_subtract(),
  steward_report_value_sums_truncate() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER report_values_sums_insert AFTER INSERT ON report_values
  REFERENCING NEW TABLE AS steward_new_values
  FOR EACH STATEMENT EXECUTE FUNCTION steward_report_value_sums_add();
--> statement-breakpoint
-- An update subtracts the old rows, then adds the new ones (triggers fire in name order).
CREATE TRIGGER report_values_sums_update_1 AFTER UPDATE ON report_values
  REFERENCING OLD TABLE AS steward_old_values
  FOR EACH STATEMENT EXECUTE FUNCTION steward_report_value_sums_subtract();
--> statement-breakpoint
CREATE TRIGGER report_values_sums_update_2 AFTER UPDATE ON report_values
  REFERENCING NEW TABLE AS steward_new_values
  FOR EACH STATEMENT EXECUTE FUNCTION steward_report_value_sums_add();
--> statement-breakpoint
CREATE TRIGGER report_values_sums_delete AFTER DELETE ON report_values
  REFERENCING OLD TABLE AS steward_old_values
  FOR EACH STATEMENT EXECUTE FUNCTION steward_report_value_sums_subtract();
--> statement-breakpoint
CREATE TRIGGER report_values_sums_truncate AFTER TRUNCATE ON report_values
  FOR EACH STATEMENT EXECUTE FUNCTION steward_report_value_sums_truncate();
--> statement-breakpoint
INSERT INTO report_value_sums (report_id, organisation_id, framework_id, period, measure, indicator,
    adm1, sex, age, population_group, disability, value, rows)
  SELECT report_id, organisation_id, framework_id, period, measure, indicator, adm1, sex, age,
         population_group, disability, sum(value), count(*)
    FROM report_values
   GROUP BY report_id, organisation_id, framework_id, period, measure, indicator, adm1, sex, age,
            population_group, disability;
--> statement-breakpoint
GRANT SELECT ON report_value_sums TO steward_app;
--> statement-breakpoint
ALTER TABLE report_value_sums ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY report_value_sums_select ON report_value_sums FOR SELECT TO steward_app
  USING (organisation_id IN (SELECT steward_actor_organisation_ids())
         OR ((SELECT steward_actor_has_cluster_role())
             AND report_id IN (SELECT r.id FROM reports r WHERE r.state <> 'draft')));

-- Custom migration (drizzle-kit generate --custom): make row-level security cheap per request,
-- with the same rules (docs/decisions/0013-api-speed.md). Valid on PostgreSQL 15 and 18.
-- Both steps rewrite what the earlier migrations defined, as they defined it: no helper body and
-- no policy expression is restated here, so none can be reverted by this migration.
--
-- 1. The actor helpers (`steward_actor_*`, SECURITY DEFINER) that are LANGUAGE sql become
--    PL/pgSQL with the same single query. A non-inlinable SQL function (SECURITY DEFINER and
--    SET search_path make it so) is parsed and planned again in every statement that calls it;
--    PL/pgSQL keeps the plan of its query for the life of the connection.
DO $$
DECLARE
  f record;
  body text;
BEGIN
  FOR f IN
    SELECT p.proname, p.proretset, p.provolatile, p.prosrc,
           pg_get_function_arguments(p.oid) AS args, pg_get_function_result(p.oid) AS result
      FROM pg_proc p
      JOIN pg_namespace n ON n.oid = p.pronamespace
      JOIN pg_language l ON l.oid = p.prolang
     WHERE n.nspname = 'public' AND l.lanname = 'sql' AND p.prosecdef
       AND p.proname LIKE 'steward\_actor\_%'
       AND p.proargmodes IS NULL -- no OUT or TABLE columns (they would clash with column names)
  LOOP
    body := regexp_replace(f.prosrc, ';\s*$', '');
    IF body ~ ';' THEN
      RAISE EXCEPTION 'helper % has more than one statement; convert it by hand', f.proname;
    END IF;
    EXECUTE format(
      'CREATE OR REPLACE FUNCTION public.%I(%s) RETURNS %s LANGUAGE plpgsql %s SECURITY DEFINER '
        'SET search_path = public, pg_temp AS %L',
      f.proname, f.args, f.result,
      CASE f.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' ELSE 'VOLATILE' END,
      CASE WHEN f.proretset
           THEN E'\nBEGIN\n  RETURN QUERY ' || body || E';\nEND\n'
           ELSE E'\nBEGIN\n  RETURN (' || body || E');\nEND\n' END);
  END LOOP;
END
$$;
--> statement-breakpoint
-- 2. A helper that takes no row argument gives one answer per statement, but written bare in a
--    policy it is called once per row. Wrapped in a sub-SELECT it is evaluated once per statement
--    (an InitPlan). Every existing policy gets the wrapper around these two helpers; the
--    expressions are otherwise kept exactly as they are. New policies write `(SELECT …())`
--    themselves; packages/db/src/rls-speed.db.test.ts checks every policy.
DO $$
DECLARE
  p record;
  pattern constant text := '(?<!SELECT )(steward_actor_is_admin|steward_actor_has_cluster_role)\(\)';
  wrapped constant text := '(SELECT \1())';
BEGIN
  FOR p IN
    SELECT c.relname AS table_name, pol.polname AS policy_name,
           pg_get_expr(pol.polqual, pol.polrelid) AS qual,
           pg_get_expr(pol.polwithcheck, pol.polrelid) AS with_check
      FROM pg_policy pol JOIN pg_class c ON c.oid = pol.polrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public'
  LOOP
    IF p.qual ~ pattern THEN
      EXECUTE format('ALTER POLICY %I ON public.%I USING (%s)', p.policy_name, p.table_name,
                     regexp_replace(p.qual, pattern, wrapped, 'g'));
    END IF;
    IF p.with_check ~ pattern THEN
      EXECUTE format('ALTER POLICY %I ON public.%I WITH CHECK (%s)', p.policy_name, p.table_name,
                     regexp_replace(p.with_check, pattern, wrapped, 'g'));
    END IF;
  END LOOP;
END
$$;

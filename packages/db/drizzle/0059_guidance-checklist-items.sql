-- Custom SQL (issue 11 §5, decision 0031 addendum): the cluster may also reword the items of the
-- checklists before risky actions, keyed `checklist.<kind>.<n>` (`checklist.referral-no-consent.2`;
-- the services accept only the items of @steward/core/guidance/catalogue's CHECKLISTS). The id
-- check widens to that shape; row-level security, the language and text checks are unchanged
-- (0057). PostgreSQL 15 and 18, PGlite.
ALTER TABLE guidance_overrides DROP CONSTRAINT guidance_overrides_id_check;
--> statement-breakpoint
ALTER TABLE guidance_overrides ADD CONSTRAINT guidance_overrides_id_check
  CHECK ((guidance_id ~ '^[a-z]+\.[a-zA-Z]+$'
          OR guidance_id ~ '^checklist\.[a-z]+(-[a-z]+)*\.[1-9][0-9]?$')
         AND length(guidance_id) <= 80);

-- Custom migration (drizzle-kit generate --custom): the cluster edits the labels of the incident
-- types it added (issue 11, t11: `steward incident types add`, the incident-types page). Cluster
-- roles (coordinator and IMO, steward_actor_has_cluster_role, 0003) add a type and change its
-- labels; the code never changes (incidents keep their type) and nobody deletes one. The labels
-- check of 0052 applies to an update too. PostgreSQL 15 and 18, PGlite.
GRANT UPDATE (labels) ON incident_types TO steward_app;
--> statement-breakpoint
DROP POLICY incident_types_insert ON incident_types;
--> statement-breakpoint
CREATE POLICY incident_types_insert ON incident_types FOR INSERT TO steward_app
  WITH CHECK ((SELECT steward_actor_has_cluster_role())
              AND (created_by IS NULL OR created_by = (SELECT steward_actor_user_id())));
--> statement-breakpoint
CREATE POLICY incident_types_update ON incident_types FOR UPDATE TO steward_app
  USING ((SELECT steward_actor_has_cluster_role()))
  WITH CHECK ((SELECT steward_actor_has_cluster_role()));

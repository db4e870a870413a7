-- Hand-written (issue 7, speed of audited requests): appending to the audit chain in ONE statement.
-- Appends are serialised by the transaction-level advisory lock that steward_audit_head() takes,
-- held until the transaction ends; the application read the head, hashed in Node and inserted:
-- two round trips (and the wait for Node's event loop between them) under the lock, which under
-- load made every audited request queue behind the previous one. This function takes the lock,
-- reads the head and inserts the entry with its hash computed here, exactly as auditHash() in
-- packages/services/src/audit/chain.ts does: sha256 (hex) of the previous hash followed by the
-- entry's canonical JSON, which the application sends split around the sequence number it cannot
-- know (p_before || sequence || p_after). SECURITY INVOKER: the insert is checked by the
-- audit_log policies as before (entries without an actor refused, and so on). Returns the
-- sequence given to the entry.
CREATE OR REPLACE FUNCTION steward_append_audit(
  p_before text, p_after text, p_occurred_at timestamptz, p_actor_user_id uuid,
  p_actor_organisation_id uuid, p_organisation_id uuid, p_action text, p_target_type text,
  p_target_id text, p_outcome text, p_details jsonb)
  RETURNS bigint
  LANGUAGE plpgsql VOLATILE SET search_path = public, pg_temp
  AS $$
  DECLARE
    v_sequence bigint;
    v_previous text;
  BEGIN
    SELECT h.head_sequence, h.head_hash INTO v_sequence, v_previous FROM steward_audit_head() h;
    v_sequence := coalesce(v_sequence, 0) + 1;
    INSERT INTO audit_log (sequence, occurred_at, actor_user_id, actor_organisation_id, organisation_id,
                           action, target_type, target_id, outcome, details, hash)
      VALUES (v_sequence, p_occurred_at, p_actor_user_id, p_actor_organisation_id, p_organisation_id,
              p_action, p_target_type, p_target_id, p_outcome, p_details,
              encode(sha256(convert_to(coalesce(v_previous, '') || p_before || v_sequence::text || p_after, 'UTF8')), 'hex'));
    RETURN v_sequence;
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION steward_append_audit(text, text, timestamptz, uuid, uuid, uuid, text, text, text, text, jsonb) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION steward_append_audit(text, text, timestamptz, uuid, uuid, uuid, text, text, text, text, jsonb) TO steward_app;

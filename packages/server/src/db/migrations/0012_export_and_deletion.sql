-- Export and deletion of a whole practice (issue 8, decision 013).
--
-- The request role tandem_app deletes nothing but credentials, and row-level security shows the
-- practice's owner only their own engagements' goals and notes. Two SECURITY DEFINER doorways
-- do what the owner may do with the whole practice, each checking first that the caller is the
-- owner of the practice the transaction is set to:
--
-- * tandem_export_practice() gives every row of the practice from an explicit list of tables,
--   without secrets (password and token hashes), and without what the owner may never read:
--   another coach's private notes and any journal entry not shared with the owner as its coach.
--   Credentials, idempotency replies (they can hold journal text), calendar addresses and the
--   summaries derived from check-ins are left out. A table added later is not exported until it
--   is added here, on purpose: an export leaks nothing by default.
-- * tandem_erase_practice() deletes every row of the practice (every table with practice_id, and
--   every account whose only practice it was, with its sign-in attempts) in one statement, so
--   that foreign keys between the tables are checked once all are gone, and records that it
--   happened (without names).
--
-- Append-only tables refuse changes, except the deletion of the practice being erased.

CREATE OR REPLACE FUNCTION tandem_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('tandem.erasing_practice', true) IS NOT NULL
     AND current_setting('tandem.erasing_practice', true) <> ''
     AND to_jsonb(OLD) ->> 'practice_id' = current_setting('tandem.erasing_practice', true) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END
$$;

CREATE FUNCTION tandem_export_practice() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  v_practice uuid := tandem_practice_id();
  v_user uuid := tandem_user_id();
  v_result jsonb := '{}'::jsonb;
  v_rows jsonb;
  v_table record;
BEGIN
  IF v_practice IS NULL OR v_user IS NULL OR tandem_role() IS DISTINCT FROM 'owner' THEN
    RAISE EXCEPTION 'only the owner exports the practice' USING ERRCODE = 'insufficient_privilege';
  END IF;
  FOR v_table IN
    SELECT * FROM (VALUES
      ('practices', 'id = $1', '{}'::text[]),
      ('users', 'id IN (SELECT user_id FROM memberships WHERE practice_id = $1)', '{password_hash}'::text[]),
      ('memberships', 'practice_id = $1', '{}'::text[]),
      ('engagements', 'practice_id = $1', '{}'::text[]),
      ('invitations', 'practice_id = $1', '{token_hash}'::text[]),
      ('client_values', 'practice_id = $1', '{}'::text[]),
      ('goals', 'practice_id = $1', '{}'::text[]),
      ('goal_revisions', 'practice_id = $1', '{}'::text[]),
      ('goal_agreements', 'practice_id = $1', '{}'::text[]),
      ('metrics', 'practice_id = $1', '{}'::text[]),
      ('check_ins', 'practice_id = $1', '{}'::text[]),
      ('check_in_values', 'practice_id = $1', '{}'::text[]),
      ('feedback_requests', 'practice_id = $1', '{token_hash}'::text[]),
      ('coaching_sessions', 'practice_id = $1', '{}'::text[]),
      ('agenda_items', 'practice_id = $1', '{}'::text[]),
      ('commitments', 'practice_id = $1', '{}'::text[]),
      ('commitment_events', 'practice_id = $1', '{}'::text[]),
      ('coach_notes', 'practice_id = $1 AND author_id = $2', '{}'::text[]),
      ('journal_entries',
       'practice_id = $1 AND shared_at IS NOT NULL AND engagement_id IN (SELECT id FROM engagements WHERE coach_id = $2)',
       '{}'::text[]),
      ('reviews', 'practice_id = $1', '{}'::text[]),
      ('obstacles', 'practice_id = $1', '{}'::text[]),
      ('obstacle_events', 'practice_id = $1', '{}'::text[]),
      ('audit_events', 'practice_id = $1', '{}'::text[])
    ) AS t (name, filter, hidden)
  LOOP
    EXECUTE format('SELECT coalesce(jsonb_agg(to_jsonb(r) - $3 ORDER BY to_jsonb(r) ->> ''id''), ''[]''::jsonb) FROM %I r WHERE %s',
                   v_table.name, v_table.filter)
      INTO v_rows USING v_practice, v_user, v_table.hidden;
    v_result := v_result || jsonb_build_object(v_table.name, v_rows);
  END LOOP;
  RETURN v_result;
END
$$;

CREATE FUNCTION tandem_erase_practice(p_now timestamptz) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  v_practice uuid := tandem_practice_id();
  v_users uuid[];
  v_emails text[];
  v_parts text[] := '{}';
  v_counts text[] := '{}';
  v_table record;
  v_condition text;
  v_result jsonb;
BEGIN
  IF v_practice IS NULL OR tandem_user_id() IS NULL OR tandem_role() IS DISTINCT FROM 'owner' THEN
    RAISE EXCEPTION 'only the owner deletes the practice' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM set_config('tandem.erasing_practice', v_practice::text, true);
  -- The accounts whose only practice this is go with it; anyone who belongs elsewhere stays.
  SELECT coalesce(array_agg(u.id), '{}'), coalesce(array_agg(u.email), '{}') INTO v_users, v_emails
    FROM users u
   WHERE u.id IN (SELECT user_id FROM memberships WHERE practice_id = v_practice)
     AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id AND m.practice_id <> v_practice);
  -- Every table of the schema that holds the practice's rows or those accounts' rows.
  FOR v_table IN
    SELECT c.relname AS name,
           EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'practice_id' AND NOT a.attisdropped) AS has_practice,
           ARRAY(SELECT a.attname::text
                   FROM pg_constraint k
                   JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
                  WHERE k.conrelid = c.oid AND k.contype = 'f' AND k.confrelid = 'users'::regclass
                    AND array_length(k.conkey, 1) = 1) AS user_columns
      FROM pg_class c
     WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'
       AND c.relname NOT IN ('practices', 'users', 'schema_migrations')
     ORDER BY c.relname
  LOOP
    v_condition := NULL;
    IF v_table.has_practice THEN
      v_condition := 'practice_id = $1';
    END IF;
    IF cardinality(v_table.user_columns) > 0 THEN
      v_condition := concat_ws(' OR ', v_condition,
        (SELECT string_agg(format('%I = ANY ($2)', col), ' OR ') FROM unnest(v_table.user_columns) AS col));
    END IF;
    CONTINUE WHEN v_condition IS NULL;
    v_parts := v_parts || format('%I AS (DELETE FROM %I WHERE %s RETURNING 1)', 'gone_' || v_table.name, v_table.name, v_condition);
    v_counts := v_counts || format('(%L, (SELECT count(*) FROM %I))', v_table.name, 'gone_' || v_table.name);
  END LOOP;
  v_parts := v_parts || ARRAY[
    'gone_login_attempts_by_email AS (DELETE FROM login_attempts WHERE email = ANY ($3) RETURNING 1)',
    'gone_users AS (DELETE FROM users WHERE id = ANY ($2) RETURNING 1)',
    'gone_practices AS (DELETE FROM practices WHERE id = $1 RETURNING 1)'];
  v_counts := v_counts || ARRAY[
    '(''login_attempts_by_email'', (SELECT count(*) FROM gone_login_attempts_by_email))',
    '(''users'', (SELECT count(*) FROM gone_users))',
    '(''practices'', (SELECT count(*) FROM gone_practices))'];
  -- One statement: the foreign keys between these tables are checked when all of them are gone.
  EXECUTE format('WITH %s SELECT jsonb_object_agg(name, count) FROM (VALUES %s) AS gone (name, count)',
                 array_to_string(v_parts, ', '), array_to_string(v_counts, ', '))
    INTO v_result USING v_practice, v_users, v_emails;
  PERFORM set_config('tandem.erasing_practice', '', true);
  INSERT INTO audit_events (practice_id, actor_id, action, subject_type, subject_id, details, at)
  VALUES (NULL, NULL, 'practice.deleted', 'practice', v_practice, jsonb_build_object('rows', v_result), p_now);
  RETURN v_result;
END
$$;

-- Where each metric and each goal stands now, kept beside the history instead of looked up in
-- it on every read: the current value of each metric (the latest value in force) and the last
-- check-in of each goal by the coach or the client. A check-in keeps them current in the same
-- statement that writes it; a correction (which may take a value out of force) recomputes the
-- metrics and goal it touches from the history with tandem_refresh_progress(). The history stays
-- the truth: the function rebuilds any row from it, and the migration fills them that way.
CREATE TABLE metric_current_values (
  metric_id uuid PRIMARY KEY REFERENCES metrics (id),
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id),
  -- All null while no value is in force.
  check_in_id uuid REFERENCES check_ins (id),
  value numeric,
  effective_on date,
  recorded_at timestamptz,
  check_in_seq bigint
);

CREATE TABLE goal_last_check_ins (
  goal_id uuid PRIMARY KEY REFERENCES goals (id),
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id),
  -- All null while the pair has not checked in.
  check_in_id uuid REFERENCES check_ins (id),
  effective_on date,
  created_at timestamptz,
  seq bigint,
  confidence integer
);

ALTER TABLE metric_current_values ENABLE ROW LEVEL SECURITY;
ALTER TABLE metric_current_values FORCE ROW LEVEL SECURITY;
CREATE POLICY metric_current_values_members ON metric_current_values
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));

ALTER TABLE goal_last_check_ins ENABLE ROW LEVEL SECURITY;
ALTER TABLE goal_last_check_ins FORCE ROW LEVEL SECURITY;
CREATE POLICY goal_last_check_ins_members ON goal_last_check_ins
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));

-- Rebuilds the current value of the metrics and the last check-in of the goals named, from the
-- history (values and check-ins in force, in story order). Runs as its caller: row-level
-- security applies as to any other statement.
CREATE FUNCTION tandem_refresh_progress(p_metric_ids uuid[], p_goal_ids uuid[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  INSERT INTO metric_current_values (metric_id, practice_id, engagement_id, check_in_id, value, effective_on, recorded_at, check_in_seq)
  SELECT m.id, m.practice_id, m.engagement_id, x.check_in_id, x.value, x.effective_on, x.recorded_at, x.check_in_seq
    FROM metrics m
    LEFT JOIN LATERAL (
      SELECT v.check_in_id, v.value, v.effective_on, v.recorded_at, v.check_in_seq FROM check_in_values v
       WHERE v.metric_id = m.id AND NOT EXISTS (SELECT 1 FROM check_ins s WHERE s.supersedes_id = v.check_in_id)
       ORDER BY v.effective_on DESC, v.recorded_at DESC, v.check_in_seq DESC
       LIMIT 1) x ON true
   WHERE m.id = ANY(p_metric_ids)
  ON CONFLICT (metric_id) DO UPDATE
    SET check_in_id = EXCLUDED.check_in_id, value = EXCLUDED.value, effective_on = EXCLUDED.effective_on,
        recorded_at = EXCLUDED.recorded_at, check_in_seq = EXCLUDED.check_in_seq;

  INSERT INTO goal_last_check_ins (goal_id, practice_id, engagement_id, check_in_id, effective_on, created_at, seq, confidence)
  SELECT g.id, g.practice_id, g.engagement_id, x.id, x.effective_on, x.created_at, x.seq, x.confidence
    FROM goals g
    LEFT JOIN LATERAL (
      SELECT c.id, c.effective_on, c.created_at, c.seq, c.confidence FROM check_ins c
       WHERE c.goal_id = g.id AND c.author_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM check_ins s WHERE s.supersedes_id = c.id)
       ORDER BY c.effective_on DESC, c.created_at DESC, c.seq DESC
       LIMIT 1) x ON true
   WHERE g.id = ANY(p_goal_ids)
  ON CONFLICT (goal_id) DO UPDATE
    SET check_in_id = EXCLUDED.check_in_id, effective_on = EXCLUDED.effective_on, created_at = EXCLUDED.created_at,
        seq = EXCLUDED.seq, confidence = EXCLUDED.confidence;
$$;

-- Fill them from the history written so far (as the owner: row-level security lifted meanwhile).
ALTER TABLE metric_current_values NO FORCE ROW LEVEL SECURITY;
ALTER TABLE goal_last_check_ins NO FORCE ROW LEVEL SECURITY;
ALTER TABLE metrics NO FORCE ROW LEVEL SECURITY;
ALTER TABLE goals NO FORCE ROW LEVEL SECURITY;
ALTER TABLE check_ins NO FORCE ROW LEVEL SECURITY;
ALTER TABLE check_in_values NO FORCE ROW LEVEL SECURITY;
SELECT tandem_refresh_progress(
  (SELECT coalesce(array_agg(id), '{}') FROM metrics WHERE id IN (SELECT metric_id FROM check_in_values)),
  (SELECT coalesce(array_agg(id), '{}') FROM goals WHERE id IN (SELECT goal_id FROM check_ins WHERE author_id IS NOT NULL)));
ALTER TABLE metric_current_values FORCE ROW LEVEL SECURITY;
ALTER TABLE goal_last_check_ins FORCE ROW LEVEL SECURITY;
ALTER TABLE metrics FORCE ROW LEVEL SECURITY;
ALTER TABLE goals FORCE ROW LEVEL SECURITY;
ALTER TABLE check_ins FORCE ROW LEVEL SECURITY;
ALTER TABLE check_in_values FORCE ROW LEVEL SECURITY;

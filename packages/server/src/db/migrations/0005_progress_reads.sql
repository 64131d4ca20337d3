-- Reading progress without reading every check-in: a metric's current value is its latest value
-- in force, found by walking one index backwards instead of joining and sorting its whole history.
--
-- check_in_values carry the three columns that order a metric's story (the day the check-in speaks
-- for, when it was recorded, and its sequence). A composite foreign key ties them to their
-- check-in, so they can never disagree with it.
ALTER TABLE check_ins ADD CONSTRAINT check_ins_story_key UNIQUE (id, effective_on, created_at, seq);

ALTER TABLE check_in_values
  ADD COLUMN effective_on date,
  ADD COLUMN recorded_at timestamptz,
  ADD COLUMN check_in_seq bigint;

-- Row-level security is forced even for the tables' owner: lift it for the back-fill only.
ALTER TABLE check_in_values NO FORCE ROW LEVEL SECURITY;
ALTER TABLE check_ins NO FORCE ROW LEVEL SECURITY;
ALTER TABLE goals NO FORCE ROW LEVEL SECURITY;
ALTER TABLE check_in_values DISABLE TRIGGER check_in_values_append_only;
UPDATE check_in_values v
   SET effective_on = c.effective_on, recorded_at = c.created_at, check_in_seq = c.seq
  FROM check_ins c
 WHERE c.id = v.check_in_id;
ALTER TABLE check_in_values ENABLE TRIGGER check_in_values_append_only;
ALTER TABLE check_in_values FORCE ROW LEVEL SECURITY;
ALTER TABLE check_ins FORCE ROW LEVEL SECURITY;

ALTER TABLE check_in_values
  ALTER COLUMN effective_on SET NOT NULL,
  ALTER COLUMN recorded_at SET NOT NULL,
  ALTER COLUMN check_in_seq SET NOT NULL,
  DROP CONSTRAINT check_in_values_check_in_id_fkey,
  ADD CONSTRAINT check_in_values_check_in_fkey FOREIGN KEY (check_in_id, effective_on, recorded_at, check_in_seq)
    REFERENCES check_ins (id, effective_on, created_at, seq);

-- A metric's values in the order of its story; the latest in force is the first from the end.
DROP INDEX check_in_values_metric_idx;
CREATE INDEX check_in_values_story_idx ON check_in_values (metric_id, effective_on, recorded_at, check_in_seq);

-- A goal's check-ins in the same order, with the sequence as the last tie-breaker.
DROP INDEX check_ins_goal_idx;
CREATE INDEX check_ins_goal_idx ON check_ins (goal_id, effective_on, created_at, seq);

-- Revisions and agreements carry their goal's engagement, like every progress row (decision 007):
-- their policy is then one look-up in the person's few engagements, not a scan of every goal the
-- person can see. A composite foreign key keeps the copy equal to the goal's.
ALTER TABLE goals ADD CONSTRAINT goals_engagement_key UNIQUE (id, engagement_id);

ALTER TABLE goal_revisions ADD COLUMN engagement_id uuid;
ALTER TABLE goal_agreements ADD COLUMN engagement_id uuid;
ALTER TABLE goal_revisions NO FORCE ROW LEVEL SECURITY;
ALTER TABLE goal_agreements NO FORCE ROW LEVEL SECURITY;
ALTER TABLE goal_revisions DISABLE TRIGGER USER;
ALTER TABLE goal_agreements DISABLE TRIGGER USER;
UPDATE goal_revisions r SET engagement_id = g.engagement_id FROM goals g WHERE g.id = r.goal_id;
UPDATE goal_agreements a SET engagement_id = g.engagement_id FROM goals g WHERE g.id = a.goal_id;
ALTER TABLE goal_revisions ENABLE TRIGGER USER;
ALTER TABLE goal_agreements ENABLE TRIGGER USER;
ALTER TABLE goal_revisions FORCE ROW LEVEL SECURITY;
ALTER TABLE goal_agreements FORCE ROW LEVEL SECURITY;
ALTER TABLE goals FORCE ROW LEVEL SECURITY;
ALTER TABLE goal_revisions
  ALTER COLUMN engagement_id SET NOT NULL,
  ADD CONSTRAINT goal_revisions_goal_engagement_fkey FOREIGN KEY (goal_id, engagement_id) REFERENCES goals (id, engagement_id);
ALTER TABLE goal_agreements
  ALTER COLUMN engagement_id SET NOT NULL,
  ADD CONSTRAINT goal_agreements_goal_engagement_fkey FOREIGN KEY (goal_id, engagement_id) REFERENCES goals (id, engagement_id);

-- The person's engagements: as a coach, then as a client, each through its own index (an OR of
-- the two made PostgreSQL scan every engagement of the practice). Policies read it as a table
-- (FROM ...), so that PostgreSQL inlines it instead of calling it as a function.
CREATE OR REPLACE FUNCTION tandem_my_engagements() RETURNS SETOF uuid LANGUAGE sql STABLE ROWS 10 AS
$$ SELECT id FROM engagements WHERE coach_id = tandem_user_id()
   UNION ALL
   SELECT id FROM engagements WHERE client_id = tandem_user_id() $$;

DROP POLICY goal_revisions_members ON goal_revisions;
CREATE POLICY goal_revisions_members ON goal_revisions
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e)
              AND author_id = tandem_user_id());

DROP POLICY goal_agreements_members ON goal_agreements;
CREATE POLICY goal_agreements_members ON goal_agreements
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e)
              AND user_id = tandem_user_id());

DROP POLICY goals_members ON goals;
CREATE POLICY goals_members ON goals
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));

DROP POLICY metrics_members ON metrics;
CREATE POLICY metrics_members ON metrics
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));

DROP POLICY check_ins_members ON check_ins;
CREATE POLICY check_ins_members ON check_ins
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));

DROP POLICY check_in_values_members ON check_in_values;
CREATE POLICY check_in_values_members ON check_in_values
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));

DROP POLICY feedback_requests_members ON feedback_requests;
CREATE POLICY feedback_requests_members ON feedback_requests
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));

-- A cascade or a goal's progress is computed from the same data as the inbox's standings, and
-- that data changes far less often than it is read. Each reader keeps, per engagement, the answer
-- they were last given, with the engagement's progress stamp at that moment (migration 0015), and
-- is given it again while the stamp, the day and the reader's language and time zone are the same
-- (decision 018).
CREATE TABLE kept_answers (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  engagement_id uuid NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  -- What was answered: 'cascade', or 'progress:' and a goal's id.
  key text NOT NULL,
  stamp bigint NOT NULL,
  as_of date NOT NULL,
  reader text NOT NULL,
  -- Stored and given back as written: json, not jsonb, spares converting it both ways.
  answer json NOT NULL,
  PRIMARY KEY (user_id, engagement_id, key)
);

-- Only the reader reads or writes their own rows, and only of engagements they take part in.
ALTER TABLE kept_answers ENABLE ROW LEVEL SECURITY;
ALTER TABLE kept_answers FORCE ROW LEVEL SECURITY;
CREATE POLICY kept_answers_own ON kept_answers
  USING (user_id = tandem_user_id() AND practice_id = tandem_practice_id())
  WITH CHECK (user_id = tandem_user_id() AND practice_id = tandem_practice_id()
              AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));
ALTER TABLE kept_answers SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);

-- A goal's progress shows every value of its metrics, so a value written into the past (which
-- becomes no metric's current value) must move the stamp too. One move per engagement and
-- transaction is enough for what reads the stamp: a metric check-in now moves it once, not once
-- per row it writes. Keeping an answer or a standing clears the mark (the triggers below), so
-- that a change written after it, in the same transaction, moves the stamp again.
CREATE OR REPLACE FUNCTION tandem_move_progress_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  changed record;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  -- A practice being erased (migration 0012) takes its stamps with it: nothing to move.
  IF coalesce(current_setting('tandem.erasing_practice', true), '') = changed.practice_id::text THEN RETURN NULL; END IF;
  IF coalesce(current_setting('tandem.stamp_moved', true), '') = changed.engagement_id::text THEN RETURN NULL; END IF;
  INSERT INTO engagement_progress_stamps AS s (engagement_id, practice_id) VALUES (changed.engagement_id, changed.practice_id)
  ON CONFLICT (engagement_id) DO UPDATE SET stamp = s.stamp + 1;
  -- Local to the transaction: gone at its end.
  PERFORM set_config('tandem.stamp_moved', changed.engagement_id::text, true);
  RETURN NULL;
END
$$;

CREATE TRIGGER check_in_values_move_progress_stamp AFTER INSERT OR UPDATE OR DELETE ON check_in_values
  FOR EACH ROW EXECUTE FUNCTION tandem_move_progress_stamp();

-- Whatever keeps something read at a stamp clears the mark, once per statement: no write path
-- that keeps can forget to.
CREATE FUNCTION tandem_clear_stamp_mark() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('tandem.stamp_moved', '', true);
  RETURN NULL;
END
$$;

CREATE TRIGGER kept_answers_clear_stamp_mark AFTER INSERT OR UPDATE ON kept_answers
  FOR EACH STATEMENT EXECUTE FUNCTION tandem_clear_stamp_mark();
CREATE TRIGGER inbox_standings_clear_stamp_mark AFTER INSERT OR UPDATE ON inbox_standings
  FOR EACH STATEMENT EXECUTE FUNCTION tandem_clear_stamp_mark();

-- What the inbox keeps is likewise only stored and given back: json, not jsonb, spares the
-- database converting each standing and item both ways (decision 018).
ALTER TABLE inbox_standings ALTER COLUMN standing TYPE json USING standing::json;
ALTER TABLE inbox_standing_items ALTER COLUMN item TYPE json USING item::json;

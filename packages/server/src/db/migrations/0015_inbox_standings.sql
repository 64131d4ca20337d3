-- The inbox reads, across all of a coach's clients, where every goal stands (decision 015). What
-- a client's goals say on a day changes only when their data does, so each reader keeps, per
-- engagement, what their inbox drew from it, with the engagement's progress stamp at that moment;
-- it is drawn again when the stamp has moved, the day has turned, or the reader's language or
-- time zone changed.

-- One counter per engagement, moved by every change to what progress and risk are computed from:
-- goals (state, words in force, parent), metrics, each metric's current value, each goal's last
-- check-in, reviews and obstacles. Triggers move it, so no write path can forget to.
CREATE TABLE engagement_progress_stamps (
  engagement_id uuid PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  stamp bigint NOT NULL DEFAULT 1
);

-- The engagement's people read it; the trigger below moves it (as the table's owner, the way the
-- other SECURITY DEFINER functions work, for writes by the engagement's people themselves).
ALTER TABLE engagement_progress_stamps ENABLE ROW LEVEL SECURITY;
ALTER TABLE engagement_progress_stamps FORCE ROW LEVEL SECURITY;
CREATE POLICY engagement_progress_stamps_members ON engagement_progress_stamps
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));

CREATE FUNCTION tandem_move_progress_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  changed record;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  -- A practice being erased (migration 0012) takes its stamps with it: nothing to move.
  IF coalesce(current_setting('tandem.erasing_practice', true), '') = changed.practice_id::text THEN RETURN NULL; END IF;
  INSERT INTO engagement_progress_stamps AS s (engagement_id, practice_id) VALUES (changed.engagement_id, changed.practice_id)
  ON CONFLICT (engagement_id) DO UPDATE SET stamp = s.stamp + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER goals_move_progress_stamp AFTER INSERT OR UPDATE OR DELETE ON goals
  FOR EACH ROW EXECUTE FUNCTION tandem_move_progress_stamp();
CREATE TRIGGER metrics_move_progress_stamp AFTER INSERT OR UPDATE OR DELETE ON metrics
  FOR EACH ROW EXECUTE FUNCTION tandem_move_progress_stamp();
CREATE TRIGGER metric_current_values_move_progress_stamp AFTER INSERT OR UPDATE OR DELETE ON metric_current_values
  FOR EACH ROW EXECUTE FUNCTION tandem_move_progress_stamp();
CREATE TRIGGER goal_last_check_ins_move_progress_stamp AFTER INSERT OR UPDATE OR DELETE ON goal_last_check_ins
  FOR EACH ROW EXECUTE FUNCTION tandem_move_progress_stamp();
CREATE TRIGGER reviews_move_progress_stamp AFTER INSERT ON reviews
  FOR EACH ROW EXECUTE FUNCTION tandem_move_progress_stamp();
CREATE TRIGGER obstacles_move_progress_stamp AFTER INSERT OR UPDATE OR DELETE ON obstacles
  FOR EACH ROW EXECUTE FUNCTION tandem_move_progress_stamp();

-- What one reader's inbox drew from one engagement: the client's standing and how many items of
-- each kind its goals raise (`standing`), with each item apart, ranked in the inbox's order, so
-- that the first page of a coach's inbox is read through an index however many items there are.
-- Only the reader reads or writes their own rows.
CREATE TABLE inbox_standings (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  engagement_id uuid NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  stamp bigint NOT NULL,
  as_of date NOT NULL,
  reader text NOT NULL,
  standing jsonb NOT NULL,
  PRIMARY KEY (user_id, engagement_id)
);

CREATE TABLE inbox_standing_items (
  user_id uuid NOT NULL,
  engagement_id uuid NOT NULL,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  -- Sorts as the inbox does, byte by byte; it ends with the item's key, so it is unique.
  rank text COLLATE "C" NOT NULL,
  item jsonb NOT NULL,
  PRIMARY KEY (user_id, engagement_id, rank),
  FOREIGN KEY (user_id, engagement_id) REFERENCES inbox_standings (user_id, engagement_id) ON DELETE CASCADE
);
CREATE INDEX inbox_standing_items_order_idx ON inbox_standing_items (user_id, rank);

ALTER TABLE inbox_standings ENABLE ROW LEVEL SECURITY;
ALTER TABLE inbox_standings FORCE ROW LEVEL SECURITY;
CREATE POLICY inbox_standings_own ON inbox_standings
  USING (user_id = tandem_user_id() AND practice_id = tandem_practice_id())
  WITH CHECK (user_id = tandem_user_id() AND practice_id = tandem_practice_id()
              AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));

ALTER TABLE inbox_standing_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE inbox_standing_items FORCE ROW LEVEL SECURITY;
CREATE POLICY inbox_standing_items_own ON inbox_standing_items
  USING (user_id = tandem_user_id() AND practice_id = tandem_practice_id())
  WITH CHECK (user_id = tandem_user_id() AND practice_id = tandem_practice_id()
              AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));
-- Drawing an engagement again replaces its items.
GRANT DELETE ON inbox_standing_items TO tandem_app;

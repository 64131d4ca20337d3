-- A goal list shows an engagement's goals, their words and who wrote them (decision 021), and
-- nothing that check-ins, metric values, reviews or obstacles change; nor anything that changes
-- with the day. Kept at the engagement's progress stamp, every check-in (the busiest write) and
-- every new day made both readers' lists be computed again. So an engagement gets a second stamp,
-- moved only by a change to one of its goals (state, words in force or proposed, agreements, its
-- assessment when a metric comes or goes: all written to the goal's row) and by a new name of
-- either party; and a kept answer that holds on any day keeps no day (decision 026).
ALTER TABLE engagement_progress_stamps ADD COLUMN goals_stamp bigint NOT NULL DEFAULT 1;
ALTER TABLE kept_answers ALTER COLUMN as_of DROP NOT NULL;

CREATE FUNCTION tandem_move_goals_stamp() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  changed record;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  -- A practice being erased (migration 0012) takes its stamps with it: nothing to move.
  IF coalesce(current_setting('tandem.erasing_practice', true), '') = changed.practice_id::text THEN RETURN NULL; END IF;
  INSERT INTO engagement_progress_stamps AS s (engagement_id, practice_id) VALUES (changed.engagement_id, changed.practice_id)
  ON CONFLICT (engagement_id) DO UPDATE SET goals_stamp = s.goals_stamp + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER goals_move_goals_stamp AFTER INSERT OR UPDATE OR DELETE ON goals
  FOR EACH ROW EXECUTE FUNCTION tandem_move_goals_stamp();

-- A new name moves both stamps of every engagement the person takes part in (migration 0021).
CREATE OR REPLACE FUNCTION tandem_move_progress_stamps_of_person() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO engagement_progress_stamps AS s (engagement_id, practice_id)
  SELECT e.id, e.practice_id FROM engagements e WHERE e.coach_id = NEW.id OR e.client_id = NEW.id
  ON CONFLICT (engagement_id) DO UPDATE SET stamp = s.stamp + 1, goals_stamp = s.goals_stamp + 1;
  RETURN NULL;
END
$$;

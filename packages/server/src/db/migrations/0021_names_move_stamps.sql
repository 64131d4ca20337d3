-- A person's new name moves the progress stamp of every engagement they take part in (decision
-- 021), so that what is kept per reader and shows names (goal lists with their authors, the inbox)
-- is written again. As the table's owner (SECURITY DEFINER, like the other stamp triggers), so the
-- engagements of every practice the person belongs to are moved, not only those of the practice
-- they are signed in to.
CREATE FUNCTION tandem_move_progress_stamps_of_person() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO engagement_progress_stamps AS s (engagement_id, practice_id)
  SELECT e.id, e.practice_id FROM engagements e WHERE e.coach_id = NEW.id OR e.client_id = NEW.id
  ON CONFLICT (engagement_id) DO UPDATE SET stamp = s.stamp + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER users_move_progress_stamps AFTER UPDATE OF name ON users
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION tandem_move_progress_stamps_of_person();

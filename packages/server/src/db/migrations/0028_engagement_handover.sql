-- An engagement handed over to another coach of the practice (decision 031) moves both of its
-- progress stamps, as a new name does (migration 0024): what is kept per reader and names the
-- coach (goal lists with their authors and sides, the inbox) is written again. The members follow
-- by the trigger of migration 0022.
CREATE FUNCTION tandem_move_stamps_of_handover() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO engagement_progress_stamps AS s (engagement_id, practice_id) VALUES (NEW.id, NEW.practice_id)
  ON CONFLICT (engagement_id) DO UPDATE SET stamp = s.stamp + 1, goals_stamp = s.goals_stamp + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER engagements_move_stamps_of_handover AFTER UPDATE OF coach_id ON engagements
  FOR EACH ROW WHEN (OLD.coach_id IS DISTINCT FROM NEW.coach_id) EXECUTE FUNCTION tandem_move_stamps_of_handover();

-- Who takes part in which engagement: one row per person and engagement (its coach, its client),
-- kept by the database from the engagements themselves (decision 023). Every row-level security
-- policy on an engagement's data asks whether the row's engagement is one of the caller's
-- (tandem_my_engagements(), migration 0005), in every statement, once per table it names. Read
-- from here, that is one index scan on the caller's id; it was two scans of engagements (as
-- coach, as client) under an append, each with the engagements' own policy: set up and run again
-- for every table of every statement (a check-in's one statement names eight).
CREATE TABLE engagement_members (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  engagement_id uuid NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, engagement_id)
);
CREATE INDEX engagement_members_engagement_idx ON engagement_members (engagement_id);

INSERT INTO engagement_members (user_id, engagement_id, practice_id)
SELECT coach_id, id, practice_id FROM engagements
UNION
SELECT client_id, id, practice_id FROM engagements WHERE client_id IS NOT NULL;

-- Each person reads only their own rows, in the practice they are signed in to; nobody writes
-- them but the trigger below.
ALTER TABLE engagement_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE engagement_members FORCE ROW LEVEL SECURITY;
CREATE POLICY engagement_members_own ON engagement_members FOR SELECT
  USING (user_id = tandem_user_id() AND practice_id = tandem_practice_id());

-- An engagement's coach and client, whenever an engagement is made or either of them changes
-- (an invitation accepted names the client): as the table's owner, like the other triggers that
-- keep what people may not write themselves.
CREATE FUNCTION tandem_keep_engagement_members() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.coach_id = OLD.coach_id AND NEW.client_id IS NOT DISTINCT FROM OLD.client_id AND NEW.practice_id = OLD.practice_id THEN
      RETURN NULL;
    END IF;
    DELETE FROM engagement_members WHERE engagement_id = NEW.id;
  END IF;
  INSERT INTO engagement_members (user_id, engagement_id, practice_id)
  SELECT person, NEW.id, NEW.practice_id FROM unnest(ARRAY[NEW.coach_id, NEW.client_id]) AS person
   WHERE person IS NOT NULL
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER engagements_keep_members AFTER INSERT OR UPDATE OF coach_id, client_id, practice_id ON engagements
  FOR EACH ROW EXECUTE FUNCTION tandem_keep_engagement_members();

-- The same engagements as before: those the caller coaches or is the client of, in the practice
-- they are signed in to.
CREATE OR REPLACE FUNCTION tandem_my_engagements() RETURNS SETOF uuid LANGUAGE sql STABLE ROWS 10 AS
$$ SELECT engagement_id FROM engagement_members WHERE user_id = tandem_user_id() $$;

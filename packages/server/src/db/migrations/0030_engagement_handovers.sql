-- Each hand-over of an engagement, kept (decision 033). A client reads who wrote each revision,
-- agreement, check-in and note of their engagement by joining `users`, whose policy showed them
-- only the people of their engagements as they are now. After a hand-over (decision 031) the
-- former coach was none of them: every goal the former coach had written words for answered the
-- client 500 (its revision in force gone from the join), and its history came back empty. The
-- former coach of an engagement stays named to the people of that engagement.
CREATE TABLE engagement_handovers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id),
  from_coach_id uuid NOT NULL REFERENCES users (id),
  to_coach_id uuid NOT NULL REFERENCES users (id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX engagement_handovers_engagement_idx ON engagement_handovers (engagement_id);
CREATE INDEX engagement_handovers_from_idx ON engagement_handovers (from_coach_id);

-- The hand-overs made before this migration, from the audit log that recorded each.
INSERT INTO engagement_handovers (practice_id, engagement_id, from_coach_id, to_coach_id, at)
SELECT a.practice_id, e.id, (a.details ->> 'from')::uuid, (a.details ->> 'to')::uuid, a.at
  FROM audit_events a
  JOIN engagements e ON e.id = a.subject_id AND e.practice_id = a.practice_id
 WHERE a.action = 'engagement_handed_over'
   AND EXISTS (SELECT 1 FROM users u WHERE u.id = (a.details ->> 'from')::uuid)
   AND EXISTS (SELECT 1 FROM users u WHERE u.id = (a.details ->> 'to')::uuid);

-- The people of an engagement read its hand-overs; nobody writes them but the trigger below.
ALTER TABLE engagement_handovers ENABLE ROW LEVEL SECURITY;
ALTER TABLE engagement_handovers FORCE ROW LEVEL SECURITY;
CREATE POLICY engagement_handovers_members ON engagement_handovers FOR SELECT
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT tandem_my_engagements()));

-- As the table's owner, like the other triggers that keep what people may not write themselves.
CREATE FUNCTION tandem_record_handover() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO engagement_handovers (practice_id, engagement_id, from_coach_id, to_coach_id)
  VALUES (NEW.practice_id, NEW.id, OLD.coach_id, NEW.coach_id);
  RETURN NULL;
END
$$;

CREATE TRIGGER engagements_record_handover AFTER UPDATE OF coach_id ON engagements
  FOR EACH ROW WHEN (OLD.coach_id IS DISTINCT FROM NEW.coach_id) EXECUTE FUNCTION tandem_record_handover();

-- Everyone sees who they are; an owner or a coach, the people of their practice; anyone, the
-- people of their engagements; and now also the former coaches of their engagements.
DROP POLICY users_visible ON users;
CREATE POLICY users_visible ON users FOR SELECT
  USING (id = tandem_user_id()
         OR (tandem_role() IN ('owner', 'coach')
             AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.practice_id = tandem_practice_id()))
         OR EXISTS (SELECT 1 FROM engagements e WHERE e.coach_id = users.id OR e.client_id = users.id)
         OR EXISTS (SELECT 1 FROM engagement_handovers h WHERE h.from_coach_id = users.id));

-- A stakeholder's link could not be taken back: a request with a typo in the name, or one sent to
-- the wrong person, stayed answerable until it expired. The client or the coach may now withdraw
-- an open request. The row stays (the list shows what was asked and that it was withdrawn, by
-- whom and when); only its link stops working.
ALTER TABLE feedback_requests
  ADD COLUMN withdrawn_at timestamptz,
  ADD COLUMN withdrawn_by uuid REFERENCES users (id),
  -- Withdrawn by someone at some moment, both or neither; and an answered request is never withdrawn.
  ADD CONSTRAINT feedback_requests_withdrawn_check
    CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_at IS NULL OR answered_at IS NULL));

-- The stakeholder's doorway, as before (0036), with the moment the request was withdrawn, so that
-- the page can say so. A new column in its answer is a new return type: dropped and created again.
DROP FUNCTION tandem_find_feedback_request(text);
CREATE FUNCTION tandem_find_feedback_request(p_token_hash text)
RETURNS TABLE (id uuid, practice_id uuid, goal_id uuid, stakeholder_name text, question text,
               client_first_name text, expires_at timestamptz, answered_at timestamptz, locale text,
               withdrawn_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT f.id, f.practice_id, f.goal_id, f.stakeholder_name, f.question,
         split_part(u.name, ' ', 1), f.expires_at, f.answered_at, f.locale, f.withdrawn_at
    FROM feedback_requests f
    JOIN goals g ON g.id = f.goal_id
    JOIN engagements e ON e.id = g.engagement_id
    JOIN users u ON u.id = e.client_id
   WHERE f.token_hash = p_token_hash
$$;

-- Records the stakeholder's answer as a check-in of the goal, once (0003). Returns the check-in's
-- id, or null when the request was answered, expired or withdrawn in the meantime: a withdrawal
-- that commits first is seen here, since the row is read again under its lock.
CREATE OR REPLACE FUNCTION tandem_answer_feedback_request(p_token_hash text, p_now timestamptz, p_rating integer, p_text text)
RETURNS uuid
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  v_request feedback_requests%ROWTYPE;
  v_check_in uuid;
  v_effective_on date;
BEGIN
  SELECT * INTO v_request FROM feedback_requests
   WHERE token_hash = p_token_hash AND answered_at IS NULL AND withdrawn_at IS NULL AND expires_at > p_now
   FOR UPDATE;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  -- The answer speaks for the day it was given, on the client's calendar.
  SELECT (p_now AT TIME ZONE u.time_zone)::date INTO v_effective_on
    FROM goals g JOIN engagements e ON e.id = g.engagement_id JOIN users u ON u.id = e.client_id
   WHERE g.id = v_request.goal_id;
  INSERT INTO check_ins (practice_id, engagement_id, goal_id, kind, effective_on, text, rating, stakeholder_name, created_at)
  VALUES (v_request.practice_id, v_request.engagement_id, v_request.goal_id, 'stakeholder_feedback', v_effective_on, p_text, p_rating,
          v_request.stakeholder_name, p_now)
  RETURNING id INTO v_check_in;
  UPDATE feedback_requests SET answered_at = p_now, check_in_id = v_check_in WHERE id = v_request.id;
  RETURN v_check_in;
END
$$;

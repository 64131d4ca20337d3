-- Measured progress: metrics with a baseline and a target, check-ins of every kind (append-only;
-- corrections supersede), stakeholder feedback requests, and idempotency keys for retried POSTs.

CREATE TABLE metrics (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id),
  goal_id uuid NOT NULL REFERENCES goals (id),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  unit text NOT NULL DEFAULT '',
  kind text NOT NULL CHECK (kind IN ('number', 'scale')),
  scale_min numeric,
  scale_max numeric,
  baseline numeric NOT NULL,
  baseline_on date NOT NULL,
  target numeric NOT NULL,
  weight numeric NOT NULL DEFAULT 1 CHECK (weight > 0),
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  archived_at timestamptz,
  CONSTRAINT metrics_baseline_differs_from_target CHECK (baseline <> target),
  CONSTRAINT metrics_scale_bounds CHECK (
    kind = 'number'
    OR (scale_min IS NOT NULL AND scale_max IS NOT NULL AND scale_min < scale_max
        AND baseline BETWEEN scale_min AND scale_max AND target BETWEEN scale_min AND scale_max))
);
CREATE INDEX metrics_goal_idx ON metrics (goal_id, seq);

CREATE TABLE check_ins (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id),
  goal_id uuid NOT NULL REFERENCES goals (id),
  -- A stakeholder who answers a feedback request has no account: author_id is null then.
  author_id uuid REFERENCES users (id),
  author_side text CHECK (author_side IN ('coach', 'client')),
  kind text NOT NULL CHECK (kind IN ('metric', 'observation', 'self_report', 'stakeholder_feedback', 'mindset_shift')),
  effective_on date NOT NULL,
  text text NOT NULL DEFAULT '',
  confidence integer CHECK (confidence BETWEEN 0 AND 10),
  rating integer CHECK (rating BETWEEN 1 AND 5),
  supersedes_id uuid REFERENCES check_ins (id),
  stakeholder_name text,
  created_at timestamptz NOT NULL
);
CREATE INDEX check_ins_goal_idx ON check_ins (goal_id, effective_on, created_at);
CREATE INDEX check_ins_supersedes_idx ON check_ins (supersedes_id) WHERE supersedes_id IS NOT NULL;
CREATE TRIGGER check_ins_append_only BEFORE UPDATE OR DELETE ON check_ins
  FOR EACH ROW EXECUTE FUNCTION tandem_refuse_change();

CREATE TABLE check_in_values (
  check_in_id uuid NOT NULL REFERENCES check_ins (id),
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id),
  metric_id uuid NOT NULL REFERENCES metrics (id),
  value numeric NOT NULL,
  PRIMARY KEY (check_in_id, metric_id)
);
CREATE INDEX check_in_values_metric_idx ON check_in_values (metric_id);
CREATE TRIGGER check_in_values_append_only BEFORE UPDATE OR DELETE ON check_in_values
  FOR EACH ROW EXECUTE FUNCTION tandem_refuse_change();

CREATE TABLE feedback_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id),
  goal_id uuid NOT NULL REFERENCES goals (id),
  requested_by uuid NOT NULL REFERENCES users (id),
  stakeholder_name text NOT NULL,
  stakeholder_email text NOT NULL DEFAULT '',
  question text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  answered_at timestamptz,
  check_in_id uuid REFERENCES check_ins (id)
);
CREATE INDEX feedback_requests_goal_idx ON feedback_requests (goal_id);

-- A retried POST with the same Idempotency-Key returns the first answer and creates nothing twice.
CREATE TABLE idempotency_keys (
  user_id uuid NOT NULL REFERENCES users (id),
  key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  practice_id uuid NOT NULL REFERENCES practices (id),
  request_hash text NOT NULL,
  response_status integer NOT NULL,
  response_body jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, key)
);

-- These tables carry their engagement, so that the policy is one look-up in the (small) set of
-- the person's engagements rather than a walk through every goal or check-in of the practice.
ALTER TABLE metrics ENABLE ROW LEVEL SECURITY;
ALTER TABLE metrics FORCE ROW LEVEL SECURITY;
CREATE POLICY metrics_members ON metrics
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT tandem_my_engagements()))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT tandem_my_engagements()));

ALTER TABLE check_ins ENABLE ROW LEVEL SECURITY;
ALTER TABLE check_ins FORCE ROW LEVEL SECURITY;
CREATE POLICY check_ins_members ON check_ins
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT tandem_my_engagements()))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT tandem_my_engagements()));

ALTER TABLE check_in_values ENABLE ROW LEVEL SECURITY;
ALTER TABLE check_in_values FORCE ROW LEVEL SECURITY;
CREATE POLICY check_in_values_members ON check_in_values
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT tandem_my_engagements()))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT tandem_my_engagements()));

ALTER TABLE feedback_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE feedback_requests FORCE ROW LEVEL SECURITY;
CREATE POLICY feedback_requests_members ON feedback_requests
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT tandem_my_engagements()))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT tandem_my_engagements()));

ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE idempotency_keys FORCE ROW LEVEL SECURITY;
CREATE POLICY idempotency_keys_own ON idempotency_keys
  USING (user_id = tandem_user_id() AND practice_id = tandem_practice_id())
  WITH CHECK (user_id = tandem_user_id() AND practice_id = tandem_practice_id());

-- The stakeholder's doorway: the token shows the question and the client's first name, nothing else.
CREATE FUNCTION tandem_find_feedback_request(p_token_hash text)
RETURNS TABLE (id uuid, practice_id uuid, goal_id uuid, stakeholder_name text, question text,
               client_first_name text, expires_at timestamptz, answered_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT f.id, f.practice_id, f.goal_id, f.stakeholder_name, f.question,
         split_part(u.name, ' ', 1), f.expires_at, f.answered_at
    FROM feedback_requests f
    JOIN goals g ON g.id = f.goal_id
    JOIN engagements e ON e.id = g.engagement_id
    JOIN users u ON u.id = e.client_id
   WHERE f.token_hash = p_token_hash
$$;

-- Records the stakeholder's answer as a check-in of the goal, once. Returns the check-in's id,
-- or null when the request was answered (or expired) in the meantime.
CREATE FUNCTION tandem_answer_feedback_request(p_token_hash text, p_now timestamptz, p_rating integer, p_text text)
RETURNS uuid
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  v_request feedback_requests%ROWTYPE;
  v_check_in uuid;
  v_effective_on date;
BEGIN
  SELECT * INTO v_request FROM feedback_requests
   WHERE token_hash = p_token_hash AND answered_at IS NULL AND expires_at > p_now
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

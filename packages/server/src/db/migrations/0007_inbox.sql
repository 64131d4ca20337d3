-- The inbox: what needs a person's attention is computed from the data itself (goals awaiting
-- agreement, at risk, reviews due, overdue commitments...), and leaves when it is done. What has
-- no "done" of its own (a stakeholder's answer, a journal entry shared) leaves when its reader
-- marks it seen: one row per person and item.
CREATE TABLE inbox_acknowledgements (
  user_id uuid NOT NULL REFERENCES users (id),
  practice_id uuid NOT NULL REFERENCES practices (id),
  item_key text NOT NULL CHECK (length(item_key) BETWEEN 1 AND 200),
  acknowledged_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, item_key)
);

ALTER TABLE inbox_acknowledgements ENABLE ROW LEVEL SECURITY;
ALTER TABLE inbox_acknowledgements FORCE ROW LEVEL SECURITY;
CREATE POLICY inbox_acknowledgements_own ON inbox_acknowledgements
  USING (user_id = tandem_user_id() AND practice_id = tandem_practice_id())
  WITH CHECK (user_id = tandem_user_id() AND practice_id = tandem_practice_id());

-- Stakeholders' answers (check-ins by nobody with an account) by engagement, newest first: the
-- inbox looks across all of a coach's clients for the recent ones.
CREATE INDEX check_ins_stakeholder_answers_idx ON check_ins (engagement_id, created_at) WHERE author_id IS NULL;

-- A reader's whole inbox, kept as it was written to them (decision 021). An inbox look reads the
-- reader's engagements and, in the same statement, a print of everything the inbox is drawn
-- from: each engagement's status, coach, client's name and progress stamp, the stakeholders'
-- answers, the open commitments and the shared journal entries of those engagements (each row's
-- version), and how many items the reader has marked seen. While the print, the day and the
-- reader key (rules, language, time zone, how many items) are the same, the kept answer is given
-- again as it was written; otherwise the inbox is drawn (from the kept standings, decision 015)
-- and kept with the print read before it was drawn.
CREATE TABLE kept_inboxes (
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  practice_id uuid NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  print text NOT NULL,
  as_of date NOT NULL,
  reader text NOT NULL,
  -- Stored and given back as written: json, not jsonb, keeps its text exactly.
  answer json NOT NULL,
  PRIMARY KEY (user_id, practice_id)
);

-- Only the reader reads or writes their own inbox.
ALTER TABLE kept_inboxes ENABLE ROW LEVEL SECURITY;
ALTER TABLE kept_inboxes FORCE ROW LEVEL SECURITY;
CREATE POLICY kept_inboxes_own ON kept_inboxes
  USING (user_id = tandem_user_id() AND practice_id = tandem_practice_id())
  WITH CHECK (user_id = tandem_user_id() AND practice_id = tandem_practice_id());

-- Keeping something read at a stamp clears the transaction's mark that a stamp moved (migration
-- 0018), so that a change written after it in the same transaction moves the stamp again.
CREATE TRIGGER kept_inboxes_clear_stamp_mark AFTER INSERT OR UPDATE ON kept_inboxes
  FOR EACH STATEMENT EXECUTE FUNCTION tandem_clear_stamp_mark();

ALTER TABLE kept_inboxes SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);

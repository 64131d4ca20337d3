-- People edit and remove their own session words: agenda items, coach-private notes and journal
-- entries (decision 017). These three are working words, not records: the rule that rows users
-- write are archived rather than deleted holds for goals, check-ins, commitments and the like,
-- whose history matters, not for a line of an agenda or a note someone takes back.
--
-- Each row keeps when it was last edited (null until then). Removing is a real DELETE, granted to
-- the request role on these three tables only, and row-level security decides whose rows:
--
-- * an agenda item: either person of the engagement (agenda_items_members, unchanged);
-- * a coach-private note: its author only (coach_notes_author, unchanged: its USING already
--   applies to UPDATE and DELETE);
-- * a journal entry: its client only. The old single policy let the engagement's coach see a
--   shared entry, and its USING applied to every command, so it would have let the coach DELETE
--   a shared entry. It is split per command: the coach still reads what is shared, and only the
--   client who wrote an entry writes, changes or removes it.

ALTER TABLE agenda_items ADD COLUMN updated_at timestamptz;
ALTER TABLE coach_notes ADD COLUMN updated_at timestamptz;
ALTER TABLE journal_entries ADD COLUMN updated_at timestamptz;

GRANT DELETE ON coach_notes, journal_entries, agenda_items TO tandem_app;
-- A journal entry's words also sit in the stored answer to the POST that wrote it (Idempotency-Key):
-- editing or removing the entry forgets that answer (its person's own rows, idempotency_keys_own).
GRANT DELETE ON idempotency_keys TO tandem_app;

DROP POLICY journal_entries_client_and_shared ON journal_entries;

CREATE POLICY journal_entries_read ON journal_entries FOR SELECT
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e)
         AND (author_id = tandem_user_id()
              OR (shared_at IS NOT NULL AND engagement_id IN (SELECT id FROM engagements WHERE coach_id = tandem_user_id()))));

CREATE POLICY journal_entries_write ON journal_entries FOR INSERT
  WITH CHECK (author_id = tandem_user_id() AND practice_id = tandem_practice_id()
              AND engagement_id IN (SELECT id FROM engagements WHERE client_id = tandem_user_id()));

CREATE POLICY journal_entries_change ON journal_entries FOR UPDATE
  USING (author_id = tandem_user_id() AND practice_id = tandem_practice_id()
         AND engagement_id IN (SELECT id FROM engagements WHERE client_id = tandem_user_id()))
  WITH CHECK (author_id = tandem_user_id() AND practice_id = tandem_practice_id()
              AND engagement_id IN (SELECT id FROM engagements WHERE client_id = tandem_user_id()));

CREATE POLICY journal_entries_remove ON journal_entries FOR DELETE
  USING (author_id = tandem_user_id() AND practice_id = tandem_practice_id()
         AND engagement_id IN (SELECT id FROM engagements WHERE client_id = tandem_user_id()));

-- Emails that Tandem sends on someone's behalf (an invitation, a question to a stakeholder) are
-- written here in the transaction that makes them, and sent afterwards by whichever app server
-- claims them first (decision 040). An email is never lost to a crash between the commit and the
-- send, nor to a mail server that is down for a while: it is tried again, less and less often,
-- and given up only after a day. What it says (the recipient, the subject, the text with its
-- single-use link) is cleared once it is sent or given up: only the fact of it stays.
CREATE TABLE outgoing_emails (
  id uuid PRIMARY KEY,
  practice_id uuid NOT NULL REFERENCES practices (id),
  -- The engagement it belongs to; none for an owner's invitation of a coach.
  engagement_id uuid REFERENCES engagements (id),
  -- What the email is about: a feedback request or an invitation.
  about_type text NOT NULL CHECK (about_type IN ('feedback_request', 'invitation')),
  about_id uuid NOT NULL,
  recipient text,
  subject text,
  body text,
  created_at timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  -- When a server may next try it: its creation, then after each failure later; while a server
  -- sends it, the end of that server's claim.
  next_attempt_at timestamptz NOT NULL,
  sent_at timestamptz,
  gave_up_at timestamptz,
  -- Not sent because what it was about was taken back first (a withdrawn question).
  cancelled_at timestamptz,
  last_error text,
  CHECK (num_nonnulls(sent_at, gave_up_at, cancelled_at) <= 1),
  -- Waiting to be sent, or done with and emptied.
  CHECK ((num_nonnulls(sent_at, gave_up_at, cancelled_at) = 0) = (recipient IS NOT NULL AND subject IS NOT NULL AND body IS NOT NULL))
);
CREATE INDEX outgoing_emails_due_idx ON outgoing_emails (next_attempt_at) WHERE sent_at IS NULL AND gave_up_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX outgoing_emails_about_idx ON outgoing_emails (about_id);

-- A request writes an email of its own practice, for an engagement it takes part in (the owner:
-- any, and a coach's invitation); it reads whether such an email went out. What an email says is
-- for the sender alone: the app role may not read those columns (migrate.ts grants the others),
-- so that nobody reads another person's link through it. The app servers send as the migration
-- role, past these policies. The engagements are looked up as the other engagement tables do
-- (decision 023), not through the invitations or requests themselves, whose policies would be
-- evaluated for every row of the practice.
ALTER TABLE outgoing_emails ENABLE ROW LEVEL SECURITY;
ALTER TABLE outgoing_emails FORCE ROW LEVEL SECURITY;
CREATE POLICY outgoing_emails_members ON outgoing_emails
  USING (practice_id = (SELECT tandem_practice_id() AS tandem_practice_id)
         AND ((SELECT tandem_role() AS tandem_role) = 'owner' OR engagement_id IN (SELECT e FROM tandem_my_engagements() AS e)))
  WITH CHECK (practice_id = (SELECT tandem_practice_id() AS tandem_practice_id)
              AND ((SELECT tandem_role() AS tandem_role) = 'owner' OR engagement_id IN (SELECT e FROM tandem_my_engagements() AS e)));

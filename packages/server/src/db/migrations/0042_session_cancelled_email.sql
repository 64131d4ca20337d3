-- Cancelling a session now also emails the other side (their inbox says it too: 0041), through
-- the outbox like every email Tandem sends, so that it goes once the cancelling commits and is not
-- lost to a crash or a mail server that is down (0039). An email about a session is a new kind of
-- email.
ALTER TABLE outgoing_emails DROP CONSTRAINT outgoing_emails_about_type_check;
ALTER TABLE outgoing_emails ADD CONSTRAINT outgoing_emails_about_type_check
  CHECK (about_type IN ('feedback_request', 'invitation', 'session_cancelled'));

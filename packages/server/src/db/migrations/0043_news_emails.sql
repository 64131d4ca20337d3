-- Two kinds of news now also go by email, through the outbox like every email Tandem sends
-- (0039): a goal closed by one side alone (marked achieved, or dropped from its page or at a
-- review) is told to the other side, and a hand-over (0030) to the client and the coach who takes
-- them over.
ALTER TABLE outgoing_emails DROP CONSTRAINT outgoing_emails_about_type_check;
ALTER TABLE outgoing_emails ADD CONSTRAINT outgoing_emails_about_type_check
  CHECK (about_type IN ('feedback_request', 'invitation', 'session_cancelled', 'goal_closed', 'engagement_handed_over'));

-- Cancelling a session told the other side nothing: the session only moved to the "Cancelled"
-- group of a page they might not open before the day. A session now keeps who cancelled it and
-- when, so that the other side's inbox can say so until they have seen it (or the day has passed),
-- and the session can say who cancelled it. Sessions cancelled before this migration name nobody.
-- Putting a session back (cancelled → planned) forgets both.
ALTER TABLE coaching_sessions
  ADD COLUMN cancelled_by uuid REFERENCES users (id),
  ADD COLUMN cancelled_at timestamptz,
  ADD CONSTRAINT coaching_sessions_cancelled_check
    CHECK ((cancelled_by IS NULL) = (cancelled_at IS NULL) AND (cancelled_at IS NULL OR status = 'cancelled'));

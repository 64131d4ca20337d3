-- A private iCalendar address per person: their coaching sessions, for their own calendar app.
-- The address carries a random token (stored hashed); making a new one retires the old one, and
-- the person can retire it at any time.
CREATE TABLE calendar_feeds (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  practice_id uuid NOT NULL REFERENCES practices (id),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE UNIQUE INDEX calendar_feeds_one_live_idx ON calendar_feeds (user_id, practice_id) WHERE revoked_at IS NULL;

ALTER TABLE calendar_feeds ENABLE ROW LEVEL SECURITY;
ALTER TABLE calendar_feeds FORCE ROW LEVEL SECURITY;
CREATE POLICY calendar_feeds_own ON calendar_feeds
  USING (user_id = tandem_user_id() AND practice_id = tandem_practice_id())
  WITH CHECK (user_id = tandem_user_id() AND practice_id = tandem_practice_id());

-- The calendar app's doorway: a live token names its person (and their practice, role, language
-- and time zone), nothing else.
CREATE FUNCTION tandem_resolve_calendar_feed(p_token_hash text)
RETURNS TABLE (user_id uuid, practice_id uuid, role text, locale text, time_zone text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT f.user_id, f.practice_id, m.role, u.locale, u.time_zone
    FROM calendar_feeds f
    JOIN memberships m ON m.user_id = f.user_id AND m.practice_id = f.practice_id
    JOIN users u ON u.id = f.user_id
   WHERE f.token_hash = p_token_hash AND f.revoked_at IS NULL
$$;

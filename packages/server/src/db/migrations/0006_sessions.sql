-- Coaching sessions: the session itself with its shared notes, its agenda, the commitments made
-- in it (with their append-only history), the coach's private notes and the client's journal.
--
-- Every table carries practice_id and engagement_id (decision 007). Sessions, agendas and
-- commitments belong to both people of the engagement. Two tables are narrower (decision 009):
-- a coach-private note is seen by its author only, and a journal entry by its client, and by the
-- engagement's coach only while the client shares it.

CREATE TABLE coaching_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id),
  scheduled_at timestamptz NOT NULL,
  duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 5 AND 720),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
  -- The goals the session works on.
  goal_ids uuid[] NOT NULL DEFAULT '{}',
  shared_notes text NOT NULL DEFAULT '' CHECK (length(shared_notes) <= 20000),
  notes_updated_by uuid REFERENCES users (id),
  notes_updated_at timestamptz,
  -- Optimistic locking: a change based on an older version is refused (409), never overwrites.
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CONSTRAINT coaching_sessions_engagement_key UNIQUE (id, engagement_id)
);
CREATE INDEX coaching_sessions_engagement_idx ON coaching_sessions (engagement_id, scheduled_at);

CREATE TABLE agenda_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL,
  session_id uuid NOT NULL,
  position integer NOT NULL CHECK (position >= 0),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  goal_id uuid REFERENCES goals (id),
  -- A carried-over item names what it follows up, and keeps what it needs to be put into words
  -- in each reader's language (the goal's title, the risk reasons and their numbers).
  carried_from_kind text CHECK (carried_from_kind IN ('commitment', 'goal_at_risk', 'review_due')),
  carried_from_id uuid,
  carried_detail jsonb,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  CHECK ((carried_from_kind IS NULL) = (carried_from_id IS NULL)),
  CONSTRAINT agenda_items_session_fkey FOREIGN KEY (session_id, engagement_id) REFERENCES coaching_sessions (id, engagement_id),
  -- Reordering swaps positions inside one statement: the check waits for the commit.
  CONSTRAINT agenda_items_position_key UNIQUE (session_id, position) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE commitments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL,
  -- The session it was made in.
  session_id uuid NOT NULL,
  goal_id uuid REFERENCES goals (id),
  owner_side text NOT NULL DEFAULT 'client' CHECK (owner_side IN ('coach', 'client')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  due_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  -- The latest follow-up: its outcome and the session it was followed up in (if any). Every
  -- follow-up stays in commitment_events.
  follow_up_outcome text,
  follow_up_session_id uuid,
  followed_up_by uuid REFERENCES users (id),
  followed_up_at timestamptz,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CONSTRAINT commitments_engagement_key UNIQUE (id, engagement_id),
  CONSTRAINT commitments_session_fkey FOREIGN KEY (session_id, engagement_id) REFERENCES coaching_sessions (id, engagement_id),
  CONSTRAINT commitments_follow_up_session_fkey FOREIGN KEY (follow_up_session_id, engagement_id) REFERENCES coaching_sessions (id, engagement_id)
);
CREATE INDEX commitments_engagement_idx ON commitments (engagement_id, status, due_on);
CREATE INDEX commitments_session_idx ON commitments (session_id, seq);

-- A commitment's history: made, done, dropped, reopened, followed up. Never changed.
CREATE TABLE commitment_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL,
  commitment_id uuid NOT NULL,
  actor_id uuid NOT NULL REFERENCES users (id),
  at timestamptz NOT NULL,
  from_status text CHECK (from_status IN ('open', 'done', 'dropped')),
  to_status text NOT NULL CHECK (to_status IN ('open', 'done', 'dropped')),
  outcome text,
  session_id uuid,
  CONSTRAINT commitment_events_commitment_fkey FOREIGN KEY (commitment_id, engagement_id) REFERENCES commitments (id, engagement_id),
  CONSTRAINT commitment_events_session_fkey FOREIGN KEY (session_id, engagement_id) REFERENCES coaching_sessions (id, engagement_id)
);
CREATE INDEX commitment_events_commitment_idx ON commitment_events (commitment_id, seq);
CREATE TRIGGER commitment_events_append_only BEFORE UPDATE OR DELETE ON commitment_events
  FOR EACH ROW EXECUTE FUNCTION tandem_refuse_change();

CREATE TABLE coach_notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id),
  session_id uuid,
  author_id uuid NOT NULL REFERENCES users (id),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  created_at timestamptz NOT NULL,
  CONSTRAINT coach_notes_session_fkey FOREIGN KEY (session_id, engagement_id) REFERENCES coaching_sessions (id, engagement_id)
);
CREATE INDEX coach_notes_author_idx ON coach_notes (engagement_id, author_id, created_at);

CREATE TABLE journal_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id),
  -- Always the engagement's client.
  author_id uuid NOT NULL REFERENCES users (id),
  goal_id uuid REFERENCES goals (id),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  -- Set while the client shares the entry with the coach; each share and unshare is audited.
  shared_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE INDEX journal_entries_engagement_idx ON journal_entries (engagement_id, created_at);
CREATE INDEX journal_entries_shared_idx ON journal_entries (engagement_id, created_at) WHERE shared_at IS NOT NULL;

-- Both people of the engagement: its coach and its client.
ALTER TABLE coaching_sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE coaching_sessions FORCE ROW LEVEL SECURITY;
CREATE POLICY coaching_sessions_members ON coaching_sessions
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));

ALTER TABLE agenda_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE agenda_items FORCE ROW LEVEL SECURITY;
CREATE POLICY agenda_items_members ON agenda_items
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));

ALTER TABLE commitments ENABLE ROW LEVEL SECURITY;
ALTER TABLE commitments FORCE ROW LEVEL SECURITY;
CREATE POLICY commitments_members ON commitments
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));

ALTER TABLE commitment_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE commitment_events FORCE ROW LEVEL SECURITY;
CREATE POLICY commitment_events_members ON commitment_events
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e)
              AND actor_id = tandem_user_id());

-- A coach-private note: only its author ever reads it (not the client, not another coach, not
-- the practice's owner), and only the engagement's coach writes one.
ALTER TABLE coach_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE coach_notes FORCE ROW LEVEL SECURITY;
CREATE POLICY coach_notes_author ON coach_notes
  USING (author_id = tandem_user_id() AND practice_id = tandem_practice_id()
         AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (author_id = tandem_user_id() AND practice_id = tandem_practice_id()
              AND engagement_id IN (SELECT id FROM engagements WHERE coach_id = tandem_user_id()));

-- A journal entry: its client reads and writes it; the engagement's coach reads it only while
-- it is shared. Only the client writes (or shares) their entries.
ALTER TABLE journal_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE journal_entries FORCE ROW LEVEL SECURITY;
CREATE POLICY journal_entries_client_and_shared ON journal_entries
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e)
         AND (author_id = tandem_user_id()
              OR (shared_at IS NOT NULL AND engagement_id IN (SELECT id FROM engagements WHERE coach_id = tandem_user_id()))))
  WITH CHECK (author_id = tandem_user_id() AND practice_id = tandem_practice_id()
              AND engagement_id IN (SELECT id FROM engagements WHERE client_id = tandem_user_id()));

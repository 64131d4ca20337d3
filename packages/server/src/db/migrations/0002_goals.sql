-- Co-created goals: a goal, its append-only revisions, and each side's agreement to them.

-- The request pipeline also needs the reader's language and time zone (for words and dates computed on read).
DROP FUNCTION tandem_resolve_credential(text, timestamptz);
CREATE FUNCTION tandem_resolve_credential(p_token_hash text, p_now timestamptz)
RETURNS TABLE (user_id uuid, practice_id uuid, role text, credential_id uuid, credential_kind text, locale text, time_zone text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT s.user_id, s.practice_id, m.role, s.id, 'session', u.locale, u.time_zone
    FROM auth_sessions s
    JOIN memberships m ON m.user_id = s.user_id AND m.practice_id = s.practice_id
    JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = p_token_hash AND s.expires_at > p_now
  UNION ALL
  SELECT t.user_id, t.practice_id, m.role, t.id, 'api_token', u.locale, u.time_zone
    FROM api_tokens t
    JOIN memberships m ON m.user_id = t.user_id AND m.practice_id = t.practice_id
    JOIN users u ON u.id = t.user_id
   WHERE t.token_hash = p_token_hash AND t.revoked_at IS NULL
$$;

-- Rows that record what was said and agreed are never changed or removed, by anyone.
CREATE FUNCTION tandem_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END
$$;

CREATE TABLE goals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id),
  parent_id uuid REFERENCES goals (id),
  horizon text NOT NULL CHECK (horizon IN ('vision', 'year', 'quarter', 'month')),
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'proposed', 'active', 'achieved', 'dropped')),
  active_revision_id uuid,
  pending_revision_id uuid,
  -- The sides that have agreed to the pending revision (see core's goal lifecycle).
  pending_agreed_by text[] NOT NULL DEFAULT '{}',
  weight numeric NOT NULL DEFAULT 1 CHECK (weight > 0),
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  activated_at timestamptz,
  closed_at timestamptz,
  closing_reason text,
  CHECK (state NOT IN ('active', 'achieved') OR active_revision_id IS NOT NULL)
);
CREATE INDEX goals_engagement_idx ON goals (engagement_id, created_at);
CREATE INDEX goals_parent_idx ON goals (parent_id);

CREATE TABLE goal_revisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id),
  goal_id uuid NOT NULL REFERENCES goals (id),
  number integer NOT NULL CHECK (number > 0),
  author_id uuid NOT NULL REFERENCES users (id),
  author_side text NOT NULL CHECK (author_side IN ('coach', 'client')),
  created_at timestamptz NOT NULL,
  reason text NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '',
  why_it_matters text NOT NULL DEFAULT '',
  horizon text NOT NULL CHECK (horizon IN ('vision', 'year', 'quarter', 'month')),
  starts_on date,
  due_on date,
  value_ids uuid[] NOT NULL DEFAULT '{}',
  -- The SMART assessment when it was saved, in both languages: { "en": {...}, "lv": {...} }.
  smart jsonb NOT NULL,
  CONSTRAINT goal_revisions_number_key UNIQUE (goal_id, number)
);
CREATE TRIGGER goal_revisions_append_only BEFORE UPDATE OR DELETE ON goal_revisions
  FOR EACH ROW EXECUTE FUNCTION tandem_refuse_change();

ALTER TABLE goals ADD CONSTRAINT goals_active_revision_fkey FOREIGN KEY (active_revision_id) REFERENCES goal_revisions (id);
ALTER TABLE goals ADD CONSTRAINT goals_pending_revision_fkey FOREIGN KEY (pending_revision_id) REFERENCES goal_revisions (id);

CREATE TABLE goal_agreements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The order decisions were made in, even within one instant.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  practice_id uuid NOT NULL REFERENCES practices (id),
  goal_id uuid NOT NULL REFERENCES goals (id),
  revision_id uuid NOT NULL REFERENCES goal_revisions (id),
  user_id uuid NOT NULL REFERENCES users (id),
  side text NOT NULL CHECK (side IN ('coach', 'client')),
  decision text NOT NULL CHECK (decision IN ('agree', 'decline')),
  comment text NOT NULL DEFAULT '',
  -- Proposing a revision is agreeing to it: that agreement is recorded, marked implied.
  implied boolean NOT NULL DEFAULT false,
  at timestamptz NOT NULL
);
CREATE INDEX goal_agreements_goal_idx ON goal_agreements (goal_id, seq);
CREATE TRIGGER goal_agreements_append_only BEFORE UPDATE OR DELETE ON goal_agreements
  FOR EACH ROW EXECUTE FUNCTION tandem_refuse_change();

-- Goals belong to the two people of the engagement: its coach and its client.
CREATE FUNCTION tandem_my_engagements() RETURNS SETOF uuid LANGUAGE sql STABLE AS
$$ SELECT id FROM engagements WHERE coach_id = tandem_user_id() OR client_id = tandem_user_id() $$;

ALTER TABLE goals ENABLE ROW LEVEL SECURITY;
ALTER TABLE goals FORCE ROW LEVEL SECURITY;
CREATE POLICY goals_members ON goals
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT tandem_my_engagements()))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT tandem_my_engagements()));

ALTER TABLE goal_revisions ENABLE ROW LEVEL SECURITY;
ALTER TABLE goal_revisions FORCE ROW LEVEL SECURITY;
CREATE POLICY goal_revisions_members ON goal_revisions
  USING (practice_id = tandem_practice_id() AND goal_id IN (SELECT id FROM goals))
  WITH CHECK (practice_id = tandem_practice_id() AND goal_id IN (SELECT id FROM goals) AND author_id = tandem_user_id());

ALTER TABLE goal_agreements ENABLE ROW LEVEL SECURITY;
ALTER TABLE goal_agreements FORCE ROW LEVEL SECURITY;
CREATE POLICY goal_agreements_members ON goal_agreements
  USING (practice_id = tandem_practice_id() AND goal_id IN (SELECT id FROM goals))
  WITH CHECK (practice_id = tandem_practice_id() AND goal_id IN (SELECT id FROM goals) AND user_id = tandem_user_id());

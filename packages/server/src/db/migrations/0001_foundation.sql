-- Tandem's foundation: practices, people, engagements, values, and the row-level security
-- that keeps each practice's data to itself.
--
-- Every request runs as the role tandem_app with tandem.user_id, tandem.practice_id and
-- tandem.role set for its transaction. tandem_app does not bypass row-level security, so the
-- policies below hold even when a query forgets its WHERE clause. The few lookups that must
-- cross practices before anyone is known (sign-in by email, a token from a link) go through
-- SECURITY DEFINER functions that take the secret and return only the matching row.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tandem_app') THEN
    CREATE ROLE tandem_app NOLOGIN NOBYPASSRLS;
  END IF;
  IF NOT pg_has_role(current_user, 'tandem_app', 'MEMBER') THEN
    EXECUTE format('GRANT tandem_app TO %I', current_user);
  END IF;
END
$$;

CREATE FUNCTION tandem_user_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('tandem.user_id', true), '')::uuid $$;

CREATE FUNCTION tandem_practice_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('tandem.practice_id', true), '')::uuid $$;

CREATE FUNCTION tandem_role() RETURNS text LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('tandem.role', true), '') $$;

CREATE TABLE practices (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY,
  email text NOT NULL CHECK (email = lower(email)),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'lv')),
  time_zone text NOT NULL DEFAULT 'Europe/Riga',
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE memberships (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id),
  user_id uuid NOT NULL REFERENCES users (id),
  role text NOT NULL CHECK (role IN ('owner', 'coach', 'client')),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT memberships_practice_user_key UNIQUE (practice_id, user_id)
);
CREATE INDEX memberships_user_idx ON memberships (user_id);

-- Credentials: a browser session (cookie) or a CLI token (bearer). Only hashes are stored.
CREATE TABLE auth_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users (id),
  practice_id uuid NOT NULL REFERENCES practices (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES users (id),
  practice_id uuid NOT NULL REFERENCES practices (id),
  label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);

-- Failed and successful sign-ins per email, so that throttling holds across app servers.
CREATE TABLE login_attempts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  succeeded boolean NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX login_attempts_email_at_idx ON login_attempts (email, at DESC);

CREATE TABLE engagements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id),
  coach_id uuid NOT NULL REFERENCES users (id),
  client_id uuid REFERENCES users (id),
  status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'active', 'paused', 'ended')),
  started_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'invited') = (client_id IS NULL))
);
CREATE INDEX engagements_practice_idx ON engagements (practice_id, created_at);
CREATE INDEX engagements_client_idx ON engagements (client_id);
CREATE INDEX engagements_coach_idx ON engagements (coach_id);

CREATE TABLE invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id),
  email text NOT NULL CHECK (email = lower(email)),
  name text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  invited_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_by uuid REFERENCES users (id)
);
CREATE INDEX invitations_engagement_idx ON invitations (engagement_id);

-- "values" is an SQL keyword, hence client_values: the client's values and aspirations.
CREATE TABLE client_values (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL REFERENCES engagements (id),
  kind text NOT NULL CHECK (kind IN ('value', 'aspiration')),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  archived_at timestamptz
);
CREATE INDEX client_values_engagement_idx ON client_values (engagement_id, created_at);

CREATE TABLE audit_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  practice_id uuid REFERENCES practices (id),
  actor_id uuid REFERENCES users (id),
  action text NOT NULL,
  subject_type text NOT NULL,
  subject_id uuid,
  details jsonb NOT NULL DEFAULT '{}'::jsonb,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_practice_idx ON audit_events (practice_id, at);

-- Row-level security. FORCE makes the policies bind the tables' owner too (unless it is a
-- superuser or has BYPASSRLS, which only migrations and the functions below rely on).
ALTER TABLE practices ENABLE ROW LEVEL SECURITY;
ALTER TABLE practices FORCE ROW LEVEL SECURITY;
CREATE POLICY practices_own ON practices
  USING (id = tandem_practice_id())
  WITH CHECK (id = tandem_practice_id());

ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
-- Everyone sees their own memberships; coaches see the whole practice's.
CREATE POLICY memberships_visible ON memberships FOR SELECT
  USING (user_id = tandem_user_id()
         OR (practice_id = tandem_practice_id() AND tandem_role() IN ('owner', 'coach')));
CREATE POLICY memberships_insert ON memberships FOR INSERT
  WITH CHECK (practice_id = tandem_practice_id());

ALTER TABLE engagements ENABLE ROW LEVEL SECURITY;
ALTER TABLE engagements FORCE ROW LEVEL SECURITY;
-- An engagement is seen by its coach, its client, and the practice's owner.
CREATE POLICY engagements_participants ON engagements
  USING (practice_id = tandem_practice_id()
         AND (coach_id = tandem_user_id() OR client_id = tandem_user_id() OR tandem_role() = 'owner'))
  WITH CHECK (practice_id = tandem_practice_id());

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
-- A person sees themselves, the people of the engagements they see, and (as a coach) the
-- members of their practice.
CREATE POLICY users_visible ON users FOR SELECT
  USING (id = tandem_user_id()
         OR id IN (SELECT user_id FROM memberships
                   WHERE practice_id = tandem_practice_id() AND tandem_role() IN ('owner', 'coach'))
         OR id IN (SELECT coach_id FROM engagements)
         OR id IN (SELECT client_id FROM engagements));
CREATE POLICY users_insert_self ON users FOR INSERT WITH CHECK (id = tandem_user_id());
CREATE POLICY users_update_self ON users FOR UPDATE
  USING (id = tandem_user_id()) WITH CHECK (id = tandem_user_id());

ALTER TABLE auth_sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE auth_sessions FORCE ROW LEVEL SECURITY;
CREATE POLICY auth_sessions_own ON auth_sessions
  USING (user_id = tandem_user_id()) WITH CHECK (user_id = tandem_user_id());

ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_tokens FORCE ROW LEVEL SECURITY;
CREATE POLICY api_tokens_own ON api_tokens
  USING (user_id = tandem_user_id()) WITH CHECK (user_id = tandem_user_id());

ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY invitations_practice ON invitations
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT id FROM engagements))
  WITH CHECK (practice_id = tandem_practice_id());

ALTER TABLE client_values ENABLE ROW LEVEL SECURITY;
ALTER TABLE client_values FORCE ROW LEVEL SECURITY;
CREATE POLICY client_values_engagement ON client_values
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT id FROM engagements))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT id FROM engagements));

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_events_practice ON audit_events
  USING (practice_id = tandem_practice_id() OR actor_id = tandem_user_id())
  WITH CHECK (practice_id IS NOT DISTINCT FROM tandem_practice_id() OR actor_id = tandem_user_id());

-- The doorways for secrets. Each takes a hash of a secret the caller holds and returns only
-- what that secret unlocks.
CREATE FUNCTION tandem_resolve_credential(p_token_hash text, p_now timestamptz)
RETURNS TABLE (user_id uuid, practice_id uuid, role text, credential_id uuid, credential_kind text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT s.user_id, s.practice_id, m.role, s.id, 'session'
    FROM auth_sessions s JOIN memberships m ON m.user_id = s.user_id AND m.practice_id = s.practice_id
   WHERE s.token_hash = p_token_hash AND s.expires_at > p_now
  UNION ALL
  SELECT t.user_id, t.practice_id, m.role, t.id, 'api_token'
    FROM api_tokens t JOIN memberships m ON m.user_id = t.user_id AND m.practice_id = t.practice_id
   WHERE t.token_hash = p_token_hash AND t.revoked_at IS NULL
$$;

CREATE FUNCTION tandem_find_login(p_email text)
RETURNS TABLE (user_id uuid, password_hash text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT id, password_hash FROM users WHERE email = lower(p_email)
$$;

CREATE FUNCTION tandem_find_invitation(p_token_hash text)
RETURNS TABLE (id uuid, practice_id uuid, practice_name text, engagement_id uuid, email text,
               name text, coach_name text, expires_at timestamptz, accepted_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT i.id, i.practice_id, p.name, i.engagement_id, i.email, i.name, u.name, i.expires_at, i.accepted_at
    FROM invitations i
    JOIN practices p ON p.id = i.practice_id
    JOIN engagements e ON e.id = i.engagement_id
    JOIN users u ON u.id = e.coach_id
   WHERE i.token_hash = p_token_hash
$$;

-- Marks the invitation (found by its token) used and makes its engagement the accepting client's, once: a second
-- call for the same invitation changes nothing and returns false.
CREATE FUNCTION tandem_claim_invitation(p_token_hash text, p_user_id uuid, p_now timestamptz, p_started_on date)
RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  v_engagement uuid;
BEGIN
  UPDATE invitations SET accepted_at = p_now, accepted_by = p_user_id
   WHERE token_hash = p_token_hash AND accepted_at IS NULL AND expires_at > p_now
     AND p_user_id = tandem_user_id()
  RETURNING engagement_id INTO v_engagement;
  IF v_engagement IS NULL THEN
    RETURN false;
  END IF;
  UPDATE engagements SET client_id = p_user_id, status = 'active', started_on = p_started_on
   WHERE id = v_engagement AND status = 'invited';
  RETURN true;
END
$$;

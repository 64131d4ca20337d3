-- Security basics (issue 8): password reset links, two-factor sign-in with recovery codes, and
-- throttling of reset requests next to sign-in attempts.
--
-- Every secret is stored as a hash except the TOTP secret, which the server must read to check a
-- code. Each table belongs to one person: row-level security shows a row only to its own user.
-- The request role may not delete these rows; a used or retired one is marked, and kept.

-- What an attempt was: a sign-in (password, then the second factor) or a request for a reset link.
-- Both are throttled per email from this table, so that the limit holds across app servers.
ALTER TABLE login_attempts ADD COLUMN kind text NOT NULL DEFAULT 'sign_in'
  CHECK (kind IN ('sign_in', 'password_reset'));
CREATE INDEX login_attempts_email_kind_at_idx ON login_attempts (email, kind, at DESC);

-- A link to set a new password: sent by email, used once, expires.
CREATE TABLE password_resets (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX password_resets_user_idx ON password_resets (user_id);

-- A person's authenticator (TOTP). `secret` is set when setup starts and confirmed by a first
-- code (`enabled_at`); disabling clears both. `last_used_step` refuses a code seen before.
CREATE TABLE two_factor_credentials (
  user_id uuid PRIMARY KEY REFERENCES users (id),
  secret text,
  enabled_at timestamptz,
  last_used_step integer,
  updated_at timestamptz NOT NULL,
  CHECK (enabled_at IS NULL OR secret IS NOT NULL)
);

-- Single-use codes for when the authenticator is lost; argon2id hashes. A new set (or disabling
-- two-factor sign-in) retires the old one.
CREATE TABLE recovery_codes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  code_hash text NOT NULL,
  created_at timestamptz NOT NULL,
  used_at timestamptz,
  retired_at timestamptz
);
CREATE INDEX recovery_codes_user_idx ON recovery_codes (user_id) WHERE used_at IS NULL AND retired_at IS NULL;

-- An owner reads the practice's audit log newest first, a page at a time.
CREATE INDEX audit_events_practice_at_idx ON audit_events (practice_id, at DESC, id DESC);

ALTER TABLE password_resets ENABLE ROW LEVEL SECURITY;
ALTER TABLE password_resets FORCE ROW LEVEL SECURITY;
CREATE POLICY password_resets_own ON password_resets
  USING (user_id = tandem_user_id()) WITH CHECK (user_id = tandem_user_id());

ALTER TABLE two_factor_credentials ENABLE ROW LEVEL SECURITY;
ALTER TABLE two_factor_credentials FORCE ROW LEVEL SECURITY;
CREATE POLICY two_factor_credentials_own ON two_factor_credentials
  USING (user_id = tandem_user_id()) WITH CHECK (user_id = tandem_user_id());

ALTER TABLE recovery_codes ENABLE ROW LEVEL SECURITY;
ALTER TABLE recovery_codes FORCE ROW LEVEL SECURITY;
CREATE POLICY recovery_codes_own ON recovery_codes
  USING (user_id = tandem_user_id()) WITH CHECK (user_id = tandem_user_id());

-- The doorway for a reset link: before anyone is known, the hash of the token the caller holds
-- finds the one reset it unlocks (and whose it is), and nothing else.
CREATE FUNCTION tandem_find_password_reset(p_token_hash text)
RETURNS TABLE (id uuid, user_id uuid, expires_at timestamptz, used_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT id, user_id, expires_at, used_at FROM password_resets WHERE token_hash = p_token_hash
$$;

-- Every request begins by resolving its credential (decision 016). As a LANGUAGE sql function
-- called from a query, PostgreSQL 15 parses and plans the function's body again at every call:
-- a quarter of the database's time under load went there. In PL/pgSQL the same query is planned
-- once per connection and its plan kept. Same signature, same answer.
CREATE OR REPLACE FUNCTION tandem_resolve_credential(p_token_hash text, p_now timestamptz)
RETURNS TABLE (user_id uuid, practice_id uuid, role text, credential_id uuid, credential_kind text, locale text, time_zone text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  RETURN QUERY
  SELECT s.user_id, s.practice_id, m.role, s.id, 'session'::text, u.locale, u.time_zone
    FROM auth_sessions s
    JOIN memberships m ON m.user_id = s.user_id AND m.practice_id = s.practice_id
    JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = p_token_hash AND s.expires_at > p_now
  UNION ALL
  SELECT t.user_id, t.practice_id, m.role, t.id, 'api_token'::text, u.locale, u.time_zone
    FROM api_tokens t
    JOIN memberships m ON m.user_id = t.user_id AND m.practice_id = t.practice_id
    JOIN users u ON u.id = t.user_id
   WHERE t.token_hash = p_token_hash AND t.revoked_at IS NULL;
END
$$;

-- Who may read a person's name: themselves, a practice's coaches and owner (every member), and
-- the people they share an engagement with. The same rule as before, but asked of each row read
-- through the indexes (memberships' practice-and-person key, engagements' coach and client indexes) instead of
-- hashing every membership and engagement of the practice for each statement.
DROP POLICY users_visible ON users;
CREATE POLICY users_visible ON users FOR SELECT
  USING (id = tandem_user_id()
         OR (tandem_role() IN ('owner', 'coach')
             AND EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = users.id AND m.practice_id = tandem_practice_id()))
         OR EXISTS (SELECT 1 FROM engagements e WHERE e.coach_id = users.id OR e.client_id = users.id));

-- Kept inbox rows are rewritten whenever a client's data moves: have autovacuum clear them and
-- refresh their statistics after a few percent have changed (not the default fifth), so the first
-- page keeps being read along the rank index.
ALTER TABLE inbox_standings SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
ALTER TABLE inbox_standing_items SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);

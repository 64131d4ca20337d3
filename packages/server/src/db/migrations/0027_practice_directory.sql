-- The people of the caller's practice (id, name, email), for an owner or a coach: what row-level
-- security on `users` already shows them, in one look at the practice's memberships. A list of
-- the whole practice's engagements sorts by the clients' names; read through `users`, every one
-- of a thousand rows was checked by the policy on its own (an index probe into memberships each),
-- most of that list's cost (decision 030). Anyone else gets no rows.
CREATE FUNCTION tandem_practice_people()
RETURNS TABLE (id uuid, name text, email text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT u.id, u.name, u.email
    FROM memberships m
    JOIN users u ON u.id = m.user_id
   WHERE m.practice_id = tandem_practice_id() AND tandem_role() IN ('owner', 'coach')
$$;

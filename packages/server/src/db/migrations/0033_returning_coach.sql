-- A coach the owner removed (decision 034) keeps their account, with no practice. Until now their
-- address could not be invited again: every invitation refused an address with an account. An
-- owner may now invite such a person back as a coach, and they accept with their own password
-- (decision 036). Whether an address belongs to an account, and whether that account is a member
-- of any practice, crosses practices before anyone is known, so it is answered here, and only
-- that: 'none' (no account), 'member' (an account in some practice) or 'former' (an account in
-- none).
CREATE FUNCTION tandem_account_standing(p_email text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT CASE
           WHEN u.id IS NULL THEN 'none'
           WHEN EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id) THEN 'member'
           ELSE 'former'
         END
    FROM (VALUES (1)) AS one (x) LEFT JOIN users u ON u.email = lower(p_email)
$$;

-- The page an invitation link opens could only say that a link no longer working "expired or was
-- replaced": the doorway (0026) said nothing of newer links. It now says whether a newer link was
-- made for the same person (the same engagement's client, or a coach at the same address in the
-- same practice) once this one had stopped working (a new link ends the earlier ones at the moment
-- it is made), so that the page can send them to the latest email instead of to their coach.
-- A new column in its answer is a new return type: dropped and created again. A server of the
-- previous version names the columns it reads, and reads them as before.
DROP FUNCTION tandem_find_invitation(text);
CREATE FUNCTION tandem_find_invitation(p_token_hash text)
RETURNS TABLE (id uuid, practice_id uuid, practice_name text, engagement_id uuid, email text,
               name text, coach_name text, expires_at timestamptz, accepted_at timestamptz, role text,
               replaced boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT i.id, i.practice_id, p.name, i.engagement_id, i.email, i.name, u.name, i.expires_at, i.accepted_at, i.role,
         EXISTS (SELECT 1 FROM invitations newer
                  WHERE newer.practice_id = i.practice_id AND newer.id <> i.id AND newer.created_at >= i.expires_at
                    AND CASE WHEN i.role = 'client' THEN newer.engagement_id = i.engagement_id
                             ELSE newer.role = 'coach' AND newer.email = i.email END)
    FROM invitations i
    JOIN practices p ON p.id = i.practice_id
    LEFT JOIN engagements e ON e.id = i.engagement_id
    JOIN users u ON u.id = coalesce(e.coach_id, i.invited_by)
   WHERE i.token_hash = p_token_hash
$$;

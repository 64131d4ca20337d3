-- A practice's owner invites coaches as a coach invites clients: a single-use link, kept as an
-- invitation of the role it offers. An invitation for a coach names no engagement: the coach
-- joins the practice, and takes on clients of their own afterwards.
ALTER TABLE invitations ALTER COLUMN engagement_id DROP NOT NULL;
ALTER TABLE invitations ADD COLUMN role text NOT NULL DEFAULT 'client' CHECK (role IN ('client', 'coach'));
ALTER TABLE invitations ADD CONSTRAINT invitations_role_engagement CHECK ((role = 'client') = (engagement_id IS NOT NULL));
-- The owner's list of open invitations for coaches.
CREATE INDEX invitations_coach_idx ON invitations (practice_id, created_at) WHERE role = 'coach';

-- A client's invitation is seen with its engagement, as before; a coach's by the practice's owner only.
DROP POLICY invitations_practice ON invitations;
CREATE POLICY invitations_practice ON invitations
  USING (practice_id = tandem_practice_id()
         AND (engagement_id IN (SELECT id FROM engagements) OR (role = 'coach' AND tandem_role() = 'owner')))
  WITH CHECK (practice_id = tandem_practice_id() AND (role = 'client' OR tandem_role() = 'owner'));

-- Who invites, for the page the link opens: a client's coach, or the owner who invited a coach.
DROP FUNCTION tandem_find_invitation(text);
CREATE FUNCTION tandem_find_invitation(p_token_hash text)
RETURNS TABLE (id uuid, practice_id uuid, practice_name text, engagement_id uuid, email text,
               name text, coach_name text, expires_at timestamptz, accepted_at timestamptz, role text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT i.id, i.practice_id, p.name, i.engagement_id, i.email, i.name, u.name, i.expires_at, i.accepted_at, i.role
    FROM invitations i
    JOIN practices p ON p.id = i.practice_id
    LEFT JOIN engagements e ON e.id = i.engagement_id
    JOIN users u ON u.id = coalesce(e.coach_id, i.invited_by)
   WHERE i.token_hash = p_token_hash
$$;

-- Marks the invitation (found by its token) used, once, and for a client's invitation makes its
-- engagement the accepting client's: a second call for the same invitation changes nothing and
-- returns false.
CREATE OR REPLACE FUNCTION tandem_claim_invitation(p_token_hash text, p_user_id uuid, p_now timestamptz, p_started_on date)
RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  v_invitation uuid;
  v_engagement uuid;
BEGIN
  UPDATE invitations SET accepted_at = p_now, accepted_by = p_user_id
   WHERE token_hash = p_token_hash AND accepted_at IS NULL AND expires_at > p_now
     AND p_user_id = tandem_user_id()
  RETURNING id, engagement_id INTO v_invitation, v_engagement;
  IF v_invitation IS NULL THEN
    RETURN false;
  END IF;
  IF v_engagement IS NOT NULL THEN
    UPDATE engagements SET client_id = p_user_id, status = 'active', started_on = p_started_on
     WHERE id = v_engagement AND status = 'invited';
  END IF;
  RETURN true;
END
$$;

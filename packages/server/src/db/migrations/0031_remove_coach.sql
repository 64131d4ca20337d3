-- The owner removes a coach from the practice (decision 034): their membership ends, with every
-- sign-in session and API token they hold in it, and what was kept for them to read. The request
-- role may change none of those rows for someone else, so, like the practice's erasure (0012),
-- this is a doorway that checks first that the caller owns the practice the transaction is set
-- to, that the person is one of its coaches, and that no engagement of the practice is theirs,
-- ended or not (the owner hands those over first). Their account stays: it is named on what
-- they wrote, which stays the practice's (0030).
CREATE FUNCTION tandem_remove_coach(p_coach uuid, p_now timestamptz) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
  v_practice uuid := tandem_practice_id();
  v_sessions int;
  v_tokens int;
BEGIN
  IF v_practice IS NULL OR tandem_role() IS DISTINCT FROM 'owner' THEN
    RAISE EXCEPTION 'only the owner removes a coach' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM memberships WHERE practice_id = v_practice AND user_id = p_coach AND role = 'coach') THEN
    RAISE EXCEPTION 'not a coach of the practice' USING ERRCODE = 'check_violation';
  END IF;
  IF EXISTS (SELECT 1 FROM engagements WHERE practice_id = v_practice AND coach_id = p_coach) THEN
    RAISE EXCEPTION 'the coach still has engagements' USING ERRCODE = 'check_violation';
  END IF;
  DELETE FROM memberships WHERE practice_id = v_practice AND user_id = p_coach;
  DELETE FROM auth_sessions WHERE practice_id = v_practice AND user_id = p_coach;
  GET DIAGNOSTICS v_sessions = ROW_COUNT;
  UPDATE api_tokens SET revoked_at = p_now WHERE practice_id = v_practice AND user_id = p_coach AND revoked_at IS NULL;
  GET DIAGNOSTICS v_tokens = ROW_COUNT;
  DELETE FROM kept_answers WHERE practice_id = v_practice AND user_id = p_coach;
  DELETE FROM kept_inboxes WHERE practice_id = v_practice AND user_id = p_coach;
  DELETE FROM inbox_standings WHERE practice_id = v_practice AND user_id = p_coach;
  RETURN jsonb_build_object('sessionsEnded', v_sessions, 'tokensRevoked', v_tokens);
END
$$;

-- The audit log lost the names of coaches the owner had removed (decision 034). An owner sees
-- the people of the practice (users_visible), and a removed coach is no longer one of them
-- unless a client of hers was handed over. So the log showed the event of her removal without
-- whom it removed, and her own sign-ins and exports without who did them. An audit log that
-- forgets who did something once they leave answers the owner's first question least well.
--
-- tandem_removed_coaches() names, to the practice's owner and nobody else, the accounts that
-- the practice's log records as removed coaches: the owner knew them as people of the practice,
-- and the log is the owner's alone. Read once a statement (a CTE), beside the join on users.
CREATE INDEX audit_events_coach_removed_idx ON audit_events (practice_id, subject_id) WHERE action = 'coach_removed';

CREATE FUNCTION tandem_removed_coaches()
RETURNS TABLE (id uuid, name text, email text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT u.id, u.name, u.email
    FROM users u
   WHERE tandem_role() = 'owner'
     AND u.id IN (SELECT a.subject_id FROM audit_events a
                   WHERE a.practice_id = tandem_practice_id() AND a.action = 'coach_removed')
$$;

-- The practice's directory (0027) has served nobody since migration 0029; it was kept for the
-- servers of that version during a rolling deploy. A doorway past row-level security that nothing
-- calls is one too many.
DROP FUNCTION tandem_practice_people();

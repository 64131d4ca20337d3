-- A stakeholder's page spoke the language of their browser, so a Latvian client's Latvian question
-- showed inside an English page. Each request now keeps the language its page opens in: the one
-- the asker chose, their own by default. Requests asked before speak their asker's language.
ALTER TABLE feedback_requests ADD COLUMN locale text CHECK (locale IN ('en', 'lv'));

-- Row-level security is forced even for the tables' owner: lifted for the back-fill only.
ALTER TABLE feedback_requests NO FORCE ROW LEVEL SECURITY;
ALTER TABLE users NO FORCE ROW LEVEL SECURITY;
UPDATE feedback_requests f SET locale = u.locale FROM users u WHERE u.id = f.requested_by;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
ALTER TABLE feedback_requests FORCE ROW LEVEL SECURITY;

ALTER TABLE feedback_requests ALTER COLUMN locale SET NOT NULL;

-- The stakeholder's doorway, as before (0003), with the language of the page. A new column in
-- its answer is a new return type: the function is dropped and created again.
DROP FUNCTION tandem_find_feedback_request(text);
CREATE FUNCTION tandem_find_feedback_request(p_token_hash text)
RETURNS TABLE (id uuid, practice_id uuid, goal_id uuid, stakeholder_name text, question text,
               client_first_name text, expires_at timestamptz, answered_at timestamptz, locale text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
  SELECT f.id, f.practice_id, f.goal_id, f.stakeholder_name, f.question,
         split_part(u.name, ' ', 1), f.expires_at, f.answered_at, f.locale
    FROM feedback_requests f
    JOIN goals g ON g.id = f.goal_id
    JOIN engagements e ON e.id = g.engagement_id
    JOIN users u ON u.id = e.client_id
   WHERE f.token_hash = p_token_hash
$$;

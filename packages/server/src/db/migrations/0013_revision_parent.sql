-- A revision states where the goal stands in the cascade as well as its words (issue 7: a review
-- may realign a goal under a different parent). The goal's parent_id is the parent of the words
-- in force; a revision that moves the goal takes effect, like any revision, when both agree.
ALTER TABLE goal_revisions ADD COLUMN parent_id uuid REFERENCES goals (id);

ALTER TABLE goal_revisions NO FORCE ROW LEVEL SECURITY;
ALTER TABLE goals NO FORCE ROW LEVEL SECURITY;
ALTER TABLE goal_revisions DISABLE TRIGGER USER;
UPDATE goal_revisions r SET parent_id = g.parent_id FROM goals g WHERE g.id = r.goal_id AND g.parent_id IS NOT NULL;
ALTER TABLE goal_revisions ENABLE TRIGGER USER;
ALTER TABLE goal_revisions FORCE ROW LEVEL SECURITY;
ALTER TABLE goals FORCE ROW LEVEL SECURITY;

-- A goal never sits under itself.
ALTER TABLE goal_revisions ADD CONSTRAINT goal_revisions_not_own_parent CHECK (parent_id IS DISTINCT FROM goal_id);
ALTER TABLE goals ADD CONSTRAINT goals_not_own_parent CHECK (parent_id IS DISTINCT FROM id);

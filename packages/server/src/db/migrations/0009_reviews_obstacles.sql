-- 90-day reviews and the obstacle log (issue 7).
--
-- A review is a record of a conversation: when it was held, where the goal stood then (a snapshot
-- of its progress and risk), what was learnt, the answers to the walk-through questions, and the
-- outcome. It is never changed afterwards. A `modify` or `realign` outcome names the revision it
-- proposed; the goal's own agreement flow decides when that revision comes into force.
--
-- An obstacle is what gets in the way of a goal, with its category, root cause, the reframing
-- question chosen and its answer, and the contingency plan. It is edited (under a version) until it
-- is resolved; obstacle_events keeps every version of its words. Every table carries practice_id
-- and engagement_id (decision 007) and belongs to both people of the engagement.

CREATE TABLE reviews (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL,
  goal_id uuid NOT NULL,
  -- A calendar date in the time zone of the person who recorded it.
  held_on date NOT NULL,
  -- When the review was due as it was held (null for a goal that was not active).
  due_on date,
  outcome text NOT NULL CHECK (outcome IN ('keep', 'modify', 'realign', 'drop')),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
  reason text NOT NULL DEFAULT '' CHECK (length(reason) <= 1000),
  -- The changes asked for (modify, realign), as posted, and the revision they became.
  changes jsonb NOT NULL DEFAULT '{}',
  revision_id uuid REFERENCES goal_revisions (id),
  -- { questionKey: answer }
  answers jsonb NOT NULL DEFAULT '{}',
  -- { status, progress, expectedProgress, hasMeasure, reasons: [{ code, severity, params, text: { en, lv } }] }
  snapshot jsonb NOT NULL,
  held_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL,
  CHECK ((revision_id IS NOT NULL) = (outcome IN ('modify', 'realign'))),
  CONSTRAINT reviews_goal_fkey FOREIGN KEY (goal_id, engagement_id) REFERENCES goals (id, engagement_id)
);
-- A goal's reviews in order, and its last one (lastReviewOnOfGoals) by walking back one index.
CREATE INDEX reviews_goal_idx ON reviews (goal_id, held_on, seq);
-- An engagement's review cycle (the summary the coach and the client look at together).
CREATE INDEX reviews_engagement_idx ON reviews (engagement_id, held_on);
CREATE TRIGGER reviews_append_only BEFORE UPDATE OR DELETE ON reviews
  FOR EACH ROW EXECUTE FUNCTION tandem_refuse_change();

CREATE TABLE obstacles (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL,
  goal_id uuid NOT NULL,
  logged_by uuid NOT NULL REFERENCES users (id),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
  category text NOT NULL CHECK (category IN ('unanticipated_event', 'competing_priorities', 'lost_motivation',
                                             'insufficient_progress', 'missing_skills_resources_support', 'changed_circumstances')),
  root_cause text NOT NULL DEFAULT '' CHECK (length(root_cause) <= 4000),
  -- The reframing question chosen (one offered for the category, or the person's own) and its answer.
  reframing_question text NOT NULL DEFAULT '' CHECK (length(reframing_question) <= 1000),
  reframing_answer text NOT NULL DEFAULT '' CHECK (length(reframing_answer) <= 4000),
  -- If this happens, then we do that. Empty: no plan yet (a risk reason while the obstacle is open).
  contingency_plan text NOT NULL DEFAULT '' CHECK (length(contingency_plan) <= 4000),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  resolution text,
  resolved_by uuid REFERENCES users (id),
  resolved_at timestamptz,
  -- Optimistic locking: an edit based on an older version is refused (409), never overwrites.
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  CHECK ((status = 'resolved') = (resolved_at IS NOT NULL)),
  CONSTRAINT obstacles_goal_fkey FOREIGN KEY (goal_id, engagement_id) REFERENCES goals (id, engagement_id),
  CONSTRAINT obstacles_engagement_key UNIQUE (id, engagement_id)
);
CREATE INDEX obstacles_goal_idx ON obstacles (goal_id, seq);
-- Open obstacles without a plan, counted per goal (openObstaclesWithoutPlanOfGoals).
CREATE INDEX obstacles_open_without_plan_idx ON obstacles (goal_id) WHERE status = 'open' AND contingency_plan = '';

-- An obstacle's history: logged, each edit (which fields changed, and the words after it), resolved.
-- Never changed, so an edit never loses what the obstacle said before.
CREATE TABLE obstacle_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  seq bigint GENERATED ALWAYS AS IDENTITY,
  practice_id uuid NOT NULL REFERENCES practices (id),
  engagement_id uuid NOT NULL,
  obstacle_id uuid NOT NULL,
  actor_id uuid NOT NULL REFERENCES users (id),
  at timestamptz NOT NULL,
  kind text NOT NULL CHECK (kind IN ('logged', 'edited', 'resolved')),
  -- The obstacle's version after the event.
  version integer NOT NULL,
  changed_fields text[] NOT NULL DEFAULT '{}',
  -- The words after the event (description, category, rootCause, reframing, plan; resolution when resolved).
  words jsonb NOT NULL,
  CONSTRAINT obstacle_events_obstacle_fkey FOREIGN KEY (obstacle_id, engagement_id) REFERENCES obstacles (id, engagement_id)
);
CREATE INDEX obstacle_events_obstacle_idx ON obstacle_events (obstacle_id, seq);
CREATE TRIGGER obstacle_events_append_only BEFORE UPDATE OR DELETE ON obstacle_events
  FOR EACH ROW EXECUTE FUNCTION tandem_refuse_change();

-- Both people of the engagement: its coach and its client. A review is recorded by the person
-- signed in, never on someone else's behalf.
ALTER TABLE reviews ENABLE ROW LEVEL SECURITY;
ALTER TABLE reviews FORCE ROW LEVEL SECURITY;
CREATE POLICY reviews_members ON reviews
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e)
              AND held_by = tandem_user_id());

ALTER TABLE obstacles ENABLE ROW LEVEL SECURITY;
ALTER TABLE obstacles FORCE ROW LEVEL SECURITY;
CREATE POLICY obstacles_members ON obstacles
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e));

ALTER TABLE obstacle_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE obstacle_events FORCE ROW LEVEL SECURITY;
CREATE POLICY obstacle_events_members ON obstacle_events
  USING (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e))
  WITH CHECK (practice_id = tandem_practice_id() AND engagement_id IN (SELECT e FROM tandem_my_engagements() AS e)
              AND actor_id = tandem_user_id());

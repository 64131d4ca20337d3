-- The SMART assessment of a goal's words in force, as they stand with the goal's metrics today.
-- Each revision keeps the assessment it was saved with; this one is refreshed when the words or
-- the metrics change, so that "Measurable" turns met once a metric with a baseline is added.
ALTER TABLE goals ADD COLUMN smart jsonb;

-- A person takes part in a handful of engagements (a coach in tens): telling the planner so lets
-- it use the goal and metric indexes under row-level security instead of scanning whole tables.
ALTER FUNCTION tandem_my_engagements() ROWS 10;

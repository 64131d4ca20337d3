-- The SMART assessment of a goal's words in force, as they stand with the goal's metrics today.
-- Each revision keeps the assessment it was saved with; this one is refreshed when the words or
-- the metrics change, so that "Measurable" turns met once a metric with a baseline is added.
ALTER TABLE goals ADD COLUMN smart jsonb;

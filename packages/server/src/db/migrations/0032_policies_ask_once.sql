-- Row-level security asks who is asking once a statement, not once a row (decision 035). The
-- policies compared each row with tandem_user_id(), tandem_practice_id() and tandem_role(),
-- which PostgreSQL inlines as current_setting(...) and evaluated again for every row a scan
-- passed: on the owner's look at a practice of 1,000 engagements, three settings read and two
-- uuids parsed a thousand times, about a third of the statement's time. Wrapped in a scalar
-- subquery, each is computed once, before the scan (an InitPlan), and still serves as an index
-- condition. Every policy keeps its meaning: only the calls are wrapped, here by rewriting each
-- policy's own expression, so that none is written out a second time.
DO $$
DECLARE
  p record;
  v_call constant text := '(?<!SELECT )(\m[a-z_0-9]+\.)?tandem_(user_id|practice_id|role)\(\)';
BEGIN
  FOR p IN
    SELECT policyname, tablename, qual, with_check FROM pg_policies WHERE schemaname = current_schema()
  LOOP
    IF p.qual IS NOT NULL THEN
      EXECUTE format('ALTER POLICY %I ON %I USING (%s)', p.policyname, p.tablename, regexp_replace(p.qual, v_call, '(SELECT \&)', 'g'));
    END IF;
    IF p.with_check IS NOT NULL THEN
      EXECUTE format('ALTER POLICY %I ON %I WITH CHECK (%s)', p.policyname, p.tablename, regexp_replace(p.with_check, v_call, '(SELECT \&)', 'g'));
    END IF;
  END LOOP;
END
$$;

-- Check-ins are Tandem's busiest write and its longest lists (decision 019).
--
-- New check-ins take time-ordered ids (the UUID version 7 layout: the milliseconds since 1970 in
-- the first 48 bits, then random bits). A random id lands each insert on a random leaf page of the
-- three indexes that begin with it (the check-in's key, its story key and its values' key): under
-- a steady stream of check-ins most of those pages are written to the log whole after every
-- checkpoint. Time-ordered ids all land on each index's last page. Ids stay unguessable enough for
-- their purpose: they were never a secret (row-level security guards every read), and a check-in
-- shows when it was recorded anyway.
CREATE FUNCTION tandem_time_ordered_uuid() RETURNS uuid
LANGUAGE sql VOLATILE AS $$
  SELECT encode(
           set_bit(set_bit(
             overlay(uuid_send(gen_random_uuid())
                     PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
                     FROM 1 FOR 6),
             52, 1), 53, 1),
           'hex')::uuid
$$;
ALTER TABLE check_ins ALTER COLUMN id SET DEFAULT tandem_time_ordered_uuid();

-- A check-in carries a copy of its metric values, as listed ([{ "metricId", "value" }] in the
-- metrics' order): a list of a goal's check-ins then reads the check-ins alone, instead of looking
-- up each one's values in an index of every value of the practice. The copy cannot drift: values
-- are written once, with their check-in, in one statement, and neither is ever changed (both
-- tables refuse updates). check_in_values stays the source for series and current values.
ALTER TABLE check_ins ADD COLUMN metric_values json NOT NULL DEFAULT '[]';

-- Row-level security is forced even for the table's owner, and check-ins refuse changes: both
-- are lifted for the back-fill only.
ALTER TABLE check_ins NO FORCE ROW LEVEL SECURITY;
ALTER TABLE check_in_values NO FORCE ROW LEVEL SECURITY;
ALTER TABLE check_ins DISABLE TRIGGER check_ins_append_only;
UPDATE check_ins c
   SET metric_values = v.list
  FROM (SELECT check_in_id, json_agg(json_build_object('metricId', metric_id, 'value', value) ORDER BY metric_id) AS list
          FROM check_in_values GROUP BY check_in_id) v
 WHERE v.check_in_id = c.id;
ALTER TABLE check_ins ENABLE TRIGGER check_ins_append_only;
ALTER TABLE check_in_values FORCE ROW LEVEL SECURITY;
ALTER TABLE check_ins FORCE ROW LEVEL SECURITY;

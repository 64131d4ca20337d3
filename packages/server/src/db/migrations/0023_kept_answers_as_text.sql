-- What is kept for readers (a goal list, a cascade, a goal's progress, an inbox) is JSON text the
-- server wrote and checked against the route's schema itself (decisions 018, 021), and is given
-- back exactly as written. Stored as json, PostgreSQL parsed each answer again to check it on the
-- way in, and compressed it with pglz. As text it is copied in as it is, and compressed with lz4
-- where the server has it (PostgreSQL 14 and later, built with lz4; PGlite keeps pglz). Measured
-- on the big practice of issue 8 (2,000 upserts of one goal list of 20 goals, 57 kB of JSON):
-- 0.41 ms of the database's time each as json, 0.35 as text, 0.18 as text with lz4, which also
-- stores it in 3.7 kB instead of 4.5 (and writes that much less WAL). Left uncompressed (storage
-- external) it cost 0.29 ms and ten times the WAL.
ALTER TABLE kept_answers ALTER COLUMN answer TYPE text;
ALTER TABLE kept_inboxes ALTER COLUMN answer TYPE text;
DO $$
BEGIN
  IF (SELECT 'lz4' = ANY (enumvals) FROM pg_settings WHERE name = 'default_toast_compression') THEN
    ALTER TABLE kept_answers ALTER COLUMN answer SET COMPRESSION lz4;
    ALTER TABLE kept_inboxes ALTER COLUMN answer SET COMPRESSION lz4;
  END IF;
END
$$;

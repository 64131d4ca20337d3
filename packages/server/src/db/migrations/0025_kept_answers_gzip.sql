-- A kept answer (a goal list, a cascade, a goal's progress, an inbox) is stored gzip-compressed,
-- as it is sent to every client that accepts gzip (browsers, Node's fetch): a look at what was
-- kept sends the stored bytes as they are (decision 028). A goal list of 20 goals is 57 kB of JSON and 3 kB
-- gzipped: PostgreSQL reads 3 kB instead of decompressing 57 (lz4, migration 0023), the server
-- passes 3 kB on instead of 57, and so does the network.
--
-- A new column, not a new type for `answer`: a server of the previous version, running beside
-- this one during a rolling deploy, keeps reading and writing `answer` as text. The two never
-- give each other's rows: a kept row is given only to a reader of the same answer rules
-- (`reader` begins 'answer-4|' here, 'answer-3|' there; 'inbox-2|' and 'inbox-1|' for inboxes),
-- and each writes its own over the other's.
ALTER TABLE kept_answers ALTER COLUMN answer DROP NOT NULL;
ALTER TABLE kept_answers ADD COLUMN answer_gzip bytea;
-- Compressed already: stored as it is, never compressed again (out of line when the row is large).
ALTER TABLE kept_answers ALTER COLUMN answer_gzip SET STORAGE EXTERNAL;

ALTER TABLE kept_inboxes ALTER COLUMN answer DROP NOT NULL;
ALTER TABLE kept_inboxes ADD COLUMN answer_gzip bytea;
ALTER TABLE kept_inboxes ALTER COLUMN answer_gzip SET STORAGE EXTERNAL;

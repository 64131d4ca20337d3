-- A search for part of a client's name compared the letters as written: "berzina" did not find
-- "Bērziņa", though a Latvian name is often typed without its diacritics (on a phone, on an
-- English keyboard). Each engagement now keeps its client's name without them beside it: the
-- name decomposed (Unicode NFD) and stripped of its combining marks (U+0300 to U+036F), so "Ā"
-- is "A" and "ņ" is "n". As a stored generated column it follows every change of the name and
-- costs a search nothing to read (folding 1,000 names at every search cost 0.5 ms more of the
-- database's time). The search folds its words alike, and `ILIKE` ignores case (decision 038).
-- PostgreSQL normalizes Unicode only in a UTF8 database: in any other, the name is kept as it is
-- written (and found only as written), rather than every new engagement failing.
DO $$
BEGIN
  IF current_setting('server_encoding') = 'UTF8' THEN
    CREATE FUNCTION tandem_without_diacritics(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
      SELECT regexp_replace(normalize(p_text, NFD), '[\u0300-\u036f]', '', 'g')
    $body$;
  ELSE
    CREATE FUNCTION tandem_without_diacritics(p_text text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$ SELECT p_text $body$;
  END IF;
END
$$;

ALTER TABLE engagements
  ADD COLUMN client_name_plain text GENERATED ALWAYS AS (tandem_without_diacritics(client_name)) STORED;

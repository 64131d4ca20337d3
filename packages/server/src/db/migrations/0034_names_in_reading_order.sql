-- Lists ordered by a person's name (a practice's engagements, its coaches, a reader's own
-- engagements) were sorted by the database's collation. The machine's PostgreSQL and PGlite
-- both have C: code point order, in which every capital comes before every small letter and
-- every letter with a diacritic after "z": "Cibulis, Zane, anna, Āboliņa, Čakste, Šulcs". A
-- Latvian practice's clients must read "Āboliņa, anna, Čakste, Cibulis, Šulcs, Zane", as a
-- person sorts them. `tandem_names` is the Unicode collation algorithm's root order (ICU's
-- locale "und"), which both engines have and which sorts alike for English and Latvian readers
-- (Latvian's own tailoring, č after every c, is ICU's "lv", which PGlite lacks). A PostgreSQL
-- built without ICU keeps code point order rather than failing: only the order differs.
DO $$
BEGIN
  CREATE COLLATION tandem_names (provider = icu, locale = 'und');
EXCEPTION WHEN feature_not_supported THEN
  CREATE COLLATION tandem_names (provider = libc, locale = 'C');
END
$$;

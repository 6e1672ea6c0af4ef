-- Search folding (lib/search): the same text normalization for documents and queries.
-- German umlauts and ß become their two-letter spellings first (ä -> ae, ß -> ss), so "Käse",
-- "Kaese" and "KÄSE" compare equal; then unaccent removes every other accent (é -> e), then lower
-- case. lib/search/query.ts foldSearchText mirrors this for queries.
-- unaccent() is only STABLE (its dictionary could be changed), so generated columns and indexes
-- may not call it directly; naming the dictionary explicitly and schema-qualifying every call is
-- the standard way to make an IMMUTABLE wrapper. The SQL-standard body is parsed at creation, so
-- it does not depend on the search_path at run time.
CREATE OR REPLACE FUNCTION public.vitrine_search_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN pg_catalog.lower(public.unaccent('public.unaccent'::regdictionary,
    pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
    pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
      normalize(input, NFC),
      'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'),
      'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ẞ', 'SS')));
--> statement-breakpoint
-- The distinct words of a text, folded, in their first order, without bare numbers and single
-- letters: what typo tolerance compares with trigrams (products.search_text). Shorter than the
-- names it comes from, so that word_similarity, which costs time per character, stays cheap.
CREATE OR REPLACE FUNCTION public.vitrine_search_words(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN (SELECT pg_catalog.string_agg(w.word, ' ' ORDER BY w.first)
    FROM (SELECT t.word, pg_catalog.min(t.n) AS first
      FROM pg_catalog.regexp_split_to_table(public.vitrine_search_fold(input), '[^[:alnum:]]+')
        WITH ORDINALITY AS t(word, n)
      WHERE pg_catalog.length(t.word) >= 2 AND t.word !~ '^[0-9]+$'
      GROUP BY t.word) AS w);
--> statement-breakpoint
-- A text folded and stemmed both as German and as English. Both stemmers for both languages,
-- because each misses forms the other gets: german keeps "kameras" (so "Kamera" would not find
-- "Kameras"), english strips that plural -s but knows no German. Queries are stemmed both ways too
-- (lib/search/sql.ts), so every spelling that either stemmer relates meets.
CREATE OR REPLACE FUNCTION public.vitrine_search_vector(input text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN pg_catalog.to_tsvector('german'::regconfig, public.vitrine_search_fold(input))
    || pg_catalog.to_tsvector('english'::regconfig, public.vitrine_search_fold(input));
--> statement-breakpoint
-- Both descriptions as one tsvector, weight D (they match, but rank below names). Not stored: an
-- expression index holds it (products_search_descriptions_idx), which keeps the table rows narrow
-- and, since computing it is costly, tells the planner to use that index.
CREATE OR REPLACE FUNCTION public.vitrine_search_descriptions(de text, en text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN pg_catalog.setweight(public.vitrine_search_vector(
    COALESCE(de, '') || ' ' || COALESCE(en, '')), 'D');

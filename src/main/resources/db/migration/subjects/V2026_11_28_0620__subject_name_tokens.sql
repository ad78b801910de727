-- Name search at register scale (docs/BENCHMARKS.md §7). A trigram condition on a whole name makes
-- PostgreSQL read the posting lists of every trigram of the query, and a common name matches
-- thousands of subjects; the search now works on the canonical name's tokens instead:
--
-- subject_name_tokens_ix  the canonical tokens of every subject ('elamrani mohamed' → {elamrani,
--                         mohamed}), so that a search finds the subjects holding a token (or one of
--                         its spelling neighbours) for every token of the query by intersecting
--                         short posting lists
-- subject_name_token      the vocabulary of those tokens, with their deletion keys (the token with
--                         one letter left out), so that the tokens one typing error away from a
--                         query token (a letter wrong, missing, added or two letters swapped) are
--                         found by equality, and with a trigram index for the tokens further away.
--                         Kept by statement triggers on subject; a token no subject holds any more
--                         is removed with its last subject. Never shown to anyone: the search only
--                         uses it to widen the query's tokens, and every subject it returns passes
--                         the read rule.

CREATE INDEX subject_name_tokens_ix ON subject USING gin ((string_to_array(name_canonical, ' ')))
    WITH (gin_pending_list_limit = 256);

CREATE TABLE subject_name_token (
    key    TEXT  NOT NULL,
    token  TEXT  NOT NULL,
    PRIMARY KEY (key, token)
);
CREATE INDEX subject_name_token_token_ix ON subject_name_token (token);
CREATE INDEX subject_name_token_trgm_ix ON subject_name_token USING gin (token gin_trgm_ops) WHERE key = token;

-- The keys of a set of tokens: each token itself, and for tokens of three letters or more each
-- deletion key.
CREATE FUNCTION subject_name_token_keys(tokens text[]) RETURNS TABLE (key text, token text)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$
        SELECT DISTINCT k.key, t.token
        FROM (SELECT DISTINCT token FROM unnest(tokens) AS token WHERE token <> '') t
        CROSS JOIN LATERAL (
            SELECT t.token AS key
            UNION ALL
            SELECT overlay(t.token PLACING '' FROM g FOR 1) FROM generate_series(1, length(t.token)) g WHERE length(t.token) >= 3
        ) k
    $$;

-- Tokens that no subject holds any more leave the vocabulary; new tokens enter it (in key order,
-- so that two bulk writers never wait for each other in a cycle). An update only looks at the
-- tokens it changed.
CREATE FUNCTION subject_name_token_sync() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    gone text[];
    came text[];
BEGIN
    IF TG_OP = 'DELETE' THEN
        gone := ARRAY(SELECT DISTINCT unnest(string_to_array(name_canonical, ' ')) FROM old_rows);
    ELSIF TG_OP = 'UPDATE' THEN
        gone := ARRAY(SELECT unnest(string_to_array(name_canonical, ' ')) FROM old_rows
                      EXCEPT SELECT unnest(string_to_array(name_canonical, ' ')) FROM new_rows);
        came := ARRAY(SELECT unnest(string_to_array(name_canonical, ' ')) FROM new_rows
                      EXCEPT SELECT unnest(string_to_array(name_canonical, ' ')) FROM old_rows);
    ELSE
        came := ARRAY(SELECT DISTINCT unnest(string_to_array(name_canonical, ' ')) FROM new_rows);
    END IF;
    IF cardinality(gone) > 0 THEN
        DELETE FROM subject_name_token v
        WHERE v.token = ANY(gone)
          AND NOT EXISTS (SELECT 1 FROM subject s WHERE string_to_array(s.name_canonical, ' ') @> ARRAY[v.token]);
    END IF;
    IF cardinality(came) > 0 THEN
        INSERT INTO subject_name_token (key, token)
        SELECT k.key, k.token FROM subject_name_token_keys(came) k
        ORDER BY k.key, k.token
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER subject_name_token_insert AFTER INSERT ON subject
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_name_token_sync();
CREATE TRIGGER subject_name_token_update AFTER UPDATE ON subject
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_name_token_sync();
CREATE TRIGGER subject_name_token_delete AFTER DELETE ON subject
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION subject_name_token_sync();

INSERT INTO subject_name_token (key, token)
SELECT k.key, k.token FROM subject_name_token_keys(
    (SELECT array_agg(DISTINCT t) FROM subject, unnest(string_to_array(name_canonical, ' ')) t)) k
ON CONFLICT DO NOTHING;

-- A GIN index collects new entries in a pending list that every search reads through until a
-- vacuum (or the list's limit, 4 MB by default) merges it: after a bulk import the list was a
-- few hundred pages and cost each search tens of milliseconds. Smaller lists for the indexes the
-- name search reads.
ALTER INDEX subject_variants_ix SET (gin_pending_list_limit = 256);
ALTER INDEX subject_phonetic_ix SET (gin_pending_list_limit = 256);
ALTER INDEX subject_canonical_trgm_ix SET (gin_pending_list_limit = 256);
ALTER INDEX subject_name_trgm_ix SET (gin_pending_list_limit = 256);
ALTER INDEX subject_normalised_trgm_ix SET (gin_pending_list_limit = 256);
